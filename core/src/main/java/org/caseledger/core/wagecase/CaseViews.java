package org.caseledger.core.wagecase;

import org.caseledger.core.authority.AuthorityView;
import org.caseledger.core.deadline.DecisionContext;
import org.caseledger.core.deadline.OpenDeadlines;
import org.caseledger.core.enforcement.Enforcement;
import org.caseledger.core.enforcement.EnforcementView;
import org.caseledger.core.enforcement.Freezes;
import org.caseledger.core.intake.IntakeView;
import org.caseledger.core.intake.NewClaimant;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.kernel.InterruptionCause;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.RegionCode;
import org.caseledger.core.kernel.WageCaseEvent;
import org.caseledger.core.lifecycle.LifecycleView;
import org.caseledger.core.limitation.LimitationKind;
import org.caseledger.core.litigation.Arbitration;
import org.caseledger.core.litigation.CourtProceedings;
import org.caseledger.core.litigation.Instruments;
import org.caseledger.core.litigation.PaymentOrder;
import org.caseledger.core.litigation.LitigationView;
import org.caseledger.core.money.InstrumentAmounts;
import org.caseledger.core.money.Ledger;
import org.caseledger.core.money.Liabilities;
import org.caseledger.core.money.MoneyView;
import org.caseledger.core.negotiation.NegotiationView;
import org.caseledger.core.negotiation.PromiseId;
import org.caseledger.core.supervision.SupervisionView;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The views the root gives its members for one command: each phase reads the rest of the case only through the
 * narrow interface it declares, and this is the one place that answers them from the other members. Read-only: it
 * decides nothing and changes nothing.
 */
final class CaseViews implements IntakeView, LifecycleView, NegotiationView, SupervisionView, LitigationView, EnforcementView,
        MoneyView, AuthorityView, org.caseledger.core.contact.ContactView {

    private final WageCase c;
    private final DecisionContext context;

    CaseViews(WageCase c, DecisionContext context) {
        this.c = c;
        this.context = context;
    }

    // ---- every phase

    @Override
    public CaseId caseId() {
        return c.caseId();
    }

    @Override
    public CaseStage stage() {
        return c.stage();
    }

    @Override
    public LocalDate filedOn() {
        return c.intake().filedOn();
    }

    @Override
    public OpenDeadlines deadlines() {
        return c.deadlines();
    }

    @Override
    public DecisionContext context() {
        return context;
    }

    @Override
    public Optional<WageCaseEvent> interruptionBy(InterruptionCause cause, Collection<ClaimantId> scope, String note, LocalDate on) {
        return c.limitations().interruptionBy(c.caseId(), cause, scope, note, on, c.deadlines(), context.calendar()).map(e -> e);
    }

    @Override
    public boolean isSupervisionMatter() {
        return c.matter().isMatter();
    }

    // ---- the parties

    @Override
    public Obligor obligor(ObligorId id, String field) {
        return c.parties().obligor(id, field);
    }

    @Override
    public Collection<Obligor> obligors() {
        return c.parties().obligors().values();
    }

    @Override
    public boolean isParty(ObligorId id) {
        return c.parties().isParty(id);
    }

    // ---- the ledger

    @Override
    public void checkNewClaimants(List<NewClaimant> newcomers) {
        c.ledger().invariants().checkNewClaimants(newcomers);
    }

    @Override
    public void checkClaimant(ClaimantId id) {
        c.ledger().balanceOf(id);
    }

    @Override
    public boolean isErased(ClaimantId claimant) {
        return c.intake().isErased(claimant);
    }

    @Override
    public void checkClaimants(List<ClaimantId> ids, String field) {
        c.ledger().invariants().checkClaimants(ids, field);
    }

    @Override
    public void checkAmounts(List<ClaimantAmount> amounts, String field) {
        c.ledger().invariants().checkAmounts(amounts, field);
    }

    @Override
    public Money outstandingOf(ClaimantId id) {
        return c.ledger().balanceOf(id).outstanding();
    }

    @Override
    public void checkAgreement(List<ClaimantAmount> agreed, String reductionReason) {
        c.ledger().invariants().checkAgreement(agreed, reductionReason);
    }

    @Override
    public void checkEnforceable(List<EnforceableAmount> amounts, boolean includeEarlierPayments) {
        InstrumentAmounts.check(amounts, includeEarlierPayments, c.ledger());
    }

    @Override
    public List<CaseWarning> compensationWarnings(List<EnforceableAmount> amounts, String orderNo, boolean includeEarlierPayments) {
        return InstrumentAmounts.compensationWarnings(amounts, orderNo, includeEarlierPayments, c.ledger());
    }

    @Override
    public void checkPaidInFull(String field) {
        c.ledger().invariants().checkPaidInFull(field);
    }

    @Override
    public void checkNothingHeld(String field) {
        c.ledger().invariants().checkNothingHeld(field);
    }

    @Override
    public void checkCapCoversPaid(ObligorId obligor, Money cap) {
        c.liabilities().checkCapCoversPaid(obligor, cap);
    }

    @Override
    public Money owedBy(ObligorId obligor) {
        return c.liabilities().owedBy(obligor, c.ledger().totalOutstanding());
    }

    @Override
    public java.util.Map<ClaimantId, Money> unpaidRemuneration() {
        java.util.Map<ClaimantId, Money> unpaid = new java.util.LinkedHashMap<>();
        c.ledger().claimants().forEach((id, b) -> unpaid.put(id, b.unpaidRemuneration()));
        return unpaid;
    }

    @Override
    public boolean isLiabilityShown(ObligorId obligor) {
        return c.liabilities().isShown(obligor);
    }

    @Override
    public Ledger ledger() {
        return c.ledger();
    }

    @Override
    public Liabilities liabilities() {
        return c.liabilities();
    }

    @Override
    public org.caseledger.core.money.LateInterest lateInterest() {
        return c.lateInterest();
    }

    // ---- promises, instruments, limitations

    @Override
    public List<PromiseId> promisesKeptBy(Money payment) {
        return c.promises().keptBy(payment);
    }

    @Override
    public boolean hasBrokenMediationAgreement() {
        return c.promises().hasBrokenMediationAgreement();
    }

    @Override
    public boolean hasBrokenAgreementToSueOn() {
        return c.promises().hasBrokenAgreementToSueOn();
    }

    @Override
    public boolean civilLimitationRanOutBefore(LocalDate day) {
        return c.limitations().civilLastDay(context.calendar()).map(day::isAfter).orElse(false);
    }

    @Override
    public boolean isJudicialConfirmationPending() {
        return c.instruments().isJudicialConfirmationPending();
    }

    @Override
    public boolean hasEffectiveInstrument() {
        return c.instruments().hasEffectiveInstrument();
    }

    @Override
    public String latestInstrumentNo() {
        return c.instruments().latestNo();
    }

    @Override
    public LocalDate latestPerformanceDue() {
        return c.instruments().latestPerformanceDue();
    }

    @Override
    public LocalDate performanceDueOf(String documentNo) {
        return c.instruments().performanceDueOf(documentNo);
    }

    @Override
    public boolean isSetAsidePending() {
        return c.arbitration().isSetAsidePending();
    }

    @Override
    public RegionCode region() {
        return c.intake().unionBody().region();
    }

    @Override
    public List<Deadline> arbitrationLimitationWithNewClaimant() {
        return c.limitations().deadlineWithNewClaimant(c.caseId(), c.deadlines(), context.calendar());
    }

    @Override
    public boolean arbitrationLimitationRanOutBefore(LocalDate day) {
        return c.limitations().hasRunOutBefore(LimitationKind.ARBITRATION, day, context.calendar());
    }

    @Override
    public boolean enforcementLimitationRanOutBefore(LocalDate day) {
        return c.limitations().hasRunOutBefore(LimitationKind.ENFORCEMENT, day, context.calendar());
    }

    @Override
    public Optional<WageCaseEvent> settlementRestart(LocalDate lastPerformanceDay, LocalDate on) {
        return c.limitations().settlement(c.caseId(), lastPerformanceDay, on, c.deadlines(), context.calendar()).map(e -> e);
    }

    @Override
    public boolean wasPreservedBeforeProceedings() {
        return c.freezes().wasPreservedBeforeProceedings();
    }

    @Override
    public boolean hasPreservationInForce() {
        return c.freezes().hasPreservationInForce();
    }

    // ---- the members of the phases with more than one

    @Override
    public Arbitration arbitration() {
        return c.arbitration();
    }

    @Override
    public CourtProceedings court() {
        return c.court();
    }

    @Override
    public PaymentOrder paymentOrder() {
        return c.paymentOrder();
    }

    @Override
    public Instruments instruments() {
        return c.instruments();
    }

    @Override
    public Enforcement enforcement() {
        return c.enforcement();
    }

    @Override
    public Freezes freezes() {
        return c.freezes();
    }
}
