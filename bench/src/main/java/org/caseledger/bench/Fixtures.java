package org.caseledger.bench;

import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.ObligorRole;
import org.caseledger.core.kernel.RegionCode;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.kernel.UnionLevel;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.intake.*;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.money.PaymentChannel;
import org.caseledger.core.money.PaymentId;
import org.caseledger.core.money.RecordPayment;
import org.caseledger.core.negotiation.CoordinationMeetingHeld;
import org.caseledger.core.negotiation.HoldCoordinationMeeting;
import org.caseledger.core.negotiation.MeetingFormat;
import org.caseledger.core.supervision.IssueSupervisionLetter;
import org.caseledger.core.supervision.LetterId;
import org.caseledger.core.supervision.LetterSubject;
import org.caseledger.core.supervision.LetterType;
import org.caseledger.core.supervision.RecipientKind;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** The cases and commands the benchmark uses: realistic sizes, all valid against the rules. */
final class Fixtures {

    static final LocalDate FILED = LocalDate.of(2025, 3, 10);
    /** The day of the mixed commands: after every generated filing (2024-01 .. 2025-12), before today. */
    static final LocalDate LATER = LocalDate.of(2026, 1, 15);
    private static final LocalDate FIRST_FILING = LocalDate.of(2024, 1, 1);
    private static final int FILING_DAYS = 731;
    static final UnionBody UNION = new UnionBody("鲁甸县总工会", UnionLevel.COUNTY, RegionCode.of("530621"));
    static final ObligorId EMPLOYER = ObligorId.of("EMP");
    private static final AtomicLong SERIAL = new AtomicLong();

    private Fixtures() {
    }

    static List<NewClaimant> claimants() {
        List<NewClaimant> claimants = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String first17 = String.format("53062119800101%03d", i);
            claimants.add(new NewClaimant(ClaimantId.of("W" + i),
                    new PersonalData("工人" + i, first17 + PersonalData.checkDigit(first17), "13800000000"), Money.ofYuan("20000")));
        }
        return claimants;
    }

    static List<Obligor> obligors() {
        return List.of(new Obligor(EMPLOYER, "某建筑劳务有限公司", ObligorRole.EMPLOYER),
                new Obligor(ObligorId.of("GC"), "某建设集团有限公司", ObligorRole.GENERAL_CONTRACTOR));
    }

    /** File, grant aid, assign, first meeting: the case is then in negotiation. */
    static List<Object> openCase(String id) {
        CaseId c = CaseId.of(id);
        return List.of(new FileWageClaim(c, UNION, "construction", Channel.HOTLINE_12351, "WO-" + id, claimants(), obligors(), true,
                        FILED.minusDays(20), FILED),
                new GrantLegalAid(c, FILED), new AssignLegalOfficer(c, "officer-1", "王律师", FILED),
                new HoldCoordinationMeeting(c, MeetingFormat.IN_PERSON, List.of("EMP"), "first meeting", FILED.plusDays(1)));
    }

    /** One command of the mix officers send most: meetings, payments, letters. */
    static Object mixed(String id, int kind) {
        CaseId c = CaseId.of(id);
        long n = SERIAL.incrementAndGet();
        return switch (kind % 3) {
            case 0 -> new HoldCoordinationMeeting(c, MeetingFormat.ONLINE, List.of("EMP", "GC"), "meeting " + n, LATER);
            case 1 -> new RecordPayment(c, PaymentId.of("PAY-" + n), EMPLOYER, PaymentChannel.DIRECT, Money.ofYuan("1.00"),
                    List.of(new ClaimantAmount(ClaimantId.of("W" + (1 + n % 3)), Money.ofYuan("1.00"))), LATER);
            default -> new IssueSupervisionLetter(c, LetterId.of("L-" + n), LetterType.REMINDER, "鲁工提〔2025〕" + n, UNION, "主席",
                    RecipientKind.EMPLOYER, EMPLOYER, "某建筑劳务有限公司", LetterSubject.WAGES, "拖欠工资",
                    "保障农民工工资支付条例 第三十条", "立即支付", LATER);
        };
    }

    /**
     * A stored history of {@code eventsPerCase} events (filed, aid, officer, meetings), for bulk import, as the
     * aggregate would have decided it (granting aid ends the aid-decision deadline, assigning the officer ends
     * the assignment deadline); case {@code n} belongs to one of 20 union bodies and was filed on one of the 731
     * days of 2024–2025, as a province's data would be.
     */
    static List<DomainEventMessage<?>> history(String id, int n, int eventsPerCase) {
        CaseId c = CaseId.of(id);
        UnionBody union = new UnionBody("县总工会-" + (n % 20), UnionLevel.COUNTY, RegionCode.of(String.valueOf(530621 + n % 20)));
        LocalDate filed = FIRST_FILING.plusDays((n / 20) % FILING_DAYS);
        List<Object> events = new ArrayList<>();
        events.add(new WageClaimFiled(c, union, "construction", Channel.HOTLINE_12351, "WO-" + id, claimants(), obligors(), true,
                filed.minusDays(20), filed.minusDays(20).plusYears(1), filed));
        events.add(new LegalAidGranted(c, List.of(), List.of(Deadline.of(DeadlineKind.LEGAL_AID_DECISION, c, filed.plusDays(7)).doneOn(filed)),
                filed));
        events.add(new LegalOfficerAssigned(c, "officer-" + (n % 7), "王律师", List.of(),
                List.of(Deadline.of(DeadlineKind.OFFICER_ASSIGNMENT, c, filed.plusDays(3)).doneOn(filed)), filed));
        while (events.size() < eventsPerCase) {
            events.add(new CoordinationMeetingHeld(c, MeetingFormat.IN_PERSON, List.of("EMP"), "meeting " + events.size(), filed.plusDays(1)));
        }
        List<DomainEventMessage<?>> messages = new ArrayList<>(events.size());
        for (int seq = 0; seq < events.size(); seq++) {
            messages.add(new GenericDomainEventMessage<>("WageCase", id, seq, events.get(seq)));
        }
        return messages;
    }
}
