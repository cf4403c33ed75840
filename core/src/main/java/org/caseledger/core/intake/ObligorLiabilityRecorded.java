package org.caseledger.core.intake;

import org.caseledger.core.kernel.LiabilityGround;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.LiabilityKind;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/**
 * An obligor's liability was recorded (or changed): from now on it answers as {@code liability}, up to the cap if any, on
 * {@code ground} where the law names it (stored before 0.4 without).
 */
public record ObligorLiabilityRecorded(
        CaseId caseId,
        ObligorId obligorId,
        LiabilityKind liability,
        Money liabilityCap,
        String basis,
        LocalDate occurredOn,
        LiabilityGround ground) implements WageCaseEvent {

    public ObligorLiabilityRecorded {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(liability, "liability");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    public ObligorLiabilityRecorded(CaseId caseId, ObligorId obligorId, LiabilityKind liability, Money liabilityCap, String basis,
                                    LocalDate occurredOn) {
        this(caseId, obligorId, liability, liabilityCap, basis, occurredOn, null);
    }

    @Override
    public Description describe() {
        return Description.step("ObligorLiabilityRecorded", obligor(obligorId), code(liability), flag(liabilityCap != null),
                money(liabilityCap), text(basis), code(ground), flag(ground != null));
    }
}
