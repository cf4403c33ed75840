package org.caseledger.projections.timeline;

import org.caseledger.core.authority.*;
import org.caseledger.core.enforcement.*;
import org.caseledger.core.intake.*;
import org.caseledger.core.kernel.WageCaseEvent;
import org.caseledger.core.litigation.*;
import org.caseledger.core.money.*;
import org.caseledger.core.negotiation.*;
import org.caseledger.core.supervision.*;
import org.caseledger.core.lifecycle.CaseClosed;
import org.caseledger.core.lifecycle.CaseReopened;
import org.caseledger.core.lifecycle.CloseReason;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What each event changes in its case's timeline besides stages, entries and deadlines (which {@link CaseTimeline}
 * folds the same way for every event): the parties, the ledger lines and the overlays. Events that change nothing
 * here have no handler.
 */
final class TimelineFold {

    private static final Map<Class<?>, BiConsumer<CaseTimeline, WageCaseEvent>> FOLD = new HashMap<>();

    private TimelineFold() {
    }

    /** Events whose warnings the fold records with a context of its own; the others' with their line of text. */
    private static final java.util.Set<Class<?>> WARNED_IN_FOLD = java.util.Set.of(LegalAidGranted.class, LegalOfficerAssigned.class,
            SupervisionLetterIssued.class, SupervisionLetterAnswered.class, JudgmentDebtorAdded.class);

    static void apply(CaseTimeline t, WageCaseEvent e) {
        BiConsumer<CaseTimeline, WageCaseEvent> fold = FOLD.get(e.getClass());
        if (fold != null) {
            fold.accept(t, e);
        }
        if (!WARNED_IN_FOLD.contains(e.getClass())) {
            t.warn(e.warnings(), e.occurredOn(), EntrySummary.of(e));
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
        on(ClaimantAdded.class, (t, a) -> t.addClaimant(a.claimant()));
        on(LegalAidGranted.class, (t, g) -> t.warn(g.warnings(), g.occurredOn(), "legal aid decision"));
        on(LegalOfficerAssigned.class, (t, a) -> {
            t.officerId = a.officerId();
            t.officerName = a.officerName();
            t.warn(a.warnings(), a.occurredOn(), "officer assignment");
        });
        on(ClaimAmountRevised.class, (t, r) -> t.line(r.claimantId().value()).claimedFen = r.revised().fen());
        on(CoordinationMeetingHeld.class, (t, m) -> t.overlay("meeting " + m.occurredOn()));
        on(MediationAgreementReached.class, (t, m) -> {
            m.agreedAmounts().forEach(a -> t.line(a.claimantId().value()).agreedFen = a.amount().fen());
            long total = m.agreedAmounts().stream().mapToLong(a -> a.amount().fen()).sum();
            t.promises.add(PromiseView.made(m.promiseId().value(), m.obligorId().value(), total, m.promisedPayDate(), m.occurredOn(), true));
            t.overlay("mediation agreement " + m.occurredOn());
        });
        on(PaymentPromiseMade.class, (t, p) -> {
            t.promises.add(PromiseView.made(p.promiseId().value(), p.obligorId().value(), p.amount().fen(), p.promisedPayDate(),
                    p.occurredOn(), false));
            t.overlay("promise " + p.promiseId());
        });
        on(PaymentPromiseBroken.class, (t, b) -> {
            t.promise(b.promiseId().value()).ifPresent(p -> p.settle("BROKEN", b.occurredOn()));
            t.overlay("promise " + b.promiseId() + " broken");
        });
        on(PaymentPromiseKept.class, (t, k) -> t.promise(k.promiseId().value()).ifPresent(p -> p.settle("KEPT", k.occurredOn())));
        on(SupervisionLetterIssued.class, (t, l) -> {
            t.letters.add(LetterView.issued(l, t.stage));
            t.warn(l.warnings(), l.occurredOn(), l.letterType() + " " + l.documentNo());
            t.overlay(l.letterType() + " " + l.documentNo());
        });
        on(SupervisionLetterAnswered.class, (t, a) -> {
            t.letter(a.letterId().value()).ifPresent(v -> v.answered(a.outcome().name(), a.occurredOn()));
            t.warn(a.warnings(), a.occurredOn(), "reply to " + a.letterId());
        });
        on(SupervisionLetterReplyOverdue.class, (t, o) -> {
            t.letter(o.letterId().value()).ifPresent(v -> v.status = "OVERDUE");
            t.overlay("reply to " + o.letterId() + " overdue");
        });
        on(JointMechanismActivated.class, (t, j) -> {
            t.jointMechanismActive = true;
            t.overlay("joint mechanism");
        });
        on(CaseReferred.class, (t, r) -> t.overlay("referred to " + r.target()));
        on(InstrumentBecameEffective.class, (t, i) -> {
            // the newest instrument replaces what earlier ones made enforceable for the claimants it names
            t.ledger.forEach(l -> {
                if (i.amounts().stream().anyMatch(a -> a.claimantId().value().equals(l.claimantId))) {
                    l.enforceableFen = 0L;
                    l.lateInterestFen = 0L;
                }
            });
            i.amounts().forEach(a -> t.line(a.claimantId().value()).enforceableFen += a.amount().fen());
        });
        on(AssetSearchCompleted.class, (t, s) -> t.measure("ASSET_SEARCH_" + s.method(), s.occurredOn(), s.obligorId().value(), "balance "
                + s.balanceFound() + (s.realEstateFound() ? ", real estate" : ", no real estate") + (s.vehiclesFound() ? ", vehicles" : ", no vehicles"), null));
        on(JudgmentDebtorAdded.class, (t, j) -> {
            t.addObligor(Parties.addedDebtor(j));
            t.measure("JUDGMENT_DEBTOR_ADDED", j.occurredOn(), j.obligorId().value(), j.ground() + " (变更追加规定 art. " + j.ground().article() + ")"
                    + (j.liabilityCap() == null ? "" : ", cap " + j.liabilityCap()), null);
            t.warn(j.warnings(), j.occurredOn(), "judgment debtor " + j.obligorId());
        });
        on(AssetsFrozen.class, (t, f) -> {
            t.measure("ASSETS_FROZEN", f.occurredOn(), f.obligorId().value(), f.assetKind() + " " + f.amount(), f.expiresOn());
            t.freezesInForce.add(f.freezeId().value());
        });
        on(FreezeRenewed.class, (t, r) -> t.measure("FREEZE_RENEWED", r.occurredOn(), null, r.freezeId().value(), r.expiresOn()));
        on(FreezeLifted.class, (t, l) -> {
            t.measure("FREEZE_LIFTED", l.occurredOn(), null, l.freezeId() + ": " + l.reason(), null);
            t.freezesInForce.remove(l.freezeId().value());
        });
        on(SupervisionLetterServed.class, (t, s) -> t.letter(s.letterId().value()).ifPresent(v -> {
            v.servedOn = s.occurredOn();
            v.replyDue = s.replyDue();
        }));
        on(org.caseledger.core.limitation.LimitationInterrupted.class, (t, i) -> t.overlay("limitation " + i.limitation() + " restarts " + i.restartsFrom()));
        on(HighConsumptionRestricted.class, (t, h) -> t.measure("HIGH_CONSUMPTION_RESTRICTED", h.occurredOn(), h.obligorId().value(),
                h.subjects().stream().map(s -> s.role().name()).toList().toString(), null));
        on(DishonestDebtorListed.class, (t, d) -> t.measure("DISHONEST_LISTED", d.occurredOn(), d.obligorId().value(), d.ground().name(), d.listedUntil()));
        on(CriminalLiabilityWarned.class, (t, w) -> t.measure("CRIMINAL_LIABILITY_WARNED", w.occurredOn(), w.obligorId().value(), w.basis().name(), null));
        on(ObligorLiabilityRecorded.class, (t, l) -> t.obligor(l.obligorId().value()).ifPresent(v -> {
            v.liability = l.liability().name();
            v.capFen = l.liabilityCap() == null ? null : l.liabilityCap().fen();
        }));
        on(ArbitrationRefused.class, (t, r) -> t.overlay("arbitration refused"));
        on(AwardPeriodExtended.class, (t, x) -> t.overlay("award due " + x.extendedTo()));
        on(PaymentOrderIssued.class, (t, o) -> t.overlay("payment order " + o.documentNo()));
        on(JudicialConfirmationApplied.class, (t, j) -> t.overlay("司法确认 applied for"));
        on(SetAsideApplied.class, (t, x) -> t.overlay("set-aside applied for"));
        on(OrderToPayIssued.class, (t, o) -> t.overlay("order to pay " + o.documentNo()));
        on(PropertyPreserved.class, (t, p) -> {
            t.measure("PROPERTY_PRESERVED", p.occurredOn(), p.obligorId().value(), p.assetKind() + " " + p.amount(), p.expiresOn());
            t.freezesInForce.add(p.freezeId().value());
        });
        on(AdvanceExecutionOrdered.class, (t, a) -> t.overlay("advance execution " + a.documentNo()));
        on(ReferredToPolice.class, (t, r) -> t.overlay("referred to the police"));
        on(PoliceDecided.class, (t, p) -> t.overlay(p.caseFiled() ? "criminal case filed" : "police declined"));
        on(ObligorBlacklisted.class, (t, b) -> t.overlay("arrears blacklist"));
        on(LateInterestAssessed.class, (t, x) -> x.amounts().forEach(a -> {
            ClaimantLine l = t.line(a.claimantId().value());
            l.enforceableFen = (l.enforceableFen == null ? 0L : l.enforceableFen) - l.lateInterestFen + a.amount().fen();
            l.lateInterestFen = a.amount().fen();
        }));
        on(SetAsideRuled.class, (t, x) -> t.overlay(x.setAside() ? "award set aside" : "set-aside dismissed"));
        on(JudicialConfirmationRefused.class, (t, j) -> t.overlay("司法确认 refused"));
        on(PaymentReceived.class, (t, p) -> {
            if (p.payerObligorId() != null) {
                t.obligor(p.payerObligorId().value()).ifPresent(o -> o.paidFen += p.amount().fen());
            }
            PaymentView v = PaymentView.received(p);
            t.payments.add(v);
            t.allocate(v, p.allocations());
            t.overlay("payment " + p.amount());
        });
        on(PaymentAllocated.class, (t, a) -> t.payment(a.paymentId().value()).ifPresent(v -> t.allocate(v, a.allocations())));
        on(UnallocatedFundsRefunded.class, (t, r) -> t.payment(r.paymentId().value()).ifPresent(v -> {
            v.refundedFen += r.amount().fen();
            if (v.payerObligorId != null) {
                t.obligor(v.payerObligorId).ifPresent(o -> o.paidFen -= r.amount().fen());
            }
        }));
        on(FundsDisbursed.class, (t, d) -> t.line(d.claimantId().value()).disbursedFen += d.amount().fen());
        on(CaseClosed.class, (t, c) -> {
            LocalDate on = c.occurredOn();
            t.closeReason = c.reason().name();
            t.closedOn = on;
            if (c.reason() == CloseReason.PAID_IN_FULL) {
                t.paidInFullOn = on;
            }
        });
        on(CaseReopened.class, (t, r) -> {
            t.closeReason = null;
            t.closedOn = null;
            t.paidInFullOn = null;
        });
    }
}
