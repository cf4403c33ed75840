package org.caseledger.core.authority;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.RuleCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * What the labour administration and the police did about an obligor: orders to pay (责令支付), referrals of the crime
 * of refusing to pay wages and the police's decisions (刑法 art. 276-1), listings for serious arrears.
 */
public class AuthorityActions {

    /** The earliest day each obligor was to pay by under an order to pay: the first order it could let pass. */
    private final Map<ObligorId, LocalDate> earliestPayBy = new HashMap<>();
    private final Set<String> orderNos = new HashSet<>();
    private final Set<ObligorId> referred = new HashSet<>();
    private transient AuthorityView view;

    public void bind(AuthorityView view) {
        this.view = view;
    }

    /** Some obligor was referred to the police, whose decision is then awaited. */
    public boolean hasReferral() {
        return !referred.isEmpty();
    }

    /** 责令支付 (劳动保障监察条例 art. 26): the labour administration's order to pay by a day. */
    @CommandHandler
    void handle(RecordOrderToPay c) {
        view.obligor(c.obligorId(), "obligorId");
        require(!orderNos.contains(c.documentNo()), RuleCode.DUPLICATE_INSTRUMENT, "documentNo", "order " + c.documentNo());
        apply(new OrderToPayIssued(view.caseId(), c.obligorId(), c.authority(), c.documentNo(), c.amount(), c.payBy(), c.occurredOn(),
                c.service()));
    }

    /**
     * 刑法 art. 276-1; 人社部发〔2014〕100号: the orders to pay it let pass are the ground of the referral, and end with it.
     * The referral carries the figures of 法释〔2013〕3号 art. 3 as they stand, and the thresholds of the case's province.
     */
    @CommandHandler
    void handle(ReferToPolice c, CriminalThresholds thresholds) {
        view.obligor(c.obligorId(), "obligorId");
        List<DeadlineClosure> closed = view.deadlines().all().stream().filter(d -> d.kind() == DeadlineKind.ORDER_TO_PAY)
                .map(d -> d.doneOn(c.occurredOn())).toList();
        Map<ClaimantId, Money> unpaid = view.unpaidRemuneration();
        Money total = Money.sum(unpaid.values());
        int workers = (int) unpaid.values().stream().filter(Money::isPositive).count();
        Money largest = unpaid.values().stream().max(Money::compareTo).orElse(Money.ZERO);
        CriminalThresholds.Threshold threshold = thresholds.at(view.region(), c.occurredOn());
        List<CaseWarning> warnings = referralWarnings(c.obligorId(), c.occurredOn());
        if (total.isZero()) {
            // art. 6: paid before the police filed the case, with no serious consequence, is no crime
            warnings.add(CaseWarning.REMUNERATION_PAID_BEFORE_FILING);
        } else if (largest.compareTo(threshold.oneWorker()) < 0 && (workers < 10 || total.compareTo(threshold.tenWorkers()) < 0)) {
            // art. 3: neither one worker's pay nor ten workers' pay reaches "数额较大"
            warnings.add(CaseWarning.CRIMINAL_AMOUNT_BELOW_THRESHOLD);
        }
        apply(new ReferredToPolice(view.caseId(), c.obligorId(), c.referredBy(), closed, warnings, c.occurredOn(), total, workers, largest,
                threshold.oneWorker(), threshold.tenWorkers(), threshold.region(), threshold.source()));
    }

    /** The police's act is recorded; filing a case when the 劳动报酬 was already paid is flagged (法释〔2013〕3号 art. 6). */
    @CommandHandler
    void handle(RecordPoliceDecision c) {
        require(referred.contains(c.obligorId()), RuleCode.NO_POLICE_REFERRAL, "obligorId", "obligor " + c.obligorId());
        List<CaseWarning> warnings = c.caseFiled() && Money.sum(view.unpaidRemuneration().values()).isZero()
                ? List.of(CaseWarning.REMUNERATION_PAID_BEFORE_FILING) : List.of();
        apply(new PoliceDecided(view.caseId(), c.obligorId(), c.caseFiled(), c.documentNo(), c.occurredOn(), warnings));
    }

    /** 保障农民工工资支付条例 art. 48: the labour administration's list of employers in serious arrears. */
    @CommandHandler
    void handle(RecordArrearsBlacklisting c) {
        view.obligor(c.obligorId(), "obligorId");
        apply(new ObligorBlacklisted(view.caseId(), c.obligorId(), c.authority(), c.listedUntil(), c.occurredOn()));
    }

    /**
     * 刑法 art. 276-1: the crime needs an order to pay that the obligor let pass unpaid (served, or posted when it
     * absconded, 法释〔2013〕3号 art. 4); a referral before any order's day passed is flagged, not refused: it is the
     * authority's act. Any order let pass counts, not only the latest.
     */
    private List<CaseWarning> referralWarnings(ObligorId obligor, LocalDate on) {
        LocalDate payBy = earliestPayBy.get(obligor);
        List<CaseWarning> warnings = new ArrayList<>();
        if (payBy == null || !on.isAfter(payBy)) {
            warnings.add(CaseWarning.POLICE_REFERRAL_WITHOUT_UNPAID_ORDER);
        }
        return warnings;
    }

    @EventSourcingHandler
    void on(OrderToPayIssued e) {
        orderNos.add(e.documentNo());
        earliestPayBy.merge(e.obligorId(), e.payBy(), (a, b) -> a.isBefore(b) ? a : b);
    }

    @EventSourcingHandler
    void on(ReferredToPolice e) {
        referred.add(e.obligorId());
    }
}
