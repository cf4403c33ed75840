package org.caseledger.core.supervision;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import static org.caseledger.core.kernel.SummaryArg.*;

/** The joint mechanism was activated for the case. */
public record JointMechanismActivated(
        CaseId caseId,
        Set<JointPartner> partners,
        LocalDate occurredOn) implements WageCaseEvent {

    public JointMechanismActivated {
        Objects.requireNonNull(caseId, "caseId");
        partners = Set.copyOf(Objects.requireNonNull(partners, "partners"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("JointMechanismActivated", codes(partners));
    }
}
