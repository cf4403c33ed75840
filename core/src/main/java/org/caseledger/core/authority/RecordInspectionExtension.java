package org.caseledger.core.authority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.DatedCommand;

import java.time.LocalDate;
import java.util.Objects;

/** The inspectorate extended its investigation of a complex case by 30 working days, with the head of the department's approval (劳动保障监察条例 art. 17); a second extension is recorded with a warning. */
public record RecordInspectionExtension(
        @TargetAggregateIdentifier CaseId caseId,
        LocalDate occurredOn) implements DatedCommand {

    public RecordInspectionExtension {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
