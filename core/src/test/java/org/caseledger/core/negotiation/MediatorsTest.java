package org.caseledger.core.negotiation;

import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.InterruptionCause;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.limitation.LimitationInterrupted;
import org.caseledger.core.litigation.DirectSuitBasis;
import org.caseledger.core.litigation.FileLawsuit;
import org.caseledger.core.litigation.LawsuitFiled;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.axonframework.test.matchers.Matchers.sequenceOf;

/**
 * Who mediated decides what an agreement may become: the direct suit of 劳动争议解释(一) art. 51 ¶2 needs a wages-only
 * agreement made before a body of 劳动争议调解仲裁法 art. 10; 司法确认 is asked jointly of the court for an agreement of a
 * mediation body (民事诉讼法 art. 205; 解释(一) art. 52). An application for mediation interrupts the year (art. 27 ¶2).
 */
class MediatorsTest extends WageCaseSpec {

    static final PromiseId P1 = PromiseId.of("P1");
    static final LocalDate AGREED = FILED.plusDays(6);
    static final LocalDate PROMISED = FILED.plusDays(20);

    static List<Object> broken(MediatorKind mediator, Boolean wagesOnly) {
        return plus(negotiating(), new MediationAgreementReached(CASE, P1, EMPLOYER, List.of(new ClaimantAmount(W1, W1_CLAIM)),
                PROMISED, null, AGREED, mediator, wagesOnly), new PaymentPromiseBroken(CASE, P1, EMPLOYER, PROMISED, List.of(), PROMISED.plusDays(1)));
    }

    @Test
    void an_agreement_recorded_without_a_mediator_is_the_unions_and_covers_wages_only_when_its_amounts_are_wages() {
        fixture.given(negotiating())
                .when(new RecordMediationAgreement(CASE, P1, EMPLOYER, List.of(new ClaimantAmount(W1, W1_CLAIM)), PROMISED, null, AGREED))
                .expectEventsMatching(payloadsMatching(sequenceOf(predicate(e -> e instanceof MediationAgreementReached m
                        && m.mediator() == MediatorKind.UNION_MEDIATION_BODY && Boolean.TRUE.equals(m.wagesOnly())))));
    }

    @Test
    void a_broken_wages_only_agreement_of_a_peoples_mediation_committee_may_be_sued_on_directly() {
        fixture.given(broken(MediatorKind.PEOPLES_MEDIATION_COMMITTEE, true))
                .when(new FileLawsuit(CASE, "鲁甸县人民法院", DirectSuitBasis.MEDIATION_AGREEMENT, PROMISED.plusDays(3)))
                .expectEventsMatching(payloadsMatching(sequenceOf(predicate(e -> e instanceof LawsuitFiled l && l.warnings().isEmpty()),
                        andNoMore())));
    }

    /** A 协商会 settlement is no agreement of an art. 10 body: the worker arbitrates (art. 51 ¶2 read with art. 5). */
    @Test
    void a_settlement_the_parties_made_alone_is_no_ground_for_a_direct_suit() {
        fixture.given(broken(MediatorKind.NONE, true))
                .when(new FileLawsuit(CASE, "鲁甸县人民法院", DirectSuitBasis.MEDIATION_AGREEMENT, PROMISED.plusDays(3)))
                .expectException(violation(RuleCode.DIRECT_SUIT_AGREEMENT_NOT_OF_ARTICLE_51));
    }

    @Test
    void an_agreement_on_more_than_wages_is_no_ground_for_a_direct_suit() {
        fixture.given(broken(MediatorKind.UNION_MEDIATION_BODY, false))
                .when(new FileLawsuit(CASE, "鲁甸县人民法院", DirectSuitBasis.MEDIATION_AGREEMENT, PROMISED.plusDays(3)))
                .expectException(violation(RuleCode.DIRECT_SUIT_AGREEMENT_NOT_OF_ARTICLE_51));
    }

    @Test
    void confirmation_of_a_settlement_or_asked_by_one_party_alone_is_recorded_with_warnings() {
        fixture.given(plus(negotiating(), new MediationAgreementReached(CASE, P1, EMPLOYER, List.of(new ClaimantAmount(W1, W1_CLAIM)),
                        PROMISED, null, AGREED, MediatorKind.NONE, true)))
                .when(new ApplyForJudicialConfirmation(CASE, "鲁甸县人民法院", P1, AGREED.plusDays(2), false))
                .expectEvents(new JudicialConfirmationApplied(CASE, "鲁甸县人民法院", P1, List.of(
                        CaseWarning.JUDICIAL_CONFIRMATION_NOT_OF_MEDIATION_BODY, CaseWarning.JUDICIAL_CONFIRMATION_NOT_JOINT), AGREED.plusDays(2)));
        createFixture();
        fixture.given(plus(negotiating(), new MediationAgreementReached(CASE, P1, EMPLOYER, List.of(new ClaimantAmount(W1, W1_CLAIM)),
                        PROMISED, null, AGREED, MediatorKind.PEOPLES_MEDIATION_COMMITTEE, true)))
                .when(new ApplyForJudicialConfirmation(CASE, "鲁甸县人民法院", P1, AGREED.plusDays(2), true))
                .expectEvents(new JudicialConfirmationApplied(CASE, "鲁甸县人民法院", P1, List.of(), AGREED.plusDays(2)));
    }

    /** Art. 27 ¶2 "向有关部门请求权利救济": the application restarts the year for every claimant. */
    @Test
    void an_application_for_mediation_interrupts_the_arbitration_year() {
        LocalDate applied = FILED.plusDays(8);
        clock.setToday(applied);
        fixture.given(assigned())
                .when(new ApplyForMediation(CASE, MediatorKind.PEOPLES_MEDIATION_COMMITTEE, "文屏镇人民调解委员会", applied))
                .expectEventsMatching(payloadsMatching(sequenceOf(
                        predicate(e -> e instanceof MediationApplied),
                        predicate(e -> e instanceof LimitationInterrupted i && i.cause() == InterruptionCause.MEDIATION_OR_PAYMENT_ORDER_APPLIED
                                && i.restartsFrom().equals(applied) && i.note().equals("application for mediation to 文屏镇人民调解委员会")),
                        andNoMore())));
    }

    @Test
    void the_parties_alone_are_no_mediator_to_apply_to() {
        refusedAsWritten(() -> new ApplyForMediation(CASE, MediatorKind.NONE, "协商会", FILED.plusDays(8)), RuleCode.MEDIATOR_REQUIRED);
    }

    /** 民法典 art. 188: a suit on a wage IOU runs three years, not the arbitration year; after them, recorded and flagged. */
    @Test
    void a_direct_suit_after_three_years_is_recorded_with_a_warning_and_within_them_without() {
        LocalDate twoYears = ENDED.plusYears(2);
        clock.setToday(twoYears);
        fixture.given(negotiating())
                .when(new FileLawsuit(CASE, "鲁甸县人民法院", DirectSuitBasis.WAGE_IOU, twoYears))
                .expectEventsMatching(payloadsMatching(sequenceOf(predicate(e -> e instanceof LawsuitFiled l && l.warnings().isEmpty()),
                        andNoMore())));
        createFixture();
        LocalDate threeYearsAndAMonth = ENDED.plusYears(3).plusMonths(1);
        clock.setToday(threeYearsAndAMonth);
        fixture.given(negotiating())
                .when(new FileLawsuit(CASE, "鲁甸县人民法院", DirectSuitBasis.LABOUR_SERVICE, threeYearsAndAMonth))
                .expectEventsMatching(payloadsMatching(sequenceOf(predicate(e -> e instanceof LawsuitFiled l
                        && l.warnings().equals(List.of(CaseWarning.CIVIL_LIMITATION_PASSED))), andNoMore())));
    }
}
