package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/**
 * 申请执行 on an effective instrument (民事诉讼法 art. 250: within 2 years): {@code documentNo} names which, when a case
 * has several (an award for the workers who did not sue, a judgment for those who did); by default the latest.
 */
public record ApplyForEnforcement(
        @TargetAggregateIdentifier CaseId caseId,
        String court,
        String documentNo,
        LocalDate occurredOn) implements DatedCommand {

    public ApplyForEnforcement {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(court, "court");
    }

    /** On the latest effective instrument. */
    public ApplyForEnforcement(CaseId caseId, String court, LocalDate occurredOn) {
        this(caseId, court, null, occurredOn);
    }
}
