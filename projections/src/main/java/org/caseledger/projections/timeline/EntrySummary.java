package org.caseledger.projections.timeline;

import org.caseledger.core.authority.*;
import org.caseledger.core.enforcement.*;
import org.caseledger.core.intake.*;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.WageCaseEvent;
import org.caseledger.core.litigation.*;
import org.caseledger.core.money.*;
import org.caseledger.core.negotiation.*;
import org.caseledger.core.supervision.*;
import org.caseledger.core.lifecycle.CaseClosed;
import org.caseledger.core.lifecycle.CaseReopened;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** The line of text an event shows on its case's timeline: read from the event alone, it changes nothing. */
final class EntrySummary {

    private static final Map<Class<?>, Function<WageCaseEvent, String>> TEXT = new HashMap<>();

    private EntrySummary() {
    }

    static String of(WageCaseEvent e) {
        return TEXT.getOrDefault(e.getClass(), x -> x.getClass().getSimpleName()).apply(e);
    }

    /** Whether the event type has a line of its own (the fallback is its type's name). */
    static boolean describes(Class<?> eventType) {
        return TEXT.containsKey(eventType);
    }

    private static <E extends WageCaseEvent> void on(Class<E> type, Function<E, String> text) {
        TEXT.put(type, e -> text.apply(type.cast(e)));
    }

    static {
        on(WageClaimFiled.class, f -> "claim filed: " + f.claimants().size() + " claimants, " + f.obligors().size() + " obligors, via " + f.channel());
        on(org.caseledger.core.limitation.LimitationInterrupted.class, i -> i.limitation() + " limitation interrupted (" + i.cause()
                + (i.note().isBlank() ? "" : ": " + i.note()) + ")" + (i.claimantIds().isEmpty() ? "" : " for " + i.claimantIds().size()
                + " claimants") + "; runs again from " + i.restartsFrom() + ", last day to act " + i.lastDay());
        on(org.caseledger.core.limitation.LimitationSuspended.class, s -> s.limitation() + " limitation suspended: " + s.reason());
        on(org.caseledger.core.limitation.LimitationSuspensionEnded.class, s -> s.limitation() + " limitation runs on; last day to act " + s.lastDay());
        on(SupervisionLetterServed.class, s -> "letter " + s.letterId() + " received" + (s.replyDue() == null ? "" : ", reply due " + s.replyDue()));
        on(FreezeRenewed.class, r -> "freeze " + r.freezeId() + " renewed until " + r.expiresOn());
        on(FreezeLifted.class, l -> "freeze " + l.freezeId() + " lifted: " + l.reason());
        on(ClaimantPersonalDataErased.class, x -> "personal data of claimant " + x.claimantId() + " erased: " + x.reason());
        on(ClaimantAdded.class, a -> "claimant " + a.claimant().claimantId() + " joined");
        on(LegalAidGranted.class, g -> "legal aid granted");
        on(LegalAidRefused.class, r -> "legal aid refused: " + r.reason());
        on(LegalOfficerAssigned.class, a -> "officer assigned: " + a.officerName());
        on(ClaimAmountRevised.class, r -> "claim of " + r.claimantId() + " re-verified " + r.previous() + " → " + r.revised() + " (" + r.reason() + ")");
        on(CoordinationMeetingHeld.class, m -> (m.format() == MeetingFormat.ONLINE ? "online " : "") + "coordination meeting: " + m.outcome());
        on(MediationAgreementReached.class, m -> "mediation agreement: "
                + Money.ofFen(m.agreedAmounts().stream().mapToLong(a -> a.amount().fen()).sum()) + " by " + m.promisedPayDate() + " from " + m.obligorId());
        on(PaymentPromiseMade.class, p -> "promise: " + p.obligorId() + " to pay " + p.amount() + " by " + p.promisedPayDate());
        on(PaymentPromiseBroken.class, b -> "promise " + b.promiseId() + " broken (due " + b.promisedPayDate() + ")");
        on(PaymentPromiseKept.class, k -> "promise " + k.promiseId() + " kept");
        on(SupervisionLetterIssued.class, l -> l.letterType() + " " + l.documentNo() + " to " + l.recipientKind() + " " + l.recipientName()
                + (l.replyDue() == null ? "" : ", reply due " + l.replyDue()));
        on(SupervisionLetterAnswered.class, a -> "reply to " + a.letterId() + ": " + a.outcome());
        on(SupervisionLetterReplyOverdue.class, o -> "reply to " + o.letterId() + " overdue (due " + o.replyDue() + ")");
        on(JointMechanismActivated.class, j -> "joint mechanism 工会+" + j.partners().stream().map(Enum::name).sorted().toList() + " activated");
        on(CaseReferred.class, r -> "referred to " + r.target() + ": " + r.reason());
        on(ArbitrationApplied.class, a -> "arbitration applied for at " + a.commission());
        on(ArbitrationAccepted.class, a -> "arbitration accepted: " + a.arbitrationCaseNo());
        // an award stored before 0.3 keeps its line; a later one says whether it is final in law
        on(ArbitralAwardIssued.class, a -> "award " + a.awardNo() + " (" + a.items().size() + " items)"
                + (a.finalLimit() == null && a.warnings().isEmpty() ? "" : a.finalAward() ? ", final" : ", not final")
                + (a.partial() ? ", partial (先行裁决)" : ""));
        on(LateInterestAssessed.class, x -> "late interest as of " + x.asOf() + ": "
                + Money.ofFen(x.amounts().stream().mapToLong(a -> a.amount().fen()).sum()) + " for " + x.amounts().size() + " claimants");
        on(PropertyPreserved.class, p -> p.assetKind() + " of " + p.obligorId() + " preserved by " + p.court() + ": " + p.amount()
                + " until " + p.expiresOn() + (p.proceedingsDueOn() == null ? "" : "; arbitration or suit due " + p.proceedingsDueOn()));
        on(AdvanceExecutionOrdered.class, a -> (a.byCommission() ? "the commission" : "the court") + " ordered "
                + Money.ofFen(a.amounts().stream().mapToLong(x -> x.amount().fen()).sum()) + " paid in advance (" + a.documentNo() + ")");
        on(OrderToPayIssued.class, o -> o.authority() + " ordered " + o.obligorId() + " to pay " + o.amount() + " by " + o.payBy()
                + " (" + o.documentNo() + ")");
        on(ReferredToPolice.class, r -> "拒不支付劳动报酬罪 of " + r.obligorId() + " referred to the police by " + r.referredBy());
        on(PoliceDecided.class, p -> "the police " + (p.caseFiled() ? "filed a criminal case against " : "declined to file against ")
                + p.obligorId() + " (" + p.documentNo() + ")");
        on(ObligorBlacklisted.class, b -> b.obligorId() + " listed for serious wage arrears by " + b.authority()
                + (b.listedUntil() == null ? "" : " until " + b.listedUntil()));
        on(SetAsideApplied.class, x -> "the employer applied to " + x.court() + " to set award " + x.awardNo() + " aside");
        on(SetAsideRuled.class, x -> "ruling " + x.documentNo() + ": the award " + (x.setAside() ? "is set aside; suit due " + x.suitDueOn() : "stands"));
        on(PaymentOrderApplied.class, p -> "payment order applied for at " + p.court());
        // an objection stored before 0.3 disputed the debt and ended the order: its line stays as it was
        on(PaymentOrderObjected.class, p -> p.ground() == ObjectionGround.DISPUTES_DEBT && p.orderLapsed() ? "the debtor objected to the payment order"
                : "the debtor objected to the payment order (" + p.ground() + "): the order " + (p.orderLapsed() ? "ended" : "stands"));
        on(PaymentOrderIssued.class, p -> "payment order " + p.documentNo() + " served; objection due " + p.objectionDueOn());
        on(ArbitrationRefused.class, r -> "the commission refused the application: " + r.reason());
        on(AwardPeriodExtended.class, x -> "award period extended to " + x.extendedTo());
        on(JudicialConfirmationApplied.class, j -> "司法确认 of agreement " + j.promiseId() + " applied for at " + j.court());
        on(JudicialConfirmationRefused.class, j -> "司法确认 refused: " + j.reason());
        on(ObligorLiabilityRecorded.class, l -> "liability of " + l.obligorId() + ": " + l.liability()
                + (l.liabilityCap() == null ? "" : " up to " + l.liabilityCap()) + " (" + l.basis() + ")");
        on(LawsuitFiled.class, l -> "lawsuit filed at " + l.court() + (l.directSuitBasis() == null ? "" : " (direct suit: " + l.directSuitBasis() + ")")
                + (l.side() == org.caseledger.core.litigation.PartySide.EMPLOYER ? " by the employer against the award"
                        + (l.claimantIds().isEmpty() ? "" : " (" + l.claimantIds().size() + " claimants)")
                        : l.claimantIds().isEmpty() ? "" : " by " + l.claimantIds().size() + " claimants"));
        on(CourtMediationStatementIssued.class, c -> "court mediation statement " + c.documentNo());
        on(JudgmentIssued.class, j -> j.instance() + " instance judgment " + j.documentNo());
        on(AppealFiled.class, a -> "appeal by " + a.appellant() + (a.side() == null ? "" : " (" + a.side() + ")"));
        on(InstrumentBecameEffective.class, i -> i.instrumentKind() + " " + i.documentNo() + " effective, performance due " + i.performanceDue());
        on(EnforcementApplied.class, a -> "enforcement applied for at " + a.court());
        on(EnforcementCaseFiled.class, f -> "enforcement case filed: " + f.enforcementCaseNo());
        on(AssetSearchCompleted.class, s -> s.method() + " asset search of " + s.obligorId() + ": balance " + s.balanceFound());
        on(JudgmentDebtorAdded.class, j -> "judgment debtor added: " + j.name() + " on " + j.ground());
        on(AssetsFrozen.class, f -> f.assetKind() + " of " + f.obligorId() + " frozen: " + f.amount() + " until " + f.expiresOn());
        on(HighConsumptionRestricted.class, h -> "限制高消费 on " + h.obligorId() + " (" + h.subjects().size() + " persons)");
        on(DishonestDebtorListed.class, d -> "失信被执行人: " + d.obligorId() + " until " + d.listedUntil());
        on(CriminalLiabilityWarned.class, w -> "warned of criminal liability: " + w.basis());
        on(EnforcementSettlementReached.class, s -> "enforcement settlement reached");
        on(EnforcementRoundTerminated.class, t -> "current enforcement round terminated (终本)");
        on(EnforcementResumed.class, r -> "enforcement resumed: " + r.reason());
        on(PaymentReceived.class, p -> "payment " + p.amount() + " from " + (p.payerName() != null ? p.payerName()
                + (p.payerObligorId() == null ? "" : " for " + p.payerObligorId()) : p.payerObligorId()) + " via " + p.channel());
        on(PaymentAllocated.class, a -> "payment " + a.paymentId() + " allocated");
        on(UnallocatedFundsRefunded.class, r -> "refunded " + r.amount() + " of payment " + r.paymentId());
        on(FundsDisbursed.class, d -> "paid out " + d.amount() + " to " + d.claimantId());
        on(CaseClosed.class, c -> "case closed: " + c.reason());
        on(CaseReopened.class, r -> "case reopened: " + r.reason());
    }
}
