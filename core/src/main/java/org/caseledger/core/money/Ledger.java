package org.caseledger.core.money;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.intake.ClaimantAdded;
import org.caseledger.core.intake.NewClaimant;
import org.caseledger.core.intake.WageClaimFiled;
import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.EnforceableAmount;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * The case's money (legal-basis §6.5): one {@link ClaimantBalance} per claimant and the unallocated rest of each
 * payment. Totals are always sums over the claimants, never stored apart. The guards here are the money invariants;
 * the payments, allocations, refunds, disbursements and re-verified claims are decided here.
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

    // ---- guards

    /** Claimants new to the case, with distinct ids and positive claims. */
    public void checkNewClaimants(List<NewClaimant> newcomers) {
        Set<ClaimantId> seen = new HashSet<>();
        for (NewClaimant c : newcomers) {
            require(seen.add(c.claimantId()) && !claimants.containsKey(c.claimantId()), RuleCode.DUPLICATE_CLAIMANT,
                    "claimants", "claimant " + c.claimantId());
            require(c.claimed().isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "claimants", "claim of " + c.claimantId());
            require(c.claimed().isWithinLimit(), RuleCode.AMOUNT_TOO_LARGE, "claimants", "claim of " + c.claimantId());
        }
        checkTotalClaimed(Money.sum(newcomers.stream().map(NewClaimant::claimed).toList()), Money.ZERO, "claimants");
    }

    /** The case's claims stay within {@link Money#LIMIT} after adding {@code added} and taking away {@code removed}. */
    private void checkTotalClaimed(Money added, Money removed, String field) {
        long total = Money.sum(claimants.values().stream().map(ClaimantBalance::claimed).toList()).fen() - removed.fen();
        require(added.fen() <= Money.LIMIT.fen() - total, RuleCode.AMOUNT_TOO_LARGE, field, "the case's claims would total more than " + Money.LIMIT);
    }

    /** Known claimants, each named once. */
    public void checkClaimants(List<ClaimantId> ids, String field) {
        Set<ClaimantId> seen = new HashSet<>();
        for (ClaimantId id : ids) {
            balanceOf(id);
            require(seen.add(id), RuleCode.DUPLICATE_CLAIMANT, field, "claimant " + id + " appears twice");
        }
    }

    /**
     * Per-claimant amounts: known claimants, positive; for each claimant at most one line of the claim as a whole and one
     * line per kind.
     */
    public void checkAmounts(List<ClaimantAmount> amounts, String field) {
        Set<String> seen = new HashSet<>();
        for (ClaimantAmount a : amounts) {
            balanceOf(a.claimantId());
            require(a.amount().isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, field, "amount for " + a.claimantId());
            require(a.amount().isWithinLimit(), RuleCode.AMOUNT_TOO_LARGE, field, "amount for " + a.claimantId());
            require(seen.add(a.claimantId().value() + "/" + a.component()), RuleCode.DUPLICATE_CLAIMANT, field,
                    "claimant " + a.claimantId() + " appears twice" + (a.component() == null ? "" : " for " + a.component()));
        }
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

    public void checkAgreement(List<ClaimantAmount> agreed, String reductionReason) {
        require(!agreed.isEmpty(), RuleCode.AMOUNT_NOT_POSITIVE, "agreedAmounts", "an agreement names at least one amount");
        checkAmounts(agreed, "agreedAmounts");
        boolean reduced = false;
        for (Map.Entry<ClaimantId, Map<AmountComponent, Money>> his : byKind(agreed).entrySet()) {
            ClaimantBalance b = balanceOf(his.getKey());
            Money total = totalOf(his.getKey(), agreed);
            require(!total.exceeds(b.claimed()), RuleCode.AGREED_EXCEEDS_CLAIMED, "agreedAmounts",
                    his.getKey() + " agreed " + total + " > claimed " + b.claimed());
            reduced |= b.claimed().exceeds(total);
        }
        for (ClaimantAmount a : agreed) {
            if (a.component() != null) {
                Money claimedOfKind = balanceOf(a.claimantId()).claimedItems().getOrDefault(a.component(), Money.ZERO);
                require(!a.amount().exceeds(claimedOfKind), RuleCode.AGREED_EXCEEDS_CLAIMED, "agreedAmounts",
                        a.claimantId() + " agreed " + a.amount() + " of " + a.component() + " > claimed " + claimedOfKind);
            }
        }
        require(!reduced || (reductionReason != null && !reductionReason.isBlank()), RuleCode.REDUCTION_REASON_REQUIRED,
                "reductionReason", null);
    }

    /** The claim of one kind revised: never below what was agreed or received of the claim as a whole. */
    public void checkRevision(ClaimantId id, AmountComponent kind, Money revised) {
        ClaimantBalance b = balanceOf(id);
        Money before = b.claimedItems().getOrDefault(kind, Money.ZERO);
        require(revised.isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "revised", null);
        require(revised.isWithinLimit(), RuleCode.AMOUNT_TOO_LARGE, "revised", null);
        checkTotalClaimed(revised, before, "revised");
        require(!revised.equals(before), RuleCode.REVISION_UNCHANGED, "revised", "already " + revised);
        Money newTotal = b.claimed().minus(before).plus(revised);
        Money agreed = b.agreed() == null ? Money.ZERO : b.agreed();
        Money floor = agreed.exceeds(b.received()) ? agreed : b.received();
        require(!floor.exceeds(newTotal), RuleCode.REVISION_BELOW_AGREED_OR_RECEIVED, "revised",
                "the claim would be " + newTotal + " < " + floor);
    }

    /** Allocations fit in {@code available} and no claimant ends above target (§6.5 rules 2 and 4). */
    public void checkAllocations(List<ClaimantAmount> allocations, Money available) {
        checkAmounts(allocations, "allocations");
        Money sum = Money.sum(allocations.stream().map(ClaimantAmount::amount).toList());
        require(!sum.exceeds(available), RuleCode.ALLOCATION_EXCEEDS_PAYMENT, "allocations",
                "allocated " + sum + " > available " + available);
        for (ClaimantId id : byKind(allocations).keySet()) {
            ClaimantBalance b = balanceOf(id);
            Money total = totalOf(id, allocations);
            require(!total.exceeds(b.outstanding()), RuleCode.OVERPAYMENT, "allocations",
                    id + " would receive " + b.received().plus(total) + " > target " + b.target());
        }
        for (ClaimantAmount a : allocations) {
            if (a.component() != null) {
                Money owed = balanceOf(a.claimantId()).outstandingOf(a.component());
                require(!a.amount().exceeds(owed), RuleCode.OVERPAYMENT, "allocations",
                        a.claimantId() + " is owed " + owed + " of " + a.component());
            }
        }
    }

    /** Every claimant fully received and disbursed, nothing unallocated (§6.5 rule 7); else refused naming {@code field}. */
    public void checkPaidInFull(String field) {
        require(isPaidInFull(), RuleCode.NOT_PAID_IN_FULL, field, "outstanding " + totalOutstanding()
                + ", undisbursed " + totalUndisbursed() + ", unallocated " + unallocated());
    }

    /** Nothing held for the claimants: all received paid out, all payments allocated or refunded; else refused naming {@code field}. */
    public void checkNothingHeld(String field) {
        require(totalUndisbursed().isZero() && unallocated().isZero(), RuleCode.UNDISBURSED_FUNDS, field,
                "undisbursed " + totalUndisbursed() + ", unallocated " + unallocated());
    }

    public void checkRefund(PaymentId id, Money amount) {
        require(amount.isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "amount", null);
        Money rest = unallocatedOf(id);
        require(!amount.exceeds(rest), RuleCode.REFUND_EXCEEDS_UNALLOCATED, "amount", "unallocated " + rest);
    }

    public void checkDisbursement(ClaimantId id, Money amount) {
        require(amount.isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "amount", null);
        ClaimantBalance b = balanceOf(id);
        require(!amount.exceeds(b.undisbursed()), RuleCode.DISBURSEMENT_EXCEEDS_RECEIVED, "amount",
                id + " holds " + b.undisbursed());
    }

    // ---- commands

    /** 核定金额: the original claim stays in the history; never below what was agreed or received. */
    @CommandHandler
    void handle(ReviseClaimAmount c) {
        checkRevision(c.claimantId(), c.component(), c.revised());
        Money previous = balanceOf(c.claimantId()).claimedItems().getOrDefault(c.component(), Money.ZERO);
        apply(new ClaimAmountRevised(view.caseId(), c.claimantId(), previous, c.revised(), c.reason(), c.occurredOn(), c.component()));
    }

    @CommandHandler
    void handle(RecordPayment c) {
        require(!hasPayment(c.paymentId()), RuleCode.DUPLICATE_PAYMENT, "paymentId", InterruptionSource.PAYMENT.note(c.paymentId().value()));
        view.liabilities().checkReceivable(c.amount());
        view.liabilities().checkPayer(c, view);
        checkAllocations(c.allocations(), c.amount());
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
        checkAllocations(c.allocations(), unallocatedOf(c.paymentId()));
        List<LateInterest.DayPaid> daysPaid = view.lateInterest().daysPaidBy(c.allocations());
        apply(new PaymentAllocated(view.caseId(), c.paymentId(), c.allocations(), c.occurredOn()));
        instalmentsPaid(daysPaid, c.occurredOn());
    }

    @CommandHandler
    void handle(RefundUnallocatedFunds c) {
        checkRefund(c.paymentId(), c.amount());
        apply(new UnallocatedFundsRefunded(view.caseId(), c.paymentId(), c.amount(), c.occurredOn()));
    }

    /** 执行款发放: once every claimant holds nothing, the disbursement deadline is met. */
    @CommandHandler
    void handle(DisburseToClaimant c) {
        checkDisbursement(c.claimantId(), c.amount());
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
