package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.MarkKind;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.EnforcementState;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** A judgment debtor was added by ruling on occurredOn; it owes the same debt, not a second one (变更追加规定 art. 26). */
public record JudgmentDebtorAdded(
        CaseId caseId,
        ObligorId obligorId,
        String name,
        AdditionGround ground,
        Money liabilityCap,
        LocalDate appliedOn,
        List<CaseWarning> warnings,
        LocalDate occurredOn) implements WageCaseEvent {

    public JudgmentDebtorAdded {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(appliedOn, "appliedOn");
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public EnforcementState enforcementStateAfter(EnforcementState current) {
        return EnforcementState.MEASURES;
    }

    @Override
    public Description describe() {
        return Description.mark(MarkKind.MEASURE, "JudgmentDebtorAdded", text(name), code(ground), flag(liabilityCap != null),
                money(liabilityCap));
    }
}
