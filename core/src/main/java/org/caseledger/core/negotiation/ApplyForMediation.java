package org.caseledger.core.negotiation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.DatedCommand;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.require;
import static org.caseledger.core.kernel.CaseRuleViolation.requireText;
import static org.caseledger.core.kernel.RuleCode.MEDIATOR_REQUIRED;

/**
 * 申请调解: the worker applies to a mediation body ({@code body}, of kind {@code mediator}) — a request for relief that
 * interrupts the arbitration year (劳动争议调解仲裁法 art. 27 ¶2). The parties alone are no mediator.
 */
public record ApplyForMediation(
        @TargetAggregateIdentifier CaseId caseId,
        MediatorKind mediator,
        String body,
        LocalDate occurredOn) implements DatedCommand {

    public ApplyForMediation {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(mediator, "mediator");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(body, "body");
        require(mediator != MediatorKind.NONE, MEDIATOR_REQUIRED, "mediator", "an application for mediation goes to a mediator");
    }
}
