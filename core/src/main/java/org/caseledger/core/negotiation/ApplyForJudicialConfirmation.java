package org.caseledger.core.negotiation;

import org.caseledger.core.kernel.DatedCommand;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/**
 * 申请司法确认: the parties ask the basic court to confirm their mediation agreement ({@code promiseId}), jointly and
 * within 30 days of its taking effect (民事诉讼法 art. 205; 劳动争议解释(一) art. 51 ¶1). Once confirmed, the agreement is
 * enforceable like a judgment: the 大武口 "调、裁、诉" one-stop road from mediation to enforcement.
 */
public record ApplyForJudicialConfirmation(
        @TargetAggregateIdentifier CaseId caseId,
        String court,
        PromiseId promiseId,
        LocalDate occurredOn,
        Boolean jointly) implements DatedCommand {

    public ApplyForJudicialConfirmation {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(promiseId, "promiseId");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(court, "court");
    }

    /** Whether both parties applied together not stated. */
    public ApplyForJudicialConfirmation(CaseId caseId, String court, PromiseId promiseId, LocalDate occurredOn) {
        this(caseId, court, promiseId, occurredOn, null);
    }
}
