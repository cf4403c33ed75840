package org.caseledger.core.litigation;

import org.caseledger.core.deadline.CourtPeriod;
import org.caseledger.core.enforcement.AssetKind;
import org.caseledger.core.enforcement.FreezeId;
import org.caseledger.core.enforcement.PropertyPreserved;
import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseledger.core.litigation.ShortcutsTest.ORDER;
import static org.caseledger.core.litigation.ShortcutsTest.ORDER_APPLIED;
import static org.caseledger.core.litigation.ShortcutsTest.SERVED;

/**
 * What an objection does to a payment order, and when an order is not to be had (民事诉讼法解释 arts. 427-439): an objection
 * to some of the claims, or by one of several debtors, leaves the rest standing; an oral objection is void; an order
 * after a pre-suit preservation, or served more than 30 days after issue, is flagged; once the order lapses the creditor
 * has 7 days to decline the proceedings going on as a suit.
 */
class PaymentOrderObjectionsTest extends WageCaseSpec {

    static final LocalDate OBJECTED = SERVED.plusDays(5);

    static List<Object> servedAgainstTwo() {
        return plus(negotiating(), new PaymentOrderApplied(CASE, "鲁甸县人民法院", ORDER_APPLIED, List.of(EMPLOYER, CONTRACTOR), List.of()),
                new PaymentOrderIssued(CASE, ORDER, CourtPeriod.lastDay(SERVED, 15, CALENDAR), SERVED));
    }

    static RecordInstrumentEffective orderEffectiveFor(EnforceableAmount... amounts) {
        return new RecordInstrumentEffective(CASE, InstrumentKind.PAYMENT_ORDER, ORDER, List.of(amounts), SERVED.plusDays(16), null, null,
                SERVED.plusDays(16));
    }

    /** art. 432: an objection to W2's claim alone leaves W1's standing; the order takes effect for W1, not for W2. */
    @Test
    void an_objection_to_some_of_the_claims_leaves_the_rest_of_the_order_standing() {
        PaymentOrderObjected objected = new PaymentOrderObjected(CASE, ObjectionGround.DISPUTES_DEBT, true,
                List.of(met(DeadlineKind.PAYMENT_ORDER_OBJECTION, ORDER)), List.of(), OBJECTED, ObjectionForm.WRITTEN, List.of(W2), null, null);
        fixture.given(servedAgainstTwo())
                .when(new RecordPaymentOrderObjection(CASE, ObjectionGround.DISPUTES_DEBT, OBJECTED, null, List.of(W2), null, null))
                .expectEvents(objected);
        createFixture();
        fixture.given(plus(servedAgainstTwo(), objected))
                .when(orderEffectiveFor(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, W1_CLAIM)))
                .expectSuccessfulHandlerExecution();
        createFixture();
        fixture.given(plus(servedAgainstTwo(), objected))
                .when(orderEffectiveFor(new EnforceableAmount(W2, AmountComponent.PRINCIPAL, W2_CLAIM)))
                .expectException(violation(RuleCode.PAYMENT_ORDER_LAPSED));
    }

    /** art. 433: one of two debtors objects: the order against it ends, against the other it stands. */
    @Test
    void an_objection_by_one_of_several_debtors_ends_the_order_against_it_alone() {
        PaymentOrderObjected objected = new PaymentOrderObjected(CASE, ObjectionGround.DISPUTES_DEBT, true,
                List.of(met(DeadlineKind.PAYMENT_ORDER_OBJECTION, ORDER)), List.of(), OBJECTED, ObjectionForm.WRITTEN, List.of(), CONTRACTOR, null);
        fixture.given(servedAgainstTwo())
                .when(new RecordPaymentOrderObjection(CASE, ObjectionGround.DISPUTES_DEBT, OBJECTED, null, null, CONTRACTOR, null))
                .expectEvents(objected);
        createFixture();
        fixture.given(plus(servedAgainstTwo(), objected))
                .when(orderEffectiveFor(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, W1_CLAIM)))
                .expectSuccessfulHandlerExecution()
                .expectState(c -> assertThat(c.paymentOrder().hasLapsed()).isTrue());
    }

    /** art. 436 ¶3: an oral objection is void; recorded, flagged, and the order stands. */
    @Test
    void an_oral_objection_is_void_and_the_order_stands() {
        fixture.given(ShortcutsTest.orderServed())
                .when(new RecordPaymentOrderObjection(CASE, ObjectionGround.DISPUTES_DEBT, OBJECTED, ObjectionForm.ORAL, null, null, null))
                .expectEvents(new PaymentOrderObjected(CASE, ObjectionGround.DISPUTES_DEBT, false,
                        List.of(met(DeadlineKind.PAYMENT_ORDER_OBJECTION, ORDER)), List.of(CaseWarning.PAYMENT_ORDER_OBJECTION_ORAL), OBJECTED,
                        ObjectionForm.ORAL, List.of(), null, null))
                .expectState(c -> assertThat(c.paymentOrder().hasLapsed()).isFalse());
    }

    /** art. 427(7): after a 诉前保全 the court does not accept a payment order: the union's application is recorded, flagged. */
    @Test
    void a_payment_order_after_a_pre_suit_preservation_is_flagged() {
        PropertyPreserved preserved = new PropertyPreserved(CASE, FreezeId.of("PR-1"), EMPLOYER, "鲁甸县人民法院", AssetKind.BANK_DEPOSIT,
                Money.ofYuan("15000"), FILED.plusDays(5).plusYears(1), CourtPeriod.lastDay(FILED.plusDays(5), 30, CALENDAR), List.of(), FILED.plusDays(5));
        fixture.given(plus(negotiating(), preserved))
                .when(new ApplyForPaymentOrder(CASE, "鲁甸县人民法院", ORDER_APPLIED))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.listWithAnyOf(org.axonframework.test.matchers.Matchers.predicate(
                                e -> e instanceof PaymentOrderApplied a && a.warnings().equals(List.of(CaseWarning.PAYMENT_ORDER_AFTER_PRESERVATION))))));
    }

    /** art. 430(2): an order not served within 30 days of its issue lapses; served later, it is recorded and flagged. */
    @Test
    void an_order_served_more_than_thirty_days_after_issue_is_flagged() {
        LocalDate issued = ORDER_APPLIED.plusDays(2);
        LocalDate servedLate = CourtPeriod.lastDay(issued, 30, CALENDAR).plusDays(1);
        fixture.given(plus(negotiating(), new PaymentOrderApplied(CASE, "鲁甸县人民法院", ORDER_APPLIED)))
                .when(new RecordPaymentOrderIssued(CASE, ORDER, servedLate, issued))
                .expectEvents(new PaymentOrderIssued(CASE, ORDER, CourtPeriod.lastDay(servedLate, 15, CALENDAR), servedLate, issued,
                        List.of(CaseWarning.PAYMENT_ORDER_SERVED_AFTER_30_DAYS)));
        createFixture();
        LocalDate servedInTime = CourtPeriod.lastDay(issued, 30, CALENDAR);
        fixture.given(plus(negotiating(), new PaymentOrderApplied(CASE, "鲁甸县人民法院", ORDER_APPLIED)))
                .when(new RecordPaymentOrderIssued(CASE, ORDER, servedInTime, issued))
                .expectEvents(new PaymentOrderIssued(CASE, ORDER, CourtPeriod.lastDay(servedInTime, 15, CALENDAR), servedInTime, issued, List.of()));
    }

    /**
     * arts. 438-439: the order lapsed and the ruling ending the procedure was received: 7 days to decline the deemed suit,
     * met by going to arbitration (劳动争议解释(一) art. 13 ¶2).
     */
    @Test
    void once_the_order_lapses_the_creditor_has_seven_days_to_decline_the_deemed_suit() {
        LocalDate ruling = OBJECTED.plusDays(6);
        LocalDate due = CourtPeriod.lastDay(ruling, 7, CALENDAR);
        PaymentOrderObjected objected = new PaymentOrderObjected(CASE, ObjectionGround.DISPUTES_DEBT, true,
                List.of(met(DeadlineKind.PAYMENT_ORDER_OBJECTION, ORDER)), List.of(), OBJECTED, ObjectionForm.WRITTEN, List.of(), null, due);
        fixture.given(ShortcutsTest.orderServed())
                .when(new RecordPaymentOrderObjection(CASE, ObjectionGround.DISPUTES_DEBT, OBJECTED, null, null, null, ruling))
                .expectEvents(objected)
                .expectState(c -> assertThat(c.deadlines().find(DeadlineKind.PAYMENT_ORDER_DEEMED_SUIT, CASE)).get()
                        .extracting(org.caseledger.core.kernel.Deadline::dueOn).isEqualTo(due));
        createFixture();
        fixture.given(plus(ShortcutsTest.orderServed(), objected))
                .when(new ApplyForArbitration(CASE, "鲁甸县劳动人事争议仲裁委员会", ruling.plusDays(3)))
                .expectSuccessfulHandlerExecution()
                .expectState(c -> assertThat(c.deadlines().find(DeadlineKind.PAYMENT_ORDER_DEEMED_SUIT, CASE)).isEmpty());
    }
}
