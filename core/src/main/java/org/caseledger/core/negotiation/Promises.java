package org.caseledger.core.negotiation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.deadline.CourtPeriod;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.InterruptionCause;
import org.caseledger.core.kernel.InterruptionSource;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.MoneyReceived;
import org.caseledger.core.kernel.RuleCode;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * 协商调解: the meetings, the mediation agreements and payment promises of a case, and the application to have an
 * agreement confirmed by a court (司法确认). A promise is kept once payments received after it reach its amount.
 */
public class Promises {

    private final Map<PromiseId, Promise> promises = new LinkedHashMap<>();
    private transient NegotiationView view;

    public void bind(NegotiationView view) {
        this.view = view;
    }

    public Map<PromiseId, Promise> all() {
        return Collections.unmodifiableMap(promises);
    }

    public Promise promise(PromiseId id) {
        Promise p = promises.get(id);
        require(p != null, RuleCode.UNKNOWN_PROMISE, "promiseId", "promise " + id);
        return p;
    }

    /** Open promises this payment completes. */
    public List<PromiseId> keptBy(Money payment) {
        return promises.entrySet().stream()
                .filter(e -> e.getValue().status() == Promise.Status.OPEN && e.getValue().isFulfilledBy(payment))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** A broken agreement the worker may sue on directly: wages only, made before an art. 10 body (解释(一) art. 51 ¶2). */
    public boolean hasBrokenAgreementToSueOn() {
        return promises.values().stream().anyMatch(p -> p.fromMediationAgreement() && p.status() == Promise.Status.BROKEN && p.suableDirectly());
    }

    /** A wage mediation agreement was broken: the ground for a payment order (劳动争议调解仲裁法 art. 16). */
    public boolean hasBrokenMediationAgreement() {
        return promises.values().stream().anyMatch(p -> p.fromMediationAgreement() && p.status() == Promise.Status.BROKEN);
    }

    @CommandHandler
    void handle(HoldCoordinationMeeting c) {
        apply(new CoordinationMeetingHeld(view.caseId(), c.format(), c.attendees(), c.outcome(), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordMediationAgreement c) {
        checkNew(c.promiseId());
        view.obligor(c.obligorId(), "obligorId");
        view.checkAgreement(c.agreedAmounts(), c.reductionReason());
        // the union mediating unless the officer says who did; wages only when every amount agreed is 劳动报酬
        MediatorKind mediator = c.mediator() == null ? MediatorKind.UNION_MEDIATION_BODY : c.mediator();
        boolean wagesOnly = c.wagesOnly() != null ? c.wagesOnly()
                : c.agreedAmounts().stream().allMatch(a -> a.component() == null || a.component().isRemuneration());
        apply(new MediationAgreementReached(view.caseId(), c.promiseId(), c.obligorId(), c.agreedAmounts(), c.promisedPayDate(),
                c.reductionReason(), c.occurredOn(), mediator, wagesOnly));
        // the obligor agreeing to pay interrupts the arbitration year (劳动争议调解仲裁法 art. 27 ¶2)
        view.interruptionBy(InterruptionCause.OBLIGOR_AGREED_TO_PAY, c.agreedAmounts().stream().map(ClaimantAmount::claimantId).toList(),
                InterruptionSource.MEDIATION_AGREEMENT.note(c.promiseId().value()), c.occurredOn()).ifPresent(e -> apply(e));
    }

    /** An application for mediation is a request for relief: it interrupts (劳动争议调解仲裁法 art. 27 ¶2). */
    @CommandHandler
    void handle(ApplyForMediation c) {
        apply(new MediationApplied(view.caseId(), c.mediator(), c.body().strip(), c.occurredOn()));
        view.interruptionBy(InterruptionCause.MEDIATION_OR_PAYMENT_ORDER_APPLIED, List.of(), InterruptionSource.MEDIATION_APPLIED.note(c.body().strip()),
                c.occurredOn()).ifPresent(e -> apply(e));
    }

    @CommandHandler
    void handle(RecordPaymentPromise c) {
        checkNew(c.promiseId());
        view.obligor(c.obligorId(), "obligorId");
        apply(new PaymentPromiseMade(view.caseId(), c.promiseId(), c.obligorId(), c.amount(), c.promisedPayDate(), c.occurredOn()));
        view.interruptionBy(InterruptionCause.OBLIGOR_AGREED_TO_PAY, List.of(), InterruptionSource.PROMISE.note(c.promiseId().value()), c.occurredOn())
                .ifPresent(e -> apply(e));
    }

    /** Sent by the deadline sweeper, perhaps more than once: a promise already broken stays as it is. */
    @CommandHandler
    void handle(MarkPaymentPromiseBroken c) {
        Promise p = promise(c.promiseId());
        if (p.status() == Promise.Status.BROKEN) {
            return;
        }
        require(p.status() != Promise.Status.KEPT, RuleCode.PROMISE_ALREADY_KEPT, "promiseId", null);
        require(view.context().today().isAfter(p.promisedPayDate()), RuleCode.DEADLINE_NOT_PASSED, "promiseId",
                "promised by " + p.promisedPayDate());
        List<DeadlineClosure> closed = view.deadlines().find(DeadlineKind.PROMISED_PAYMENT, c.promiseId())
                .map(d -> List.of(d.missed())).orElse(List.of());
        // the fact is dated the first day the promise stood broken, whenever the sweeper notices it
        apply(new PaymentPromiseBroken(view.caseId(), c.promiseId(), p.obligorId(), p.promisedPayDate(), closed,
                p.promisedPayDate().plusDays(1)));
    }

    @CommandHandler
    void handle(ApplyForJudicialConfirmation c) {
        Promise agreement = promise(c.promiseId());
        // 民事诉讼法 art. 205: a mediation agreement is confirmed, a promise alone is no agreement
        require(agreement.fromMediationAgreement(), RuleCode.NOT_A_MEDIATION_AGREEMENT, "promiseId", InterruptionSource.PROMISE.note(c.promiseId().value()));
        require(!view.isJudicialConfirmationPending(), RuleCode.JUDICIAL_CONFIRMATION_ALREADY_APPLIED, null, null);
        // within 30 days of the agreement taking effect; a late application is the court's to refuse
        List<CaseWarning> warnings = new java.util.ArrayList<>();
        if (agreement.madeOn() != null && c.occurredOn().isAfter(CourtPeriod.lastDay(agreement.madeOn(), 30, view.context().calendar()))) {
            warnings.add(CaseWarning.JUDICIAL_CONFIRMATION_LATE);
        }
        // 民事诉讼法 art. 205: an agreement of a lawfully established mediation body, applied for by both parties together
        if (agreement.mediator() != null && !agreement.mediator().isArticle10Body()) {
            warnings.add(CaseWarning.JUDICIAL_CONFIRMATION_NOT_OF_MEDIATION_BODY);
        }
        if (Boolean.FALSE.equals(c.jointly())) {
            warnings.add(CaseWarning.JUDICIAL_CONFIRMATION_NOT_JOINT);
        }
        apply(new JudicialConfirmationApplied(view.caseId(), c.court(), c.promiseId(), warnings, c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordJudicialConfirmationRefused c) {
        require(view.isJudicialConfirmationPending(), RuleCode.NO_JUDICIAL_CONFIRMATION, null, null);
        apply(new JudicialConfirmationRefused(view.caseId(), c.reason(), c.occurredOn()));
    }

    private void checkNew(PromiseId id) {
        require(!promises.containsKey(id), RuleCode.DUPLICATE_PROMISE, "promiseId", "promise " + id);
    }

    @EventSourcingHandler
    void on(MediationAgreementReached e) {
        Money total = Money.sum(e.agreedAmounts().stream().map(ClaimantAmount::amount).toList());
        promises.put(e.promiseId(), new Promise(e.obligorId(), total, e.promisedPayDate(), true, Money.ZERO, Promise.Status.OPEN,
                e.occurredOn(), e.mediator(), e.mayBeSuedOnDirectly()));
    }

    @EventSourcingHandler
    void on(PaymentPromiseMade e) {
        promises.put(e.promiseId(), new Promise(e.obligorId(), e.amount(), e.promisedPayDate(), false, Money.ZERO, Promise.Status.OPEN,
                e.occurredOn(), null, false));
    }

    @EventSourcingHandler
    void on(MoneyReceived e) {
        promises.replaceAll((id, p) -> p.status() == Promise.Status.OPEN ? p.paying(e.amount()) : p);
    }

    @EventSourcingHandler
    void on(PaymentPromiseKept e) {
        promises.computeIfPresent(e.promiseId(), (id, p) -> p.becoming(Promise.Status.KEPT));
    }

    @EventSourcingHandler
    void on(PaymentPromiseBroken e) {
        promises.computeIfPresent(e.promiseId(), (id, p) -> p.becoming(Promise.Status.BROKEN));
    }
}
