package org.caseledger.core.enforcement;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.EnforcementState;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.lifecycle.CaseClosed;
import org.caseledger.core.lifecycle.CaseReopened;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * The court enforcement proceeding (执行): its sub-state, the judgment debtors it has acted against, what was searched
 * and restricted for each. The court's acts are recorded as facts; the checks here flag the irregular ones (终本 too
 * early or without the measures it needs) rather than refuse them.
 */
public class Enforcement {

    private static final Set<EnforcementState> ACTIVE =
            EnumSet.of(EnforcementState.FILED, EnforcementState.INVESTIGATING, EnforcementState.MEASURES, EnforcementState.RESUMED);
    /** 终本规定 art. 9: the court searches again every six months, for five years after 终本. */
    static final int RE_SEARCH_MONTHS = 6;
    static final int RE_SEARCH_YEARS = 5;

    private EnforcementState state;
    private LocalDate appliedOn;
    private LocalDate filedOn;
    private LocalDate roundTerminatedOn;
    private final Set<ObligorId> debtors = new LinkedHashSet<>();
    private final Set<ObligorId> searched = new LinkedHashSet<>();
    private final Set<ObligorId> restricted = new LinkedHashSet<>();
    /** The instruments enforcement was applied for (by document number; "" for one not named, as stored before 0.3). */
    private final Set<String> enforcedInstruments = new LinkedHashSet<>();
    private transient EnforcementView view;

    public void bind(EnforcementView view) {
        this.view = view;
    }

    public EnforcementState state() {
        return state;
    }

    public boolean isActive() {
        return state != null && ACTIVE.contains(state);
    }

    /** An enforcement measure needs a round going on: not ended by 终本 or a settlement. */
    public void checkActive() {
        require(isActive(), RuleCode.ENFORCEMENT_NOT_ACTIVE, null, "enforcement is " + state);
    }

    /** Whether the property of this obligor was searched in this case. */
    public boolean wasSearched(ObligorId obligor) {
        return searched.contains(obligor);
    }

    /** Whether enforcement was applied for this instrument already (one not named counts for the instrument then latest). */
    public boolean isEnforced(String documentNo, boolean latest) {
        return enforcedInstruments.contains(documentNo) || latest && enforcedInstruments.contains("");
    }

    // ---- commands

    @CommandHandler
    void handle(ApplyForEnforcement c) {
        require(view.hasEffectiveInstrument(), RuleCode.NO_EFFECTIVE_INSTRUMENT, null, null);
        String instrument = c.documentNo() != null ? c.documentNo() : view.latestInstrumentNo();
        LocalDate due = view.performanceDueOf(instrument);
        // in enforcement already: only another group's instrument not yet enforced (劳动争议解释(一) art. 17)
        require(view.stage() != CaseStage.ENFORCEMENT || !isEnforced(instrument, instrument.equals(view.latestInstrumentNo())),
                RuleCode.INSTRUMENT_ALREADY_ENFORCED, "documentNo", "instrument " + instrument);
        require(c.occurredOn().isAfter(due), RuleCode.INSTRUMENT_NOT_YET_DUE, "occurredOn", "performance due " + due);
        // 民事诉讼法 art. 250: the court accepts a late application; the debtor objects (民事诉讼法解释 art. 481)
        List<CaseWarning> warnings = new ArrayList<>();
        if (view.enforcementLimitationRanOutBefore(c.occurredOn())) {
            warnings.add(CaseWarning.ENFORCEMENT_LIMITATION_PASSED);
        }
        if (view.isSetAsidePending()) {
            warnings.add(CaseWarning.ENFORCEMENT_WHILE_SET_ASIDE_PENDING); // the court suspends it (解释(一) art. 25)
        }
        List<DeadlineClosure> closed = new ArrayList<>();
        for (DeadlineKind kind : List.of(DeadlineKind.ENFORCEMENT_APPLICATION, DeadlineKind.ENFORCEMENT_AFTER_PRESERVATION)) {
            view.deadlines().find(kind, instrument).ifPresent(d -> closed.add(d.doneOn(c.occurredOn())));
        }
        view.deadlines().find(DeadlineKind.PERFORMANCE, instrument).ifPresent(d -> closed.add(d.missed()));
        apply(new EnforcementApplied(view.caseId(), c.court(), closed, warnings, c.documentNo(), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordEnforcementFiled c) {
        apply(new EnforcementCaseFiled(view.caseId(), c.enforcementCaseNo(), c.occurredOn()));
    }

    /** Also after 终本: each search answers the six-month reminder and sets the next (终本规定 art. 9). */
    @CommandHandler
    void handle(RecordAssetSearch c) {
        view.obligor(c.obligorId(), "obligorId");
        List<DeadlineClosure> answered = view.deadlines().doneOn(c.occurredOn(), DeadlineKind.ASSET_RE_SEARCH);
        List<Deadline> next = nextReSearchAfter(c.occurredOn()).map(List::of).orElse(List.of());
        apply(new AssetSearchCompleted(view.caseId(), c.obligorId(), c.method(), c.balanceFound(), c.realEstateFound(),
                c.vehiclesFound(), c.findings(), answered, next, c.occurredOn()));
    }

    /** 变更追加规定 art. 28: the court rules within 60 days of the application; a later ruling is flagged. */
    @CommandHandler
    void handle(AddJudgmentDebtor c) {
        require(view.obligors().stream().noneMatch(o -> o.obligorId().equals(c.obligorId())), RuleCode.DUPLICATE_OBLIGOR, "obligorId",
                "obligor " + c.obligorId() + " is already a party");
        List<CaseWarning> warnings = c.occurredOn().isAfter(c.appliedOn().plusDays(60)) ? List.of(CaseWarning.ADDITION_RULING_LATE) : List.of();
        apply(new JudgmentDebtorAdded(view.caseId(), c.obligorId(), c.name(), c.ground(), c.liabilityCap(), c.appliedOn(), warnings,
                c.occurredOn()));
    }

    @CommandHandler
    void handle(RestrictHighConsumption c) {
        view.obligor(c.obligorId(), "obligorId");
        apply(new HighConsumptionRestricted(view.caseId(), c.obligorId(), c.subjects(), c.occurredOn()));
    }

    /**
     * 失信被执行人名单规定 arts. 2-3: the court's listing is recorded as made; a term that does not fit the ground, or a
     * ground-1 listing while frozen property covers what this debtor owes (a capped debtor: what it can still be made to
     * pay), is flagged for the officer to object to.
     */
    @CommandHandler
    void handle(ListAsDishonestDebtor c) {
        view.obligor(c.obligorId(), "obligorId");
        List<CaseWarning> warnings = new ArrayList<>();
        if (!c.ground().allowsTerm(c.years())) {
            warnings.add(CaseWarning.DISHONEST_TERM_IRREGULAR);
        }
        if (!view.isLiabilityShown(c.obligorId())) {
            warnings.add(CaseWarning.OBLIGOR_LIABILITY_NOT_SHOWN);
        } else if (c.ground() == DishonestGround.ABLE_BUT_REFUSES
                && !view.owedBy(c.obligorId()).exceeds(view.freezes().frozenFrom(c.obligorId(), c.occurredOn()))) {
            warnings.add(CaseWarning.DISHONEST_LISTING_WHILE_COVERED);
        }
        LocalDate until = c.years() == null ? null : c.occurredOn().plusYears(c.years());
        apply(new DishonestDebtorListed(view.caseId(), c.obligorId(), c.ground(), until, c.years() != null && c.years() > 2, warnings,
                c.occurredOn()));
    }

    @CommandHandler
    void handle(WarnOfCriminalLiability c) {
        view.obligor(c.obligorId(), "obligorId");
        apply(new CriminalLiabilityWarned(view.caseId(), c.obligorId(), c.warnedPerson(), c.basis(), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordEnforcementSettlement c) {
        apply(new EnforcementSettlementReached(view.caseId(), c.terms(), c.lastPerformanceDay(), c.occurredOn()));
        view.settlementRestart(c.lastPerformanceDay(), c.occurredOn()).ifPresent(e -> apply(e));
    }

    /** 终本 is the court's act: recorded, and flagged where 终本规定 art. 1 was not met; art. 9: re-search every 6 months. */
    @CommandHandler
    void handle(TerminateCurrentRound c) {
        apply(new EnforcementRoundTerminated(view.caseId(), irregularitiesOfTerminationOn(c.occurredOn()),
                List.of(firstReSearch(c.occurredOn())), c.occurredOn()));
    }

    @CommandHandler
    void handle(ResumeEnforcement c) {
        require(state == EnforcementState.SETTLED || state == EnforcementState.ROUND_TERMINATED, RuleCode.NOTHING_TO_RESUME, null,
                "enforcement is " + state);
        apply(new EnforcementResumed(view.caseId(), c.reason(), c.occurredOn()));
    }

    // ---- rules of this member

    /**
     * What 终本 on this day lacks (终本规定 art. 1): more than three months since enforcement was filed (the day three
     * months end is not enough), and for every judgment debtor acted against, its property searched and a 限制消费令.
     */
    private List<CaseWarning> irregularitiesOfTerminationOn(LocalDate day) {
        List<CaseWarning> warnings = new ArrayList<>();
        LocalDate startedOn = filedOn != null ? filedOn : appliedOn;
        if (!day.isAfter(startedOn.plusMonths(3))) {
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
    static Deadline firstReSearch(LocalDate terminatedOn) {
        return Deadline.of(DeadlineKind.ASSET_RE_SEARCH, "ROUND-" + terminatedOn, terminatedOn.plusMonths(RE_SEARCH_MONTHS));
    }

    /** After a search while the round stands terminated, the next reminder, within the five years. */
    private Optional<Deadline> nextReSearchAfter(LocalDate searchedOn) {
        if (state != EnforcementState.ROUND_TERMINATED || roundTerminatedOn == null) {
            return Optional.empty();
        }
        LocalDate next = searchedOn.plusMonths(RE_SEARCH_MONTHS);
        return next.isAfter(roundTerminatedOn.plusYears(RE_SEARCH_YEARS)) ? Optional.empty()
                : Optional.of(Deadline.of(DeadlineKind.ASSET_RE_SEARCH, "ROUND-" + roundTerminatedOn, next));
    }

    // ---- state: each fact moves the sub-state as it says (WageCaseEvent.enforcementStateAfter)

    @EventSourcingHandler
    void on(EnforcementApplied e) {
        state = e.enforcementStateAfter(state);
        appliedOn = e.occurredOn();
        enforcedInstruments.add(e.documentNo() == null ? "" : e.documentNo());
    }

    @EventSourcingHandler
    void on(EnforcementCaseFiled e) {
        filedOn = e.occurredOn();
    }

    @EventSourcingHandler
    void on(AssetSearchCompleted e) {
        state = e.enforcementStateAfter(state);
        debtors.add(e.obligorId());
        searched.add(e.obligorId());
    }

    @EventSourcingHandler
    void on(AssetsFrozen e) {
        state = e.enforcementStateAfter(state);
        debtors.add(e.obligorId());
    }

    @EventSourcingHandler
    void on(HighConsumptionRestricted e) {
        state = e.enforcementStateAfter(state);
        debtors.add(e.obligorId());
        restricted.add(e.obligorId());
    }

    @EventSourcingHandler
    void on(JudgmentDebtorAdded e) {
        state = e.enforcementStateAfter(state);
        debtors.add(e.obligorId());
    }

    @EventSourcingHandler
    void on(DishonestDebtorListed e) {
        state = e.enforcementStateAfter(state);
        debtors.add(e.obligorId());
    }

    @EventSourcingHandler
    void on(CriminalLiabilityWarned e) {
        state = e.enforcementStateAfter(state);
    }

    @EventSourcingHandler
    void on(EnforcementSettlementReached e) {
        state = e.enforcementStateAfter(state);
    }

    @EventSourcingHandler
    void on(EnforcementRoundTerminated e) {
        state = e.enforcementStateAfter(state);
        roundTerminatedOn = e.occurredOn();
    }

    @EventSourcingHandler
    void on(EnforcementResumed e) {
        state = e.enforcementStateAfter(state);
    }

    @EventSourcingHandler
    void on(CaseClosed e) {
        state = e.enforcementStateAfter(state);
    }

    @EventSourcingHandler
    void on(CaseReopened e) {
        state = e.enforcementStateAfter(state);
    }
}
