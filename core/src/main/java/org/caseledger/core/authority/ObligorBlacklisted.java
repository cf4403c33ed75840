package org.caseledger.core.authority;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** The obligor is on the labour administration's list of serious wage-arrears defaulters until {@code listedUntil}. */
public record ObligorBlacklisted(
        CaseId caseId,
        ObligorId obligorId,
        String authority,
        LocalDate listedUntil,
        LocalDate occurredOn) implements WageCaseEvent {

    public ObligorBlacklisted {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("ObligorBlacklisted", obligor(obligorId), text(authority), flag(listedUntil != null), day(listedUntil));
    }
}
