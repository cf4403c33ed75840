package org.caseledger.core.litigation;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/**
 * 判决: a judgment, served on the workers on occurredOn; {@code employerServedOn}, when known, the day it was served on
 * the employer, whose own 15 days to appeal run from then (民事诉讼法 arts. 171, 85). {@code smallClaims}: given in the
 * small-claims procedure, final at first instance: no appeal lies (民事诉讼法 art. 165; 民事诉讼法解释 art. 271).
 */
public record RecordJudgment(
        @TargetAggregateIdentifier CaseId caseId,
        String documentNo,
        CourtInstance instance,
        LocalDate employerServedOn,
        LocalDate occurredOn,
        Boolean smallClaims) implements DatedCommand {

    public RecordJudgment {
        smallClaims = smallClaims != null && smallClaims; // left out by a client of 0.3: no
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(documentNo, "documentNo");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(documentNo, "documentNo");
    }

    public RecordJudgment(CaseId caseId, String documentNo, CourtInstance instance, LocalDate employerServedOn, LocalDate occurredOn) {
        this(caseId, documentNo, instance, employerServedOn, occurredOn, false);
    }

    /** Served on both sides the same day, or on the employer on a day not known. */
    public RecordJudgment(CaseId caseId, String documentNo, CourtInstance instance, LocalDate occurredOn) {
        this(caseId, documentNo, instance, null, occurredOn);
    }
}
