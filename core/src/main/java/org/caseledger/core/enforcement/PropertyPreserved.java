package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/**
 * Property preserved until {@code expiresOn}; before any arbitration or suit, one is due by {@code proceedingsDueOn}
 * (民事诉讼法 art. 104 ¶3), else null. {@code aidFirstReason}: preserved before the legal-aid decision, and why (法律援助法
 * art. 44(2)).
 */
public record PropertyPreserved(
        CaseId caseId,
        FreezeId freezeId,
        ObligorId obligorId,
        String court,
        AssetKind assetKind,
        Money amount,
        LocalDate expiresOn,
        LocalDate proceedingsDueOn,
        List<CaseWarning> warnings,
        LocalDate occurredOn,
        String aidFirstReason) implements WageCaseEvent {

    public PropertyPreserved {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(freezeId, "freezeId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(assetKind, "assetKind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(expiresOn, "expiresOn");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    public PropertyPreserved(CaseId caseId, FreezeId freezeId, ObligorId obligorId, String court, AssetKind assetKind, Money amount,
                             LocalDate expiresOn, LocalDate proceedingsDueOn, List<CaseWarning> warnings, LocalDate occurredOn) {
        this(caseId, freezeId, obligorId, court, assetKind, amount, expiresOn, proceedingsDueOn, warnings, occurredOn, null);
    }

    @Override
    public List<Deadline> deadlinesSet() {
        List<Deadline> set = new ArrayList<>(List.of(Deadline.of(DeadlineKind.FREEZE_EXPIRY, freezeId, expiresOn)));
        if (proceedingsDueOn != null) {
            set.add(Deadline.of(DeadlineKind.PROCEEDINGS_AFTER_PRESERVATION, freezeId, proceedingsDueOn));
        }
        return set;
    }

    @Override
    public Description describe() {
        return Description.step("PropertyPreserved", code(assetKind), obligor(obligorId), text(court), money(amount), day(expiresOn),
                flag(proceedingsDueOn != null), day(proceedingsDueOn), flag(aidFirstReason != null), text(aidFirstReason));
    }
}
