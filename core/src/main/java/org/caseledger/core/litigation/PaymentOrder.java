package org.caseledger.core.litigation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.deadline.CourtPeriod;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.kernel.InterruptionCause;
import org.caseledger.core.kernel.InterruptionSource;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.RuleCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * 支付令 (督促程序, 民事诉讼法 arts. 225-228; 民事诉讼法解释 arts. 427-440): the application, the order and its service,
 * the debtor's objection and what it ends. An objection ends the order only for what it objects to and whom it comes from
 * (arts. 432-433); the rest stands and may take effect.
 */
public class PaymentOrder {

    private boolean applied;
    private String documentNo;
    private LocalDate objectionDueOn;
    /** The debtors the order was asked against; empty: the case's obligors as one. */
    private final Set<ObligorId> debtors = new LinkedHashSet<>();
    /** The whole order ended (an objection to all of it). */
    private boolean lapsed;
    /** The workers whose claims an objection ended, and the debtors for whom it ended. */
    private final Set<ClaimantId> lapsedFor = new LinkedHashSet<>();
    private final Set<ObligorId> lapsedAgainst = new LinkedHashSet<>();
    private transient LitigationView view;

    public void bind(LitigationView view) {
        this.view = view;
    }

    /** Applied for, and the court has not yet issued it. */
    public boolean awaitsOrder() {
        return applied && documentNo == null;
    }

    /** An objection ended the order, or part of it: the worker's road is arbitration (解释(一) art. 13). */
    public boolean hasLapsed() {
        return lapsed || !lapsedFor.isEmpty() || !lapsedAgainst.isEmpty();
    }

    /**
     * The order may take effect for these amounts: applied for, not wholly ended, and not ended for the workers they
     * name (民事诉讼法解释 art. 432).
     */
    public void checkStanding(Collection<EnforceableAmount> amounts) {
        require(applied, RuleCode.NO_PAYMENT_ORDER, null, null);
        require(!lapsed, RuleCode.PAYMENT_ORDER_LAPSED, null, null);
        amounts.forEach(a -> require(!lapsedFor.contains(a.claimantId()), RuleCode.PAYMENT_ORDER_LAPSED, "amounts",
                "the objection ended the order for " + a.claimantId()));
    }

    /**
     * 劳动合同法 art. 30 ¶2: on any wage arrears, not only a broken mediation agreement; it interrupts the arbitration year.
     * Not accepted after a 诉前保全 (民事诉讼法解释 art. 427(7)): the court's to refuse, so recorded and flagged.
     */
    @CommandHandler
    void handle(ApplyForPaymentOrder c) {
        c.obligorIds().forEach(id -> view.obligor(id, "obligorIds"));
        List<CaseWarning> warnings = view.wasPreservedBeforeProceedings() ? List.of(CaseWarning.PAYMENT_ORDER_AFTER_PRESERVATION)
                : List.of();
        apply(new PaymentOrderApplied(view.caseId(), c.court(), c.occurredOn(), c.obligorIds(), warnings));
        view.interruptionBy(InterruptionCause.MEDIATION_OR_PAYMENT_ORDER_APPLIED, List.of(), InterruptionSource.PAYMENT_ORDER.note(""), c.occurredOn())
                .ifPresent(e -> apply(e));
    }

    /**
     * 民事诉讼法 art. 227: 15 days from service to pay or object, counted as art. 85 counts. Served more than 30 days after
     * issue: recorded, and flagged (the order had lapsed, 民事诉讼法解释 art. 430(2)).
     */
    @CommandHandler
    void handle(RecordPaymentOrderIssued c) {
        require(applied, RuleCode.NO_PAYMENT_ORDER, null, null);
        require(documentNo == null, RuleCode.PAYMENT_ORDER_ALREADY_ISSUED, null, "order " + documentNo);
        List<CaseWarning> warnings = c.issuedOn() != null && c.occurredOn().isAfter(CourtPeriod.lastDay(c.issuedOn(), 30, view.context().calendar()))
                ? List.of(CaseWarning.PAYMENT_ORDER_SERVED_AFTER_30_DAYS) : List.of();
        apply(new PaymentOrderIssued(view.caseId(), c.documentNo(), CourtPeriod.lastDay(c.occurredOn(), 15, view.context().calendar()),
                c.occurredOn(), c.issuedOn(), warnings));
    }

    /**
     * The debtor's objection is a fact: recorded; whether it ends the order follows from its form, its ground and its day
     * (民事诉讼法 art. 227: a late one does not; 民事诉讼法解释 art. 436: an oral one, or one pleading only inability to pay,
     * does not), and what it ends from what it concerns (arts. 432-433).
     */
    @CommandHandler
    void handle(RecordPaymentOrderObjection c) {
        checkStanding(List.of());
        if (!c.claimantIds().isEmpty()) {
            view.checkClaimants(c.claimantIds(), "claimantIds");
        }
        if (c.obligorId() != null) {
            view.obligor(c.obligorId(), "obligorId");
            require(debtors.isEmpty() || debtors.contains(c.obligorId()), RuleCode.UNKNOWN_OBLIGOR, "obligorId",
                    "the order is not against " + c.obligorId());
        }
        boolean late = objectionDueOn != null && c.occurredOn().isAfter(objectionDueOn);
        List<CaseWarning> warnings = new ArrayList<>();
        if (late) {
            warnings.add(CaseWarning.PAYMENT_ORDER_OBJECTION_LATE);
        }
        if (c.ground() == ObjectionGround.INABILITY_TO_PAY_ONLY) {
            warnings.add(CaseWarning.PAYMENT_ORDER_OBJECTION_ONLY_INABILITY);
        }
        if (c.form() == ObjectionForm.ORAL) {
            warnings.add(CaseWarning.PAYMENT_ORDER_OBJECTION_ORAL);
        }
        boolean ends = c.ground() == ObjectionGround.DISPUTES_DEBT && !late && c.form() == ObjectionForm.WRITTEN;
        // one of several debtors objecting ends the order against it alone; the only debtor objecting, all of it
        ObligorId against = c.obligorId() != null && debtors.size() > 1 ? c.obligorId() : null;
        LocalDate deemedSuitDue = ends && c.terminationReceivedOn() != null
                ? CourtPeriod.lastDay(c.terminationReceivedOn(), 7, view.context().calendar()) : null;
        apply(new PaymentOrderObjected(view.caseId(), c.ground(), ends, view.deadlines().doneOn(c.occurredOn(), DeadlineKind.PAYMENT_ORDER_OBJECTION),
                warnings, c.occurredOn(), c.form(), c.claimantIds(), against, deemedSuitDue));
    }

    @EventSourcingHandler
    void on(PaymentOrderApplied e) {
        applied = true;
        debtors.clear();
        debtors.addAll(e.obligorIds());
    }

    @EventSourcingHandler
    void on(PaymentOrderIssued e) {
        documentNo = e.documentNo();
        objectionDueOn = e.objectionDueOn();
    }

    @EventSourcingHandler
    void on(PaymentOrderObjected e) {
        if (!e.orderLapsed()) {
            return;
        }
        if (!e.isPartial()) {
            lapsed = true;
        }
        lapsedFor.addAll(e.claimantIds());
        if (e.obligorId() != null) {
            lapsedAgainst.add(e.obligorId());
        }
    }
}
