package org.caseledger.projections.deadlines;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.caseledger.core.negotiation.MarkPaymentPromiseBroken;
import org.caseledger.core.negotiation.PromiseId;
import org.caseledger.core.supervision.LetterId;
import org.caseledger.core.supervision.MarkLetterReplyOverdue;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseRuleViolation;
import org.caseledger.projections.ReadModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;

/**
 * Sends the deadline commands for open deadlines whose day has passed: {@code MarkPaymentPromiseBroken} and
 * {@code MarkLetterReplyOverdue}, and {@code MarkWorkOrderOverdue} for the work orders' time limits. Safe to run on several instances and again after a restart: the aggregate
 * accepts a deadline command only once the day has passed and ignores a repeat, and the deadline leaves the
 * buckets as soon as its "missed" event is projected. Other deadline kinds have no command; they show as
 * overdue on the timeline, the case list and the dashboard.
 */
public final class DeadlineSweeper {

    private static final Logger log = LoggerFactory.getLogger(DeadlineSweeper.class);

    /** What one sweep did. */
    public record Sweep(int sent, int refused, int failed) {
    }

    private final ReadModels readModels;
    private final CommandGateway commands;

    public DeadlineSweeper(ReadModels readModels, CommandGateway commands) {
        this.readModels = readModels;
        this.commands = commands;
    }

    public Sweep sweep(LocalDate today) {
        int sent = 0;
        int refused = 0;
        int failed = 0;
        DeadlineBuckets buckets = new DeadlineBuckets(readModels.active().deadlines());
        for (DeadlineBuckets.Due due : buckets.dueOnOrBefore(today.minusDays(1))) {
            Object command = switch (due.kind()) {
                case "PROMISED_PAYMENT" -> new MarkPaymentPromiseBroken(CaseId.of(due.caseId()), PromiseId.of(due.subject()));
                case "LETTER_REPLY" -> new MarkLetterReplyOverdue(CaseId.of(due.caseId()), LetterId.of(due.subject()));
                default -> null;
            };
            if (command == null) {
                continue;
            }
            try {
                commands.sendAndWait(command);
                sent++;
            } catch (CaseRuleViolation refusedByRule) {
                // e.g. paid or answered meanwhile: the case knows better than the read model
                refused++;
                log.debug("Deadline {} of case {} not marked: {}", due.key(), due.caseId(), refusedByRule.getMessage());
            } catch (RuntimeException e) {
                failed++;
                log.warn("Deadline {} of case {} not marked this time, will retry: {}", due.key(), due.caseId(), e.toString());
            }
        }
        // the work orders' time limits: signing, handling, callback (the order marks each once)
        for (var due : readModels.active().workOrderDocuments().dueOnOrBefore(today.minusDays(1))) {
            try {
                commands.sendAndWait(new org.caseledger.core.workorder.MarkWorkOrderOverdue(org.caseledger.core.workorder.WorkOrderId.of(due.workOrderId()),
                        org.caseledger.core.workorder.WorkOrderTimeLimit.valueOf(due.limit())));
                sent++;
            } catch (CaseRuleViolation refusedByRule) {
                refused++;
                log.debug("Time limit {} of work order {} not marked: {}", due.limit(), due.workOrderId(), refusedByRule.getMessage());
            } catch (RuntimeException e) {
                failed++;
                log.warn("Time limit {} of work order {} not marked this time, will retry: {}", due.limit(), due.workOrderId(), e.toString());
            }
        }
        if (sent + refused + failed > 0) {
            log.info("Deadline sweep for {}: {} sent, {} refused, {} failed", today, sent, refused, failed);
        }
        return new Sweep(sent, refused, failed);
    }
}
