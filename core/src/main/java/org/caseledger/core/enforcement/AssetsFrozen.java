package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.MarkKind;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.EnforcementState;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** Property was frozen until expiresOn (a deadline: renew before it). */
public record AssetsFrozen(
        CaseId caseId,
        FreezeId freezeId,
        ObligorId obligorId,
        AssetKind assetKind,
        Money amount,
        LocalDate expiresOn,
        List<CaseWarning> warnings,
        LocalDate occurredOn) implements WageCaseEvent {

    public AssetsFrozen {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(freezeId, "freezeId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(assetKind, "assetKind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(expiresOn, "expiresOn");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    /** The fields of the earlier layout; the new ones take their defaults. */
    public AssetsFrozen(CaseId caseId, FreezeId freezeId, ObligorId obligorId, AssetKind assetKind, Money amount, LocalDate expiresOn, LocalDate occurredOn) {
        this(caseId, freezeId, obligorId, assetKind, amount, expiresOn, List.of(), occurredOn);
    }

    @Override
    public List<Deadline> deadlinesSet() {
        return List.of(Deadline.of(DeadlineKind.FREEZE_EXPIRY, freezeId, expiresOn));
    }

    @Override
    public EnforcementState enforcementStateAfter(EnforcementState current) {
        return EnforcementState.MEASURES;
    }

    @Override
    public Description describe() {
        return Description.mark(MarkKind.MEASURE, "AssetsFrozen", code(assetKind), obligor(obligorId), money(amount), day(expiresOn));
    }
}
