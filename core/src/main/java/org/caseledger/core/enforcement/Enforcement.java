package org.caseledger.core.enforcement;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RuleCode;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/** The court enforcement proceeding (执行): its sub-state and the measures taken so far. */
public class Enforcement {

    private static final Set<EnforcementState> ACTIVE =
            EnumSet.of(EnforcementState.FILED, EnforcementState.INVESTIGATING, EnforcementState.MEASURES, EnforcementState.RESUMED);

    private EnforcementState state;
    private LocalDate appliedOn;
    private LocalDate filedOn;
    private boolean searchDone;
    private boolean consumptionRestricted;
    private final Set<FreezeId> freezes = new HashSet<>();
    private final Map<ObligorId, Money> frozenByObligor = new HashMap<>();

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

    public boolean isSearchDone() {
        return searchDone;
    }

    public boolean isConsumptionRestricted() {
        return consumptionRestricted;
    }

    public Money frozenFrom(ObligorId obligor) {
        return frozenByObligor.getOrDefault(obligor, Money.ZERO);
    }

    public void checkActive() {
        require(isActive(), RuleCode.ENFORCEMENT_NOT_ACTIVE, null, "enforcement is " + state);
    }

    public void checkNewFreeze(FreezeId id) {
        require(!freezes.contains(id), RuleCode.DUPLICATE_FREEZE, "freezeId", "freeze " + id);
    }

    @EventSourcingHandler
    void on(org.caseledger.core.kernel.WageCaseEvent e) {
        state = EnforcementState.after(state, e);
        if (e instanceof EnforcementApplied applied) {
            appliedOn = applied.occurredOn();
        } else if (e instanceof EnforcementCaseFiled filed) {
            filedOn = filed.occurredOn();
        } else if (e instanceof AssetSearchCompleted) {
            searchDone = true;
        } else if (e instanceof AssetsFrozen frozen) {
            freezes.add(frozen.freezeId());
            frozenByObligor.merge(frozen.obligorId(), frozen.amount(), Money::plus);
        } else if (e instanceof HighConsumptionRestricted) {
            consumptionRestricted = true;
        }
    }
}
