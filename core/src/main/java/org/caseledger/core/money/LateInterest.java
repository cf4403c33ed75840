package org.caseledger.core.money;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.kernel.CaseRuleViolation;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.EnforceableAmount;
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
 * 迟延履行利息 (民事诉讼法 art. 264; 迟延履行利息解释, 法释〔2014〕8号, arts. 1, 3-4): from the day after the performance
 * period of the effective instrument ends, each claimant's unpaid money debt (the instrument's amounts except late
 * interest itself) bears 1.75‱ a day until paid; payments discharge the debt first and the interest after it. Kept as
 * fen·days per claimant, exactly; the interest is those times 175 / 1,000,000, rounded down to the fen.
 */
public class LateInterest {

    /** Daily rate 万分之一点七五 as a fraction 175 / 1,000,000. */
    static final BigInteger RATE_NUMERATOR = BigInteger.valueOf(175);
    static final BigInteger RATE_DENOMINATOR = BigInteger.valueOf(1_000_000);

    /** One claimant's running account: the debt unpaid now, the fen·days accrued up to {@code accruedTo}. */
    public record Account(long debtFen, long receivedFen, LocalDate accruedTo, BigInteger fenDays) {

        long unpaidFen() {
            return Math.max(0, debtFen - receivedFen);
        }

        /** The account accrued up to {@code day} (no change before the performance period ended). */
        Account accruedTo(LocalDate day) {
            if (!day.isAfter(accruedTo)) {
                return this;
            }
            long days = ChronoUnit.DAYS.between(accruedTo, day);
            return new Account(debtFen, receivedFen, day, fenDays.add(BigInteger.valueOf(unpaidFen()).multiply(BigInteger.valueOf(days))));
        }

        Account receiving(long fen, LocalDate on) {
            Account accrued = accruedTo(on);
            return new Account(debtFen, accrued.receivedFen + fen, accrued.accruedTo, accrued.fenDays);
        }
    }

    private final Map<ClaimantId, Account> accounts = new LinkedHashMap<>();
    private final Map<ClaimantId, Long> receivedBefore = new LinkedHashMap<>();
    private LocalDate lastAssessedAsOf;
    private transient MoneyView view;

    public void bind(MoneyView view) {
        this.view = view;
    }

    /** The interest of every claimant with an instrument, as of a day, in whole fen (rounded down); none when zero. */
    public List<ClaimantAmount> asOf(LocalDate day) {
        List<ClaimantAmount> due = new ArrayList<>();
        accounts.forEach((id, account) -> {
            BigInteger fen = account.accruedTo(day).fenDays().multiply(RATE_NUMERATOR).divide(RATE_DENOMINATOR);
            if (fen.signum() > 0) {
                if (fen.compareTo(BigInteger.valueOf(Money.LIMIT.fen())) > 0) {
                    throw new ArithmeticException("late interest of " + id + " exceeds the amount limit");
                }
                due.add(new ClaimantAmount(id, Money.ofFen(fen.longValueExact())));
            }
        });
        return due;
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
        LocalDate due = e.lastInstalmentDue() != null ? e.lastInstalmentDue() : e.performanceDue();
        // an instrument states the sum still owed: what was paid before it is not deducted again (read so since 0.4)
        boolean net = !e.amountsIncludeEarlierPayments();
        debt.forEach((id, fen) -> accounts.put(id, new Account(fen, net ? 0L : receivedBefore.getOrDefault(id, 0L), due, BigInteger.ZERO)));
        lastAssessedAsOf = null;
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
        accounts.computeIfPresent(a.claimantId(), (id, account) -> account.receiving(a.amount().fen(), on));
    }
}
