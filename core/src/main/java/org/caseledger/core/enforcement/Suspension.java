package org.caseledger.core.enforcement;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.deadline.CaseView;
import org.caseledger.core.kernel.RuleCode;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * 中止执行: enforcement suspended by the court and going on again. The court's acts: recorded, one suspension at a time;
 * what it does to the late interest the money decides (迟延履行利息解释 art. 3 ¶3).
 */
public class Suspension {

    /** The cause of the suspension enforcement now stands under, or null. */
    private SuspensionCause suspendedFor;
    private transient CaseView view;

    public void bind(CaseView view) {
        this.view = view;
    }

    public SuspensionCause suspendedFor() {
        return suspendedFor;
    }

    @CommandHandler
    void handle(SuspendEnforcement c) {
        require(suspendedFor == null, RuleCode.ENFORCEMENT_ALREADY_SUSPENDED, null, "suspended for " + suspendedFor);
        apply(new EnforcementSuspended(view.caseId(), c.cause(), c.occurredOn()));
    }

    @CommandHandler
    void handle(EndEnforcementSuspension c) {
        require(suspendedFor != null, RuleCode.NO_ENFORCEMENT_SUSPENSION, null, null);
        apply(new EnforcementSuspensionEnded(view.caseId(), c.occurredOn()));
    }

    @EventSourcingHandler
    void on(EnforcementSuspended e) {
        suspendedFor = e.cause();
    }

    @EventSourcingHandler
    void on(EnforcementSuspensionEnded e) {
        suspendedFor = null;
    }
}
