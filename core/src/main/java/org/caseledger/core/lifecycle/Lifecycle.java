package org.caseledger.core.lifecycle;

import org.caseledger.core.kernel.RuleCode;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.kernel.CaseStage;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.caseledger.core.kernel.CaseRuleViolation.require;

/** 结案 and 重新启动: why and in which stage the case closed, so that it can reopen there. */
public class Lifecycle {

    private CaseStage closedInStage;
    private CloseReason closeReason;
    private transient LifecycleView view;

    public void bind(LifecycleView view) {
        this.view = view;
    }

    /** How a supervision matter may end. */
    static final java.util.Set<CloseReason> MATTER_REASONS = java.util.EnumSet.of(CloseReason.RECTIFIED, CloseReason.WITHDRAWN,
            CloseReason.REFERRED_OUT);

    /** Why the case closed; null while it is open. */
    public CloseReason closeReason() {
        return closeReason;
    }

    @CommandHandler
    void handle(CloseCase c) {
        // a matter without a claim ends rectified, withdrawn or referred; 整改到位 is a matter's, never a wage case's
        require(view.isSupervisionMatter() ? MATTER_REASONS.contains(c.reason()) : c.reason() != CloseReason.RECTIFIED,
                RuleCode.CLOSE_REASON_NOT_FOR_THIS_CASE, "reason", c.reason() + (view.isSupervisionMatter() ? " for a supervision matter" : " for a wage case"));
        if (c.reason() == CloseReason.PAID_IN_FULL) {
            view.checkPaidInFull("reason");
        }
        view.checkNothingHeld("reason");
        apply(new CaseClosed(view.caseId(), c.reason(), c.note(), view.stage(), view.deadlines().cancelAll(), c.occurredOn()));
    }

    @CommandHandler
    void handle(ReopenCase c) {
        apply(new CaseReopened(view.caseId(), c.reason(), closedInStage, c.occurredOn()));
    }

    @EventSourcingHandler
    void on(CaseClosed e) {
        closedInStage = e.closedInStage();
        closeReason = e.reason();
    }

    @EventSourcingHandler
    void on(CaseReopened e) {
        closedInStage = null;
        closeReason = null;
    }
}
