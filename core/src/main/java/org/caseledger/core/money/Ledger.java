package org.caseledger.core.money;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.intake.ClaimantAdded;
import org.caseledger.core.intake.WageClaimFiled;
import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.InterruptionCause;
import org.caseledger.core.kernel.InterruptionSource;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.litigation.InstrumentBecameEffective;
import org.caseledger.core.negotiation.MediationAgreementReached;
import org.caseledger.core.negotiation.PaymentPromiseKept;
import org.caseledger.core.negotiation.PromiseId;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * The case's money (legal-basis §6.5): one {@link ClaimantBalance} per claimant and the unallocated rest of each
 * payment. Totals are always sums over the claimants, never stored apart. The money invariants are judged by
 * {@link MoneyInvariants} against it; the payments, allocations, refunds, disbursements and re-verified claims are
 * decided here.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class Ledger {

    private final Map<ClaimantId, ClaimantBalance> claimants = new LinkedHashMap<>();
    private final Map<PaymentId, Money> unallocatedByPayment = new LinkedHashMap<>();
    private transient MoneyView view;

    public void bind(MoneyView view) {
        this.view = view;
    }

    // ---- queries

    public Map<ClaimantId, ClaimantBalance> claimants() {
        return Collections.unmodifiableMap(claimants);
    }

    public ClaimantBalance balanceOf(ClaimantId id) {
        ClaimantBalance balance = claimants.get(id);
        require(balance != null, RuleCode.UNKNOWN_CLAIMANT, "claimantId", "claimant " + id);
        return balance;
    }

    public Money total(Function<ClaimantBalance, Money> column) {
        return Money.sum(claimants.values().stream().map(column).toList());
    }

    public Money totalClaimed() {
        return total(ClaimantBalance::claimed);
    }

    public Money totalReceived() {
        return total(ClaimantBalance::received);
    }

    public Money totalDisbursed() {
        return total(ClaimantBalance::disbursed);
    }

    public Money totalOutstanding() {
        return total(ClaimantBalance::outstanding);
    }

    public Money totalUndisbursed() {
        return total(ClaimantBalance::undisbursed);
    }

    public Money unallocated() {
        return Money.sum(unallocatedByPayment.values());
    }

    public boolean hasPayment(PaymentId id) {
        return unallocatedByPayment.containsKey(id);
    }

    /** The payments with a rest not yet allocated or refunded, in the order received. */
    public List<PaymentId> paymentsWithRest() {
        return unallocatedByPayment.entrySet().stream().filter(e -> e.getValue().isPositive()).map(Map.Entry::getKey).toList();
    }

    public Money unallocatedOf(PaymentId id) {
        Money rest = unallocatedByPayment.get(id);
        require(rest != null, RuleCode.UNKNOWN_PAYMENT, "paymentId", "payment " + id);
        return rest;
    }

    /** Every claimant fully received and disbursed, nothing unallocated (§6.5 rule 7). */
    public boolean isPaidInFull() {
        return claimants.values().stream().allMatch(ClaimantBalance::isSettled) && unallocated().isZero();
    }

    /** The money invariants, judged against the ledger as it stands. */
    public MoneyInvariants invariants() {
        return new MoneyInvariants(this);
    }

    /**
     * Each claimant's amounts by kind, where every line of his names its kind; null for a claimant with a line of the
     * claim as a whole.
     */
    static Map<ClaimantId, Map<AmountComponent, Money>> byKind(List<ClaimantAmount> amounts) {
        Map<ClaimantId, Map<AmountComponent, Money>> byKind = new LinkedHashMap<>();
        Set<ClaimantId> whole = new HashSet<>();
        for (ClaimantAmount a : amounts) {
            byKind.putIfAbsent(a.claimantId(), new EnumMap<>(AmountComponent.class));
            if (a.component() == null) {
                whole.add(a.claimantId());
            } else {
                byKind.get(a.claimantId()).merge(a.component(), a.amount(), Money::plus);
            }
        }
        whole.forEach(id -> byKind.put(id, null));
        return byKind;
    }

    static Money totalOf(ClaimantId id, List<ClaimantAmount> amounts) {
        return Money.sum(amounts.stream().filter(a -> a.claimantId().equals(id)).map(ClaimantAmount::amount).toList());
    }

    // ---- commands

    /** 核定金额: the original claim stays in the history; never below what was agreed or received. */
    @CommandHandler
    void handle(ReviseClaimAmount c) {
        invariants().checkRevision(c.claimantId(), c.component(), c.revised());
        Money previous = balanceOf(c.claimantId()).claimedItems().getOrDefault(c.component(), Money.ZERO);
        apply(new ClaimAmountRevised(view.caseId(), c.claimantId(), previous, c.revised(), c.reason(), c.occurredOn(), c.component()));
    }

    @CommandHandler
    void handle(RecordPayment c) {
        require(!hasPayment(c.paymentId()), RuleCode.DUPLICATE_PAYMENT, "paymentId", InterruptionSource.PAYMENT.note(c.paymentId().value()));
        view.liabilities().checkReceivable(c.amount());
        view.liabilities().checkPayer(c, view);
        invariants().checkAllocations(c.allocations(), c.amount());
        List<PromiseId> kept = view.promisesKeptBy(c.amount());
        List<LateInterest.DayPaid> daysPaid = view.lateInterest().daysPaidBy(c.allocations());
        String payerName = c.channel().paidByAuthority() ? c.payerName().strip() : null;
        apply(new PaymentReceived(view.caseId(), c.paymentId(), c.payerObligorId(), c.channel(), payerName, c.amount(), c.allocations(),
                c.occurredOn()));
        // a part-payment is the obligor agreeing to perform (劳动争议调解仲裁法 art. 27 ¶2): for the claimants it went to who
        // are still owed something, or for all when nothing is allocated yet; money the state advances is no act of the obligor's
        List<ClaimantId> stillOwed = c.allocations().stream().map(ClaimantAmount::claimantId)
                .filter(id -> balanceOf(id).outstanding().isPositive()).toList();
        if (!c.channel().paidByAuthority() && (c.allocations().isEmpty() ? totalOutstanding().isPositive() : !stillOwed.isEmpty())) {
            view.interruptionBy(InterruptionCause.OBLIGOR_AGREED_TO_PAY, stillOwed, InterruptionSource.PAYMENT.note(c.paymentId().value()), c.occurredOn())
                    .ifPresent(e -> apply(e));
        }
        for (PromiseId id : kept) {
            List<DeadlineClosure> closed = view.deadlines().find(DeadlineKind.PROMISED_PAYMENT, id)
                    .map(d -> List.of(d.doneOn(c.occurredOn()))).orElse(List.of());
            apply(new PaymentPromiseKept(view.caseId(), id, closed, c.occurredOn()));
        }
        instalmentsPaid(daysPaid, c.occurredOn());
    }

    /** Each day of an instrument's schedule now paid closes its deadline: the performance day's or the instalment's. */
    private void instalmentsPaid(List<LateInterest.DayPaid> days, java.time.LocalDate on) {
        for (LateInterest.DayPaid day : days) {
            List<DeadlineClosure> closed = view.deadlines().find(DeadlineKind.PERFORMANCE, day.documentNo())
                    .filter(d -> d.dueOn().equals(day.dueOn()))
                    .or(() -> view.deadlines().find(DeadlineKind.INSTALMENT, InstrumentBecameEffective.instalmentSubject(day.documentNo(), day.dueOn())))
                    .map(d -> List.of(d.doneOn(on))).orElse(List.of());
            if (!closed.isEmpty()) {
                apply(new InstalmentPaid(view.caseId(), day.documentNo(), day.dueOn(), closed, on));
            }
        }
    }

    @CommandHandler
    void handle(AllocatePayment c) {
        invariants().checkAllocations(c.allocations(), unallocatedOf(c.paymentId()));
        List<LateInterest.DayPaid> daysPaid = view.lateInterest().daysPaidBy(c.allocations());
        apply(new PaymentAllocated(view.caseId(), c.paymentId(), c.allocations(), c.occurredOn()));
        instalmentsPaid(daysPaid, c.occurredOn());
    }

    @CommandHandler
    void handle(RefundUnallocatedFunds c) {
        invariants().checkRefund(c.paymentId(), c.amount());
        apply(new UnallocatedFundsRefunded(view.caseId(), c.paymentId(), c.amount(), c.occurredOn()));
    }

    /** 执行款发放: once every claimant holds nothing, the disbursement deadline is met. */
    @CommandHandler
    void handle(DisburseToClaimant c) {
        invariants().checkDisbursement(c.claimantId(), c.amount());
        boolean allPaidOut = totalUndisbursed().minus(c.amount()).isZero();
        List<DeadlineClosure> closed = allPaidOut ? view.deadlines().doneOn(c.occurredOn(), DeadlineKind.DISBURSEMENT) : List.of();
        apply(new FundsDisbursed(view.caseId(), c.claimantId(), c.amount(), closed, c.occurredOn()));
    }

    // ---- state changes (event-sourcing handlers: no decisions here)

    @EventSourcingHandler
    void on(WageClaimFiled e) {
        e.claimants().forEach(c -> claimants.put(c.claimantId(), ClaimantBalance.claiming(c.items())));
    }

    @EventSourcingHandler
    void on(ClaimantAdded e) {
        claimants.put(e.claimant().claimantId(), ClaimantBalance.claiming(e.claimant().items()));
    }

    @EventSourcingHandler
    void on(ClaimAmountRevised e) {
        claimants.computeIfPresent(e.claimantId(), (id, b) -> b.withClaimedItem(e.component(), e.revised()));
    }

    @EventSourcingHandler
    void on(MediationAgreementReached e) {
        byKind(e.agreedAmounts()).forEach((claimant, kinds) -> claimants.computeIfPresent(claimant,
                (id, b) -> b.withAgreed(totalOf(claimant, e.agreedAmounts()), kinds)));
    }

    @EventSourcingHandler
    void on(InstrumentBecameEffective e) {
        // a later instrument (e.g. the second-instance judgment) replaces what an earlier one made enforceable
        Map<ClaimantId, Map<AmountComponent, Money>> granted = new LinkedHashMap<>();
        e.amounts().forEach(a -> granted.computeIfAbsent(a.claimantId(), k -> new EnumMap<>(AmountComponent.class))
                .merge(a.component(), a.amount(), Money::plus));
        boolean net = !e.amountsIncludeEarlierPayments();
        granted.forEach((claimant, amounts) -> claimants.computeIfPresent(claimant, (id, b) -> b.withInstrument(amounts, net)));
    }

    @EventSourcingHandler
    void on(org.caseledger.core.litigation.EnforcementOfAwardRefused e) {
        // no longer enforceable: the claimants are owed what was agreed or claimed until a court decides
        e.claimantIds().forEach(id -> claimants.computeIfPresent(id, (k, b) -> b.withInstrument(java.util.Map.of(), false)));
    }

    @EventSourcingHandler
    void on(LateInterestAssessed e) {
        // replaces the late interest assessed before (a later day gives more), never the instrument's own amounts
        e.amounts().forEach(a -> claimants.computeIfPresent(a.claimantId(), (id, b) -> b.withLateInterest(a.amount())));
    }

    @EventSourcingHandler
    void on(PaymentReceived e) {
        e.allocations().forEach(a -> claimants.computeIfPresent(a.claimantId(), (id, b) -> b.receiving(a.amount(), a.component())));
        unallocatedByPayment.put(e.paymentId(), e.unallocated());
    }

    @EventSourcingHandler
    void on(PaymentAllocated e) {
        Money sum = Money.ZERO;
        for (ClaimantAmount a : e.allocations()) {
            claimants.computeIfPresent(a.claimantId(), (id, b) -> b.receiving(a.amount(), a.component()));
            sum = sum.plus(a.amount());
        }
        unallocatedByPayment.put(e.paymentId(), unallocatedByPayment.get(e.paymentId()).minus(sum));
    }

    @EventSourcingHandler
    void on(UnallocatedFundsRefunded e) {
        unallocatedByPayment.put(e.paymentId(), unallocatedByPayment.get(e.paymentId()).minus(e.amount()));
    }

    @EventSourcingHandler
    void on(FundsDisbursed e) {
        claimants.computeIfPresent(e.claimantId(), (id, b) -> b.disbursing(e.amount()));
    }
}
