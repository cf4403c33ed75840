package org.caseledger.core.authority;

import org.caseledger.core.kernel.CaseWarning;
import java.util.List;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/**
 * The police filed a criminal case against the obligor (or declined to); flagged when filed though the 劳动报酬 was paid
 * before (法释〔2013〕3号 art. 6).
 */
public record PoliceDecided(
        CaseId caseId,
        ObligorId obligorId,
        boolean caseFiled,
        String documentNo,
        LocalDate occurredOn,
        List<CaseWarning> warnings) implements WageCaseEvent {

    public PoliceDecided {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(documentNo, "documentNo");
        Objects.requireNonNull(occurredOn, "occurredOn");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public PoliceDecided(CaseId caseId, ObligorId obligorId, boolean caseFiled, String documentNo, LocalDate occurredOn) {
        this(caseId, obligorId, caseFiled, documentNo, occurredOn, null);
    }

    @Override
    public Description describe() {
        return Description.step("PoliceDecided", flag(caseFiled), obligor(obligorId), text(documentNo));
    }
}
