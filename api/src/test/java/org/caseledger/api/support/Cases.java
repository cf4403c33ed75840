package org.caseledger.api.support;

import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.ObligorRole;
import org.caseledger.core.kernel.RegionCode;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.kernel.UnionLevel;
import org.caseledger.core.intake.*;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.negotiation.HoldCoordinationMeeting;
import org.caseledger.core.negotiation.MeetingFormat;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.List;

/** Commands for test cases: a small claim that is filed, granted aid and assigned. */
public final class Cases {

    public static final LocalDate FILED = LocalDate.of(2025, 3, 10);
    public static final UnionBody UNION = new UnionBody("鲁甸县总工会", UnionLevel.COUNTY, RegionCode.of("530621"));

    private Cases() {
    }

    public static FileWageClaim file(String caseId) {
        String first17 = "53062119800101001";
        return new FileWageClaim(CaseId.of(caseId), UNION, "construction", Channel.ONLINE, null,
                List.of(new NewClaimant(ClaimantId.of("W1"), new PersonalData("张三", first17 + PersonalData.checkDigit(first17), null),
                                Money.ofYuan("10000")),
                        new NewClaimant(ClaimantId.of("W2"), new PersonalData("李四", first17 + PersonalData.checkDigit(first17), null),
                                Money.ofYuan("5000"))),
                List.of(new Obligor(ObligorId.of("EMP"), "某公司", ObligorRole.EMPLOYER)), true, FILED.minusDays(10), FILED);
    }

    public static List<Object> fileAndAssign(String caseId) {
        return List.of(file(caseId), new GrantLegalAid(CaseId.of(caseId), FILED), new AssignLegalOfficer(CaseId.of(caseId), "o-1", "王律师", FILED));
    }

    public static HoldCoordinationMeeting meeting(String caseId, String outcome) {
        return new HoldCoordinationMeeting(CaseId.of(caseId), MeetingFormat.IN_PERSON, List.of("EMP"), outcome, FILED.plusDays(1));
    }
}
