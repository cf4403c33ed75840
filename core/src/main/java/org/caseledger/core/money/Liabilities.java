package org.caseledger.core.money;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.enforcement.JudgmentDebtorAdded;
import org.caseledger.core.intake.ObligorLiabilityRecorded;
import org.caseledger.core.intake.WageClaimFiled;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.ObligorRole;
import org.caseledger.core.kernel.RuleCode;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * Who paid into the case and what each obligor can still be made to pay: a capped obligor (the 建设单位 up to its unpaid
 * project funds, 保障农民工工资支付条例 art. 29 ¶2; an added judgment debtor up to its ground's limit, 变更追加规定 arts.
 * 17-19, 22-25) no more than its cap less what it paid; an obligor whose liability is not yet shown (a 用工单位 without
 * its ground, a 建设单位 without its unsettled funds) nothing yet; payers who are no party (the wage deposit, the emergency
 * fund) answer for nothing in the case. What an obligor pays of its own accord is received, beyond its cap too: the cap
 * limits what can be enforced, not what may be paid.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class Liabilities {

    private final Map<ObligorId, Money> caps = new HashMap<>();
    /** The obligors whose liability is not yet shown: a liability to be shown, or a cap not yet recorded. */
    private final java.util.Set<ObligorId> notShown = new java.util.HashSet<>();
    private final Map<ObligorId, Money> paidByObligor = new HashMap<>();
    private final Map<PaymentId, ObligorId> payerByPayment = new HashMap<>();
    /** What payers who are not parties paid in (the wage deposit, the emergency fund), less refunds. */
    private Money paidByOthers = Money.ZERO;

    /**
     * What an obligor with this cap, having paid this much, can be made to pay of what is outstanding: all of it, or no
     * more than the cap less what it paid (never below nothing). The one rule the case and its read models use.
     */
    public static Money owed(Money outstanding, Money cap, Money paid) {
        if (cap == null) {
            return outstanding;
        }
        Money rest = cap.exceeds(paid) ? cap.minus(paid) : Money.ZERO;
        return outstanding.exceeds(rest) ? rest : outstanding;
    }

    /** What the obligor can be made to pay now, of this outstanding total: nothing while its liability is not yet shown. */
    public Money owedBy(ObligorId obligor, Money outstanding) {
        return notShown.contains(obligor) ? Money.ZERO : owed(outstanding, caps.get(obligor), paidBy(obligor));
    }

    /** Whether what the obligor answers for is shown (not a liability still to be shown, nor a cap not yet recorded). */
    public boolean isShown(ObligorId obligor) {
        return !notShown.contains(obligor);
    }

    /** What a capped obligor can still be made to pay (its cap less what it paid), or empty when uncapped. */
    public Optional<Money> remainingCapOf(ObligorId obligor) {
        Money cap = caps.get(obligor);
        return cap == null ? Optional.empty() : Optional.of(cap.minus(paidBy(obligor)));
    }

    /** What an obligor has paid into the case, less refunds. */
    public Money paidBy(ObligorId obligor) {
        return paidByObligor.getOrDefault(obligor, Money.ZERO);
    }

    /** A new cap cannot fall below what the obligor already paid under it (the payments stand). */
    public void checkCapCoversPaid(ObligorId obligor, Money cap) {
        if (cap != null) {
            Money paid = paidBy(obligor);
            require(!paid.exceeds(cap), RuleCode.LIABILITY_CAP_BELOW_PAID, "liabilityCap", obligor + " already paid " + paid);
        }
    }

    /** What the case received stays within {@link Money#LIMIT}, so no sum over its payments can overflow. */
    void checkReceivable(Money amount) {
        long received = Money.sum(paidByObligor.values()).plus(paidByOthers).fen();
        require(amount.isWithinLimit() && amount.fen() <= Money.LIMIT.fen() - received, RuleCode.AMOUNT_TOO_LARGE, "amount",
                "the case would have received more than " + Money.LIMIT);
    }

    /**
     * A party pays, or an authority pays through the state's channels (保障农民工工资支付条例 arts. 32-33, 63): the wage
     * deposit is the general contractor's, the emergency fund no party's.
     */
    void checkPayer(RecordPayment c, MoneyView view) {
        if (c.channel().paidByAuthority()) {
            require(c.payerName() != null && !c.payerName().isBlank(), RuleCode.AUTHORITY_PAYER_NAME_REQUIRED, "payerName", null);
            require(c.channel() != PaymentChannel.EMERGENCY_FUND || c.payerObligorId() == null, RuleCode.EMERGENCY_FUND_NAMES_NO_OBLIGOR,
                    "payerObligorId", null);
            if (c.payerObligorId() != null) {
                require(view.obligor(c.payerObligorId(), "payerObligorId").role() == ObligorRole.GENERAL_CONTRACTOR,
                        RuleCode.WAGE_DEPOSIT_NEEDS_CONTRACTOR, "payerObligorId", "payer " + c.payerObligorId());
            }
        } else {
            require(c.payerObligorId() != null && view.isParty(c.payerObligorId()), RuleCode.PAYER_NOT_A_PARTY, "payerObligorId",
                    "payer " + c.payerObligorId());
            require(c.channel() != PaymentChannel.CONTRACTOR_ON_BEHALF
                            || view.obligor(c.payerObligorId(), "payerObligorId").role() == ObligorRole.GENERAL_CONTRACTOR,
                    RuleCode.CONTRACTOR_CHANNEL_NEEDS_CONTRACTOR, "channel", null);
        }
    }

    @EventSourcingHandler
    void on(WageClaimFiled e) {
        e.obligors().stream().filter(o -> o.liabilityCap() != null).forEach(o -> caps.put(o.obligorId(), o.liabilityCap()));
        e.obligors().stream().filter(o -> !o.liability().isShown(o.liabilityCap())).forEach(o -> notShown.add(o.obligorId()));
    }

    @EventSourcingHandler
    void on(ObligorLiabilityRecorded e) {
        if (e.liabilityCap() == null) {
            caps.remove(e.obligorId());
        } else {
            caps.put(e.obligorId(), e.liabilityCap());
        }
        if (e.liability().isShown(e.liabilityCap())) {
            notShown.remove(e.obligorId());
        } else {
            notShown.add(e.obligorId());
        }
    }

    @EventSourcingHandler
    void on(JudgmentDebtorAdded e) {
        if (e.liabilityCap() != null) {
            caps.put(e.obligorId(), e.liabilityCap());
        }
    }

    @EventSourcingHandler
    void on(PaymentReceived e) {
        if (e.payerObligorId() == null) {
            paidByOthers = paidByOthers.plus(e.amount());
        } else {
            payerByPayment.put(e.paymentId(), e.payerObligorId());
            paidByObligor.merge(e.payerObligorId(), e.amount(), Money::plus);
        }
    }

    @EventSourcingHandler
    void on(UnallocatedFundsRefunded e) {
        ObligorId payer = payerByPayment.get(e.paymentId());
        if (payer == null) {
            paidByOthers = paidByOthers.minus(e.amount());
        } else {
            paidByObligor.computeIfPresent(payer, (id, paid) -> paid.minus(e.amount()));
        }
    }
}
