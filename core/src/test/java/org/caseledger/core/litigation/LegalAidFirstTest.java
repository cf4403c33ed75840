package org.caseledger.core.litigation;

import org.caseledger.core.enforcement.AssetKind;
import org.caseledger.core.enforcement.FreezeId;
import org.caseledger.core.enforcement.PropertyPreserved;
import org.caseledger.core.enforcement.RecordPropertyPreservation;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.axonframework.test.matchers.Matchers.sequenceOf;
import static org.axonframework.test.matchers.Matchers.andNoMore;

/**
 * 先行提供法律援助 (法律援助法 art. 44): before legal aid is granted, arbitration or a suit may be brought when fewer than
 * seven days of the limitation remain (¶1(一)), and preservation applied for when it is urgent (¶1(二)); the reason is
 * recorded. Otherwise the union's own rule holds: no proceedings before the case is taken on.
 */
class LegalAidFirstTest extends WageCaseSpec {

    @Test
    void arbitration_in_intake_needs_the_reason_for_aid_first() {
        fixture.given(filed())
                .when(new ApplyForArbitration(CASE, "鲁甸县劳动人事争议仲裁委员会", FILED.plusDays(1), null, null))
                .expectException(violation(RuleCode.AID_FIRST_REASON_REQUIRED));
    }

    @Test
    void arbitration_in_intake_with_months_of_the_limitation_left_is_refused() {
        fixture.given(filed())
                .when(new ApplyForArbitration(CASE, "鲁甸县劳动人事争议仲裁委员会", FILED.plusDays(1), null, "时效将届满"))
                .expectException(violation(RuleCode.AID_FIRST_NOT_ALLOWED));
    }

    @Test
    void arbitration_in_intake_fewer_than_seven_days_before_the_limitation_ends_is_recorded_with_the_reason() {
        java.time.LocalDate sixDaysBefore = LIMITATION_ENDS.minusDays(6);
        clock.setToday(sixDaysBefore);
        fixture.given(filed())
                .when(new ApplyForArbitration(CASE, "鲁甸县劳动人事争议仲裁委员会", sixDaysBefore, null, "仲裁时效六日后届满"))
                .expectEventsMatching(payloadsMatching(sequenceOf(
                        predicate(e -> e instanceof ArbitrationApplied a && "仲裁时效六日后届满".equals(a.aidFirstReason())))));
        createFixture();
        java.time.LocalDate sevenDaysBefore = LIMITATION_ENDS.minusDays(7);
        fixture.given(filed())
                .when(new ApplyForArbitration(CASE, "鲁甸县劳动人事争议仲裁委员会", sevenDaysBefore, null, "仲裁时效七日后届满"))
                .expectException(violation(RuleCode.AID_FIRST_NOT_ALLOWED));
    }

    @Test
    void urgent_preservation_in_intake_is_recorded_with_its_reason() {
        fixture.given(filed())
                .when(new RecordPropertyPreservation(CASE, FreezeId.of("F1"), EMPLOYER, "鲁甸县人民法院", AssetKind.BANK_DEPOSIT,
                        Money.ofYuan("15000"), FILED.plusDays(365), FILED.plusDays(2), "雇主正在转移设备"))
                .expectEventsMatching(payloadsMatching(sequenceOf(
                        predicate(e -> e instanceof PropertyPreserved p && "雇主正在转移设备".equals(p.aidFirstReason())), andNoMore())));
    }

    @Test
    void once_the_case_is_taken_on_no_reason_is_asked() {
        fixture.given(assigned())
                .when(new ApplyForArbitration(CASE, "鲁甸县劳动人事争议仲裁委员会", FILED.plusDays(3), null, null))
                .expectEventsMatching(payloadsMatching(sequenceOf(
                        predicate(e -> e instanceof ArbitrationApplied a && a.aidFirstReason() == null))));
    }
}
