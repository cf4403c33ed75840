package org.caseledger.core.litigation;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/**
 * The intermediate court's ruling on the employer's application, received on occurredOn: {@code setAside} true when
 * it set the award aside (the worker may then sue within 15 days, 劳动争议调解仲裁法 art. 49 ¶3), false when it
 * dismissed the application (the award stands). {@code awardNo}: which award's application it answers (default: the
 * only one pending).
 */
public record RecordSetAsideRuling(
        @TargetAggregateIdentifier CaseId caseId,
        String documentNo,
        String awardNo,
        boolean setAside,
        LocalDate occurredOn) implements DatedCommand {

    public RecordSetAsideRuling {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(documentNo, "documentNo");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(documentNo, "documentNo");
    }

    /** On the only application pending. */
    public RecordSetAsideRuling(CaseId caseId, String documentNo, boolean setAside, LocalDate occurredOn) {
        this(caseId, documentNo, null, setAside, occurredOn);
    }
}
