package org.caseledger.core.litigation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.DatedCommand;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 撤诉 / 驳回起诉 / 不予受理: a suit after arbitration ended by a ruling, not a judgment; received on occurredOn. {@code side}:
 * whose suit (default the workers'). {@code employerReceivedOn}: the day the employer received the ruling (by default the
 * same day): from it run the employer's 30 days to apply to set a final award aside (劳动争议解释(一) arts. 18(二), 21 ¶2).
 * The award then takes effect (法释〔2000〕18号): record it with {@code RecordInstrumentEffective}.
 */
public record RecordSuitEnded(
        @TargetAggregateIdentifier CaseId caseId,
        SuitEnding ending,
        PartySide side,
        String documentNo,
        LocalDate employerReceivedOn,
        LocalDate occurredOn) implements DatedCommand {

    public RecordSuitEnded {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(ending, "ending");
        side = side == null ? PartySide.WORKER : side;
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
