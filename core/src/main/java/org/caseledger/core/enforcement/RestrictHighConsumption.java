package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/** 限制高消费: restrict an obligor and the persons who answer for it. */
public record RestrictHighConsumption(
        @TargetAggregateIdentifier CaseId caseId,
        ObligorId obligorId,
        List<RestrictedPerson> subjects,
        LocalDate occurredOn) implements DatedCommand {

    public RestrictHighConsumption {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(obligorId, "obligorId");
        subjects = List.copyOf(Objects.requireNonNull(subjects, "subjects"));
        Objects.requireNonNull(occurredOn, "occurredOn");
        require(!subjects.isEmpty(), RuleCode.REASON_REQUIRED, "subjects", "name who the restriction binds");
    }
}
