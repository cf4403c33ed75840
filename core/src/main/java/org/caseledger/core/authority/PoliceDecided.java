package org.caseledger.core.authority;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** The police filed a criminal case against the obligor (or declined to). */
public record PoliceDecided(
        CaseId caseId,
        ObligorId obligorId,
        boolean caseFiled,
        String documentNo,
        LocalDate occurredOn) implements WageCaseEvent {

    public PoliceDecided {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(documentNo, "documentNo");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("PoliceDecided", flag(caseFiled), obligor(obligorId), text(documentNo));
    }
}
