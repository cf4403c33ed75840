package org.caseledger.core.negotiation;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.money.PaymentReceived;
import org.caseledger.core.kernel.RuleCode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/** The payment promises of a case; a promise is kept once payments received after it reach its amount. */
public class Promises {

    private final Map<PromiseId, Promise> promises = new LinkedHashMap<>();

    public Map<PromiseId, Promise> all() {
        return Collections.unmodifiableMap(promises);
    }

    public Promise promise(PromiseId id) {
        Promise p = promises.get(id);
        require(p != null, RuleCode.UNKNOWN_PROMISE, "promiseId", "promise " + id);
        return p;
    }

    public void checkNew(PromiseId id) {
        require(!promises.containsKey(id), RuleCode.DUPLICATE_PROMISE, "promiseId", "promise " + id);
    }

    /** Open promises this payment completes. */
    public List<PromiseId> keptBy(Money payment) {
        return promises.entrySet().stream()
                .filter(e -> e.getValue().status() == Promise.Status.OPEN && e.getValue().isFulfilledBy(payment))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** A wage mediation agreement was broken: the ground for a payment order (劳动争议调解仲裁法 art. 16). */
    public boolean hasBrokenMediationAgreement() {
        return promises.values().stream().anyMatch(p -> p.fromMediationAgreement() && p.status() == Promise.Status.BROKEN);
    }

    /** The mediation agreement behind an application for 司法确认 (民事诉讼法 art. 205): a promise alone is no agreement. */
    public Promise mediationAgreement(PromiseId id) {
        Promise p = promise(id);
        require(p.fromMediationAgreement(), RuleCode.NOT_A_MEDIATION_AGREEMENT, "promiseId", "promise " + id);
        return p;
    }

    @EventSourcingHandler
    void on(MediationAgreementReached e) {
        Money total = Money.sum(e.agreedAmounts().stream().map(ClaimantAmount::amount).toList());
        promises.put(e.promiseId(), new Promise(e.obligorId(), total, e.promisedPayDate(), true, Money.ZERO, Promise.Status.OPEN,
                e.occurredOn()));
    }

    @EventSourcingHandler
    void on(PaymentPromiseMade e) {
        promises.put(e.promiseId(), new Promise(e.obligorId(), e.amount(), e.promisedPayDate(), false, Money.ZERO, Promise.Status.OPEN,
                e.occurredOn()));
    }

    @EventSourcingHandler
    void on(PaymentReceived e) {
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
