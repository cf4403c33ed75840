package org.caseledger.core.money;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.kernel.CaseRuleViolation;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.kernel.Instalment;
import org.caseledger.core.enforcement.EnforcementSuspended;
import org.caseledger.core.enforcement.EnforcementSuspensionEnded;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.litigation.InstrumentBecameEffective;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * 迟延履行利息 (民事诉讼法 art. 264; 迟延履行利息解释, 法释〔2014〕8号, arts. 1-4): each claimant's unpaid money debt (the
 * instrument's amounts except interest, its own 一般债务利息 too: art. 1 ¶3) bears 1.75‱ a day from the day after it fell
 * due until paid; where the instrument sets instalments each runs from its own due day (art. 2). Payments discharge the
 * debt first and the earliest-due part of it first. While enforcement stands suspended for a cause of art. 3 ¶3 the
 * interest does not run. Kept as fen·days per claimant, exactly; the interest is those times 175 / 1,000,000, rounded
 * down to the fen.
 */
public class LateInterest {

    /** Daily rate 万分之一点七五 as a fraction 175 / 1,000,000. */
    static final BigInteger RATE_NUMERATOR = BigInteger.valueOf(175);
    static final BigInteger RATE_DENOMINATOR = BigInteger.valueOf(1_000_000);

    /** Part of a claimant's debt under an instrument, due on a day. */
    public record Tranche(String documentNo, LocalDate dueOn, long fen) {
    }

    /**
     * One claimant's running account: the debt in tranches by due day, what was received towards it, the fen·days
     * accrued up to {@code accruedTo}.
     */
    public record Account(List<Tranche> tranches, long receivedFen, LocalDate accruedTo, BigInteger fenDays) {

        /** The debt due on or before {@code day}. */
        long dueBy(LocalDate day) {
            return tranches.stream().filter(t -> !t.dueOn().isAfter(day)).mapToLong(Tranche::fen).sum();
        }

        /** The account accrued up to {@code day}: each day counts what was due before it and is still unpaid. */
        Account accruedTo(LocalDate day) {
            if (!day.isAfter(accruedTo)) {
                return this;
            }
            BigInteger total = fenDays;
            LocalDate from = accruedTo;
            for (LocalDate next : tranches.stream().map(Tranche::dueOn).filter(d -> d.isAfter(accruedTo) && d.isBefore(day))
                    .distinct().sorted().toList()) {
                total = total.add(unpaidAfter(from, next));
                from = next;
            }
            total = total.add(unpaidAfter(from, day));
            return new Account(tranches, receivedFen, day, total);
        }

        /** fen·days of the days after {@code from} up to {@code to}, all counting what was due by {@code from}. */
        private BigInteger unpaidAfter(LocalDate from, LocalDate to) {
            long unpaid = Math.max(0, dueBy(from) - receivedFen);
            return BigInteger.valueOf(unpaid).multiply(BigInteger.valueOf(ChronoUnit.DAYS.between(from, to)));
        }

        Account receiving(long fen, LocalDate on) {
            Account accrued = accruedTo(on);
            return new Account(tranches, accrued.receivedFen + fen, accrued.accruedTo, accrued.fenDays);
        }

        Account resumingOn(LocalDate day) {
            return day.isAfter(accruedTo) ? new Account(tranches, receivedFen, day, fenDays) : this;
        }
    }

    /** A day of an instrument's schedule paid by a payment: the day's deadline is met (or closed late). */
    public record DayPaid(String documentNo, LocalDate dueOn) {
    }

    private final Map<ClaimantId, Account> accounts = new LinkedHashMap<>();
    private final Map<ClaimantId, Long> receivedBefore = new LinkedHashMap<>();
    private LocalDate lastAssessedAsOf;
    /** The day the interest stopped running for a suspension of art. 3 ¶3, while it stands. */
    private LocalDate pausedSince;
    private transient MoneyView view;

    public void bind(MoneyView view) {
        this.view = view;
    }

    /** The interest of every claimant with an instrument, as of a day, in whole fen (rounded down); none when zero. */
    public List<ClaimantAmount> asOf(LocalDate day) {
        List<ClaimantAmount> due = new ArrayList<>();
        accounts.forEach((id, account) -> {
            BigInteger fen = account.accruedTo(runningTo(day)).fenDays().multiply(RATE_NUMERATOR).divide(RATE_DENOMINATOR);
            if (fen.signum() > 0) {
                if (fen.compareTo(BigInteger.valueOf(Money.LIMIT.fen())) > 0) {
                    throw new ArithmeticException("late interest of " + id + " exceeds the amount limit");
                }
                due.add(new ClaimantAmount(id, Money.ofFen(fen.longValueExact())));
            }
        });
        return due;
    }

    /** The last day interest runs to when asked as of {@code day}: not past a suspension of art. 3 ¶3. */
    private LocalDate runningTo(LocalDate day) {
        return pausedSince != null && pausedSince.isBefore(day) ? pausedSince : day;
    }

    /**
     * The days of the instruments' schedules a payment of these allocations on {@code on} completes: every claimant of
     * the instrument has then received all that was due by that day (earlier payments discharge the earliest parts).
     */
    public List<DayPaid> daysPaidBy(List<ClaimantAmount> allocations) {
        Map<ClaimantId, Long> paying = new LinkedHashMap<>();
        allocations.forEach(a -> paying.merge(a.claimantId(), a.amount().fen(), Long::sum));
        List<DayPaid> paid = new ArrayList<>();
        accounts.values().stream().flatMap(a -> a.tranches().stream()).map(t -> new DayPaid(t.documentNo(), t.dueOn()))
                .distinct().forEach(day -> {
                    boolean before = true;
                    boolean after = true;
                    for (Map.Entry<ClaimantId, Account> e : accounts.entrySet()) {
                        Account a = e.getValue();
                        if (a.tranches().stream().noneMatch(t -> t.documentNo().equals(day.documentNo()))) {
                            continue;
                        }
                        long due = a.dueBy(day.dueOn());
                        before &= a.receivedFen() >= due;
                        after &= a.receivedFen() + paying.getOrDefault(e.getKey(), 0L) >= due;
                    }
                    if (after && !before) {
                        paid.add(day);
                    }
                });
        return paid;
    }

    public LocalDate lastAssessedAsOf() {
        return lastAssessedAsOf;
    }

    /** As of a day after the performance period and not after today, later than the last assessment; refused when nothing is due. */
    @CommandHandler
    void handle(AssessLateInterest c) {
        require(view.hasEffectiveInstrument(), RuleCode.NO_EFFECTIVE_INSTRUMENT, null, null);
        LocalDate performanceDue = view.latestPerformanceDue();
        require(c.asOf().isAfter(performanceDue), RuleCode.INSTRUMENT_NOT_YET_DUE, "asOf", "performance due " + performanceDue);
        require(!c.asOf().isAfter(view.context().today()), RuleCode.DATE_IN_FUTURE, "asOf", c.asOf() + " is after today");
        require(lastAssessedAsOf == null || c.asOf().isAfter(lastAssessedAsOf), RuleCode.LATE_INTEREST_ASOF_NOT_LATER, "asOf",
                "last assessed as of " + lastAssessedAsOf);
        List<ClaimantAmount> due;
        try {
            due = asOf(c.asOf());
        } catch (ArithmeticException tooLarge) {
            throw new CaseRuleViolation(RuleCode.AMOUNT_TOO_LARGE, "asOf", tooLarge.getMessage());
        }
        require(!due.isEmpty(), RuleCode.NO_LATE_INTEREST, "asOf", "nothing was unpaid after " + performanceDue);
        apply(new LateInterestAssessed(view.caseId(), c.asOf(), due, c.occurredOn()));
    }

    @EventSourcingHandler
    void on(InstrumentBecameEffective e) {
        // a later instrument replaces an earlier one for the claimants it names: their interest starts again from it
        // the base is the money debt except interest, the instrument's own 一般债务利息 too (解释 art. 1 ¶3)
        Map<ClaimantId, Long> debt = new LinkedHashMap<>();
        for (EnforceableAmount a : e.amounts()) {
            if (!a.component().isInterest()) {
                debt.merge(a.claimantId(), a.amount().fen(), Long::sum);
            }
        }
        // an instrument states the sum still owed: what was paid before it is not deducted again (read so since 0.4)
        boolean net = !e.amountsIncludeEarlierPayments();
        debt.forEach((id, fen) -> {
            List<Tranche> tranches = tranchesOf(e, id, fen);
            LocalDate first = tranches.get(0).dueOn();
            accounts.put(id, new Account(tranches, net ? 0L : receivedBefore.getOrDefault(id, 0L), first, BigInteger.ZERO));
        });
        lastAssessedAsOf = null;
    }

    /**
     * A claimant's debt by due day: his instalments, the rest due with his last one; with no schedule all of it on the
     * performance day, or (as stored before 0.4, with only a last instalment's day) all on that last day.
     */
    private static List<Tranche> tranchesOf(InstrumentBecameEffective e, ClaimantId id, long debtFen) {
        List<Tranche> tranches = new ArrayList<>();
        long scheduled = 0;
        for (Instalment i : e.instalments()) {
            if (id.equals(i.claimantId())) {
                long fen = Math.min(i.amount().fen(), debtFen - scheduled); // the schedule never exceeds the debt
                tranches.add(new Tranche(e.documentNo(), i.dueOn(), fen));
                scheduled += fen;
            }
        }
        if (tranches.isEmpty()) {
            LocalDate due = e.instalments().isEmpty() && e.lastInstalmentDue() != null ? e.lastInstalmentDue() : e.performanceDue();
            return List.of(new Tranche(e.documentNo(), due, debtFen));
        }
        if (scheduled < debtFen) {
            tranches.add(new Tranche(e.documentNo(), tranches.get(tranches.size() - 1).dueOn(), debtFen - scheduled));
        }
        tranches.sort(java.util.Comparator.comparing(Tranche::dueOn));
        return List.copyOf(tranches);
    }

    /** 中止执行 for a review not on the debtor's application or a retrial: the interest stops (解释 art. 3 ¶3). */
    @EventSourcingHandler
    void on(EnforcementSuspended e) {
        if (e.cause().pausesLateInterest() && pausedSince == null) {
            accounts.replaceAll((id, account) -> account.accruedTo(e.occurredOn()));
            pausedSince = e.occurredOn();
        }
    }

    @EventSourcingHandler
    void on(EnforcementSuspensionEnded e) {
        if (pausedSince != null) {
            accounts.replaceAll((id, account) -> account.resumingOn(e.occurredOn()));
            pausedSince = null;
        }
    }

    @EventSourcingHandler
    void on(org.caseledger.core.litigation.EnforcementOfAwardRefused e) {
        e.claimantIds().forEach(accounts::remove);
    }

    @EventSourcingHandler
    void on(PaymentReceived e) {
        e.allocations().forEach(a -> receive(a, e.occurredOn()));
    }

    @EventSourcingHandler
    void on(PaymentAllocated e) {
        e.allocations().forEach(a -> receive(a, e.occurredOn()));
    }

    @EventSourcingHandler
    void on(LateInterestAssessed e) {
        lastAssessedAsOf = e.asOf();
    }

    private void receive(ClaimantAmount a, LocalDate on) {
        receivedBefore.merge(a.claimantId(), a.amount().fen(), Long::sum);
        accounts.computeIfPresent(a.claimantId(), (id, account) -> account.receiving(a.amount().fen(), runningTo(on)));
    }
}
