package org.caseledger.projections.timeline;

import org.caseledger.core.enforcement.AssetSearchCompleted;
import org.caseledger.core.enforcement.AssetsFrozen;
import org.caseledger.core.enforcement.CriminalLiabilityWarned;
import org.caseledger.core.enforcement.DishonestDebtorListed;
import org.caseledger.core.enforcement.FreezeLifted;
import org.caseledger.core.enforcement.FreezeRenewed;
import org.caseledger.core.enforcement.HighConsumptionRestricted;
import org.caseledger.core.enforcement.JudgmentDebtorAdded;
import org.caseledger.core.enforcement.PropertyPreserved;
import org.caseledger.core.intake.ClaimantAdded;
import org.caseledger.core.intake.LegalOfficerAssigned;
import org.caseledger.core.intake.ObligorLiabilityRecorded;
import org.caseledger.core.intake.Parties;
import org.caseledger.core.intake.WageClaimFiled;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.WageCaseEvent;
import org.caseledger.core.lifecycle.CaseClosed;
import org.caseledger.core.lifecycle.CaseReopened;
import org.caseledger.core.lifecycle.CloseReason;
import org.caseledger.core.money.PaymentAllocated;
import org.caseledger.core.money.PaymentReceived;
import org.caseledger.core.money.UnallocatedFundsRefunded;
import org.caseledger.core.negotiation.MediationAgreementReached;
import org.caseledger.core.negotiation.PaymentPromiseBroken;
import org.caseledger.core.negotiation.PaymentPromiseKept;
import org.caseledger.core.negotiation.PaymentPromiseMade;
import org.caseledger.core.supervision.JointMechanismActivated;
import org.caseledger.core.supervision.SupervisionLetterAnswered;
import org.caseledger.core.supervision.SupervisionLetterIssued;
import org.caseledger.core.supervision.SupervisionLetterReplyOverdue;
import org.caseledger.core.supervision.SupervisionLetterServed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What an event changes in its case's timeline besides what every event changes (its stage, its entry, its deadlines,
 * the money, which {@link CaseTimeline} folds the same way for all): the case's particulars, its parties, the letters,
 * promises and payments as the page lists them, and the enforcement measures. Events that change nothing here have
 * no entry.
 */
final class TimelineFold {

    private static final Map<Class<?>, BiConsumer<CaseTimeline, WageCaseEvent>> FOLD = new HashMap<>();

    private TimelineFold() {
    }

    static void apply(CaseTimeline t, WageCaseEvent e) {
        BiConsumer<CaseTimeline, WageCaseEvent> fold = FOLD.get(e.getClass());
        if (fold != null) {
            fold.accept(t, e);
        }
    }

    private static <E extends WageCaseEvent> void on(Class<E> type, BiConsumer<CaseTimeline, E> fold) {
        FOLD.put(type, (t, e) -> fold.accept(t, type.cast(e)));
    }

    static {
        on(WageClaimFiled.class, (t, f) -> {
            t.caseId = f.caseId().value();
            t.unionBody = f.unionBody().name();
            t.unionLevel = f.unionBody().level().name();
            t.region = f.unionBody().region().value();
            t.channel = f.channel().name();
            t.industry = f.industry();
            t.workOrderNo = f.workOrderNo();
            t.filedOn = f.occurredOn();
            f.obligors().forEach(t::addObligor);
            f.claimants().forEach(t::addClaimant);
        });
        on(org.caseledger.core.supervision.SupervisionMatterOpened.class, (t, m) -> {
            t.caseId = m.caseId().value();
            t.unionBody = m.unionBody().name();
            t.unionLevel = m.unionBody().level().name();
            t.region = m.unionBody().region().value();
            t.workOrderNo = m.workOrderNo();
            t.filedOn = m.occurredOn();
            t.supervisionMode = m.mode().name();
            t.supervisionSubject = m.subject().name();
            m.employers().forEach(e -> t.addObligor(new org.caseledger.core.kernel.Obligor(e.obligorId(), e.name(),
                    org.caseledger.core.kernel.ObligorRole.EMPLOYER)));
        });
        on(ClaimantAdded.class, (t, a) -> t.addClaimant(a.claimant()));
        on(LegalOfficerAssigned.class, (t, a) -> {
            t.officerId = a.officerId();
            t.officerName = a.officerName();
        });
        on(ObligorLiabilityRecorded.class, (t, l) -> t.obligor(l.obligorId().value()).ifPresent(v -> {
            v.liability = l.liability().name();
            v.capFen = l.liabilityCap() == null ? null : l.liabilityCap().fen();
        }));
        on(MediationAgreementReached.class, (t, m) -> {
            long total = m.agreedAmounts().stream().mapToLong(a -> a.amount().fen()).sum();
            t.promises.add(PromiseView.made(m.promiseId().value(), m.obligorId().value(), total, m.promisedPayDate(), m.occurredOn(), true));
        });
        on(PaymentPromiseMade.class, (t, p) -> t.promises.add(PromiseView.made(p.promiseId().value(), p.obligorId().value(),
                p.amount().fen(), p.promisedPayDate(), p.occurredOn(), false)));
        on(PaymentPromiseBroken.class, (t, b) -> t.promise(b.promiseId().value()).ifPresent(p -> p.settle("BROKEN", b.occurredOn())));
        on(PaymentPromiseKept.class, (t, k) -> t.promise(k.promiseId().value()).ifPresent(p -> p.settle("KEPT", k.occurredOn())));
        on(SupervisionLetterIssued.class, (t, l) -> t.letters.add(LetterView.issued(l, t.stage)));
        on(SupervisionLetterServed.class, (t, s) -> t.letter(s.letterId().value()).ifPresent(v -> {
            v.servedOn = s.occurredOn();
            v.replyDue = s.replyDue();
        }));
        on(SupervisionLetterAnswered.class, (t, a) -> t.letter(a.letterId().value()).ifPresent(v -> v.answered(a.outcome().name(), a.occurredOn())));
        on(SupervisionLetterReplyOverdue.class, (t, o) -> t.letter(o.letterId().value()).ifPresent(v -> v.status = "OVERDUE"));
        on(JointMechanismActivated.class, (t, j) -> t.jointMechanismActive = true);
        on(AssetSearchCompleted.class, (t, s) -> t.measure("ASSET_SEARCH_" + s.method(), t.lastSeq, s.occurredOn(), s.obligorId().value(), null));
        on(JudgmentDebtorAdded.class, (t, j) -> {
            t.addObligor(Parties.addedDebtor(j));
            t.measure("JUDGMENT_DEBTOR_ADDED", t.lastSeq, j.occurredOn(), j.obligorId().value(), null);
        });
        on(AssetsFrozen.class, (t, f) -> {
            t.measure("ASSETS_FROZEN", t.lastSeq, f.occurredOn(), f.obligorId().value(), f.expiresOn());
            t.freezesInForce.add(f.freezeId().value());
        });
        on(PropertyPreserved.class, (t, p) -> {
            t.measure("PROPERTY_PRESERVED", t.lastSeq, p.occurredOn(), p.obligorId().value(), p.expiresOn());
            t.freezesInForce.add(p.freezeId().value());
        });
        on(FreezeRenewed.class, (t, r) -> t.measure("FREEZE_RENEWED", t.lastSeq, r.occurredOn(), null, r.expiresOn()));
        on(FreezeLifted.class, (t, l) -> {
            t.measure("FREEZE_LIFTED", t.lastSeq, l.occurredOn(), null, null);
            t.freezesInForce.remove(l.freezeId().value());
        });
        on(HighConsumptionRestricted.class, (t, h) -> t.measure("HIGH_CONSUMPTION_RESTRICTED", t.lastSeq, h.occurredOn(), h.obligorId().value(), null));
        on(DishonestDebtorListed.class, (t, d) -> t.measure("DISHONEST_LISTED", t.lastSeq, d.occurredOn(), d.obligorId().value(), d.listedUntil()));
        on(CriminalLiabilityWarned.class, (t, w) -> t.measure("CRIMINAL_LIABILITY_WARNED", t.lastSeq, w.occurredOn(), w.obligorId().value(), null));
        on(PaymentReceived.class, (t, p) -> {
            PaymentView v = PaymentView.received(p);
            t.payments.add(v);
            allocate(v, p.allocations());
        });
        on(PaymentAllocated.class, (t, a) -> t.payment(a.paymentId().value()).ifPresent(v -> allocate(v, a.allocations())));
        on(UnallocatedFundsRefunded.class, (t, r) -> t.payment(r.paymentId().value()).ifPresent(v -> v.refundedFen += r.amount().fen()));
        on(CaseClosed.class, (t, c) -> {
            t.closeReason = c.reason().name();
            t.closedOn = c.occurredOn();
            if (c.reason() == CloseReason.PAID_IN_FULL) {
                t.paidInFullOn = c.occurredOn();
            }
        });
        on(CaseReopened.class, (t, r) -> {
            t.closeReason = null;
            t.closedOn = null;
            t.paidInFullOn = null;
        });
    }

    private static void allocate(PaymentView v, List<ClaimantAmount> allocations) {
        allocations.forEach(a -> v.allocatedFen += a.amount().fen());
    }
}
