package org.caseledger.core.supervision;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/** 启动"工会+法院+检察院+人社+司法+N"联动机制 for this case. */
public record ActivateJointMechanism(
        @TargetAggregateIdentifier CaseId caseId,
        Set<JointPartner> partners,
        LocalDate occurredOn) implements DatedCommand {

    public ActivateJointMechanism {
        Objects.requireNonNull(caseId, "caseId");
        partners = Set.copyOf(Objects.requireNonNull(partners, "partners"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
