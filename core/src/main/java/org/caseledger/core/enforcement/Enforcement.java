package org.caseledger.core.enforcement;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * The court enforcement proceeding (执行): its sub-state, the judgment debtors it has acted against, what was searched
 * and restricted for each, and the freezes in force. The court's acts are recorded as facts; the checks here flag the
 * irregular ones (终本 too early or without the measures it needs, an over-long freeze) rather than refuse them.
 */
public class Enforcement {

    private static final Set<EnforcementState> ACTIVE =
            EnumSet.of(EnforcementState.FILED, EnforcementState.INVESTIGATING, EnforcementState.MEASURES, EnforcementState.RESUMED);
    /** 终本规定 art. 9: the court searches again every six months, for five years after 终本. */
    static final int RE_SEARCH_MONTHS = 6;
    static final int RE_SEARCH_YEARS = 5;

    /** A freeze as the case knows it: whose, how much, until when, and whether it still holds. */
    public record Freeze(ObligorId obligorId, AssetKind assetKind, Money amount, LocalDate expiresOn, boolean inForce) {
    }

    private EnforcementState state;
    private LocalDate appliedOn;
    private LocalDate filedOn;
    private LocalDate roundTerminatedOn;
    private final Set<ObligorId> debtors = new LinkedHashSet<>();
    private final Set<ObligorId> searched = new LinkedHashSet<>();
    private final Set<ObligorId> restricted = new LinkedHashSet<>();
    private final Map<FreezeId, Freeze> freezes = new HashMap<>();
    /** The instruments enforcement was applied for (by document number; "" for one not named, as stored before 0.3). */
    private final Set<String> enforcedInstruments = new LinkedHashSet<>();
    /** The freezes that began as 财产保全 before enforcement. */
    private final Set<FreezeId> preservations = new LinkedHashSet<>();

    public EnforcementState state() {
        return state;
    }

    public boolean isActive() {
        return state != null && ACTIVE.contains(state);
    }

    /** 立案 day if recorded, else the application day: the start of the 3 months before 终本. */
    public LocalDate startedOn() {
        return filedOn != null ? filedOn : appliedOn;
    }

    /** Whether enforcement was applied for this instrument already (one not named counts for the instrument then latest). */
    public boolean isEnforced(String documentNo, boolean latest) {
        return enforcedInstruments.contains(documentNo) || latest && enforcedInstruments.contains("");
    }

    /** A 财产保全 still in force: enforcement must follow the instrument within three months (劳动争议解释(一) art. 49). */
    public boolean hasPreservationInForce() {
        return preservations.stream().map(freezes::get).anyMatch(f -> f != null && f.inForce());
    }

    /** Whether the property of this obligor was searched in this case. */
    public boolean wasSearched(ObligorId obligor) {
        return searched.contains(obligor);
    }

    public boolean isSearchDone() {
        return !searched.isEmpty();
    }

    public boolean isConsumptionRestricted() {
        return !restricted.isEmpty();
    }

    /** What is frozen from this obligor on this day: freezes not lifted and not expired. */
    public Money frozenFrom(ObligorId obligor, LocalDate day) {
        return Money.sum(freezes.values().stream().filter(f -> f.inForce() && !day.isAfter(f.expiresOn()) && f.obligorId().equals(obligor))
                .map(Freeze::amount).toList());
    }

    public Freeze freeze(FreezeId id) {
        Freeze f = freezes.get(id);
        require(f != null, RuleCode.UNKNOWN_FREEZE, "freezeId", "freeze " + id);
        return f;
    }

    public void checkActive() {
        require(isActive(), RuleCode.ENFORCEMENT_NOT_ACTIVE, null, "enforcement is " + state);
    }

    public void checkNewFreeze(FreezeId id) {
        require(!freezes.containsKey(id), RuleCode.DUPLICATE_FREEZE, "freezeId", "freeze " + id);
    }

    /**
     * What 终本 on this day lacks (终本规定 art. 1): more than three months since enforcement was filed (the day three
     * months end is not enough), and for every judgment debtor acted against, its property searched and a 限制消费令.
     */
    public List<CaseWarning> irregularitiesOfTerminationOn(LocalDate day) {
        List<CaseWarning> warnings = new ArrayList<>();
        if (!day.isAfter(startedOn().plusMonths(3))) {
            warnings.add(CaseWarning.ROUND_TERMINATED_WITHIN_THREE_MONTHS);
        }
        if (debtors.isEmpty() || !searched.containsAll(debtors)) {
            warnings.add(CaseWarning.ROUND_TERMINATED_WITHOUT_SEARCH);
        }
        if (debtors.isEmpty() || !restricted.containsAll(debtors)) {
            warnings.add(CaseWarning.ROUND_TERMINATED_WITHOUT_RESTRICTION);
        }
        return warnings;
    }

    /** The first re-search reminder after 终本 (终本规定 art. 9). */
    public static Deadline firstReSearch(LocalDate terminatedOn) {
        return Deadline.of(DeadlineKind.ASSET_RE_SEARCH, "ROUND-" + terminatedOn, terminatedOn.plusMonths(RE_SEARCH_MONTHS));
    }

    /** After a search while the round stands terminated, the next reminder, within the five years. */
    public Optional<Deadline> nextReSearchAfter(LocalDate searchedOn) {
        if (state != EnforcementState.ROUND_TERMINATED || roundTerminatedOn == null) {
            return Optional.empty();
        }
        LocalDate next = searchedOn.plusMonths(RE_SEARCH_MONTHS);
        return next.isAfter(roundTerminatedOn.plusYears(RE_SEARCH_YEARS)) ? Optional.empty()
                : Optional.of(Deadline.of(DeadlineKind.ASSET_RE_SEARCH, "ROUND-" + roundTerminatedOn, next));
    }

    /** A closed case has no enforcement going on; reopened in enforcement, the round resumes. */
    public void caseClosed() {
        state = null;
    }

    public void caseReopenedInEnforcement() {
        state = EnforcementState.RESUMED;
    }

    @EventSourcingHandler
    void on(WageCaseEvent e) {
        state = EnforcementState.after(state, e);
        if (e instanceof EnforcementApplied applied) {
            appliedOn = applied.occurredOn();
            enforcedInstruments.add(applied.documentNo() == null ? "" : applied.documentNo());
        } else if (e instanceof EnforcementCaseFiled filed) {
            filedOn = filed.occurredOn();
        } else if (e instanceof AssetSearchCompleted s) {
            debtors.add(s.obligorId());
            searched.add(s.obligorId());
        } else if (e instanceof AssetsFrozen frozen) {
            debtors.add(frozen.obligorId());
            freezes.put(frozen.freezeId(), new Freeze(frozen.obligorId(), frozen.assetKind(), frozen.amount(), frozen.expiresOn(), true));
        } else if (e instanceof PropertyPreserved p) {
            freezes.put(p.freezeId(), new Freeze(p.obligorId(), p.assetKind(), p.amount(), p.expiresOn(), true));
            preservations.add(p.freezeId());
        } else if (e instanceof FreezeRenewed r) {
            freezes.computeIfPresent(r.freezeId(), (id, f) -> new Freeze(f.obligorId(), f.assetKind(), f.amount(), r.expiresOn(), true));
        } else if (e instanceof FreezeLifted l) {
            freezes.computeIfPresent(l.freezeId(), (id, f) -> new Freeze(f.obligorId(), f.assetKind(), f.amount(), f.expiresOn(), false));
        } else if (e instanceof HighConsumptionRestricted h) {
            debtors.add(h.obligorId());
            restricted.add(h.obligorId());
        } else if (e instanceof JudgmentDebtorAdded a) {
            debtors.add(a.obligorId());
        } else if (e instanceof DishonestDebtorListed d) {
            debtors.add(d.obligorId());
        } else if (e instanceof EnforcementRoundTerminated t) {
            roundTerminatedOn = t.occurredOn();
        }
    }
}
