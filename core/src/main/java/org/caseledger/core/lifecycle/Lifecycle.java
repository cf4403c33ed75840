package org.caseledger.core.lifecycle;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.kernel.CaseStage;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** 结案 and 重新启动: why and in which stage the case closed, so that it can reopen there. */
public class Lifecycle {

    private CaseStage closedInStage;
    private CloseReason closeReason;
    private transient LifecycleView view;

    public void bind(LifecycleView view) {
        this.view = view;
    }

    /** Why the case closed; null while it is open. */
    public CloseReason closeReason() {
        return closeReason;
    }

    @CommandHandler
    void handle(CloseCase c) {
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
