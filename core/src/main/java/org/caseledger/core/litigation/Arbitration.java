package org.caseledger.core.litigation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.deadline.CourtPeriod;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RegionCode;
import org.caseledger.core.kernel.RuleCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * 仲裁: the application to the labour dispute arbitration commission, its acceptance or refusal, the award period and
 * the awards (劳动争议调解仲裁法 arts. 27-50), each award with its own workers, days to sue, type and fate before the
 * intermediate court.
 */
public class Arbitration {

    private LocalDate acceptanceDueOn;
    private RegionCode commissionRegion;
    private boolean refused;
    private LocalDate acceptedOn;
    private LocalDate awardDueOn;
    private LocalDate firstAwardDueOn;
    /** Every award by its number, in the order received: a case's groups of workers may each have one. */
    private final Map<String, AwardStanding> awards = new LinkedHashMap<>();
    /** After a suit against a final award ended by a ruling, the last day of the employer's 30 days to apply to set it aside. */
    private LocalDate setAsideDueAfterRuling;
    private transient LitigationView view;

    public void bind(LitigationView view) {
        this.view = view;
    }

    // ---- what the other members ask

    public boolean hasAward() {
        return !awards.isEmpty();
    }

    /** The latest award's number, or null before any. */
    public String latestAwardNo() {
        String latest = null;
        for (String no : awards.keySet()) {
            latest = no;
        }
        return latest;
    }

    public boolean isFinalAward() {
        return hasAward() && latestAward().finalAward();
    }

    /** Whether the employer's application to set aside an award is pending (enforcement is suspended, 解释(一) art. 25). */
    public boolean isSetAsidePending() {
        return awards.values().stream().anyMatch(AwardStanding::setAsidePending);
    }

    /** Whether this award (by number) was set aside; an instrument number that is no award: the latest award's fate. */
    public boolean isSetAside(String documentNo) {
        AwardStanding a = awards.get(documentNo);
        return a != null ? a.setAside() : hasAward() && latestAward().setAside();
    }

    /**
     * A suit after arbitration by the workers named (empty: all): after an award, within 15 days of the award that names
     * them (arts. 48, 50) or of the ruling that set a final award aside (art. 49 ¶3), else recorded and flagged; without
     * an award, only once the commission refused, stayed silent past its 5 days (art. 29) or let the award period run out
     * (art. 43).
     */
    public List<CaseWarning> checkSuitAfterArbitration(LocalDate filedOn, Collection<ClaimantId> suingWorkers) {
        if (hasAward()) {
            // art. 43 ¶1: only partial awards and the award period for the rest ran out: the suit is on the overdue
            // remainder, which no award's 15 days measure
            boolean remainderOverdue = awards.values().stream().allMatch(AwardStanding::partial) && awardDueOn != null
                    && filedOn.isAfter(awardDueOn);
            return !remainderOverdue && filedOn.isAfter(suitDueFor(suingWorkers)) ? List.of(CaseWarning.SUIT_AFTER_AWARD_PERIOD_PASSED) : List.of();
        }
        boolean silentOnApplication = acceptedOn == null && acceptanceDueOn != null && filedOn.isAfter(acceptanceDueOn);
        boolean awardOverdue = acceptedOn != null && filedOn.isAfter(awardDueOn);
        require(refused || silentOnApplication || awardOverdue, RuleCode.NO_AWARD,
                null, "no award yet, the commission neither refused nor stayed silent past its 5 days, and the award period has not run out");
        return List.of();
    }

    /**
     * The employer's suit against the award (劳动争议调解仲裁法 art. 50): there must be an award; against a final one
     * its road is the set-aside (art. 49), so the suit is the court's to dismiss; after 15 days, late. Recorded, flagged.
     */
    public List<CaseWarning> checkEmployerSuit(LocalDate filedOn, DirectSuitBasis basis) {
        require(hasAward(), RuleCode.NO_AWARD, null, "the employer sues against an award");
        AwardStanding latest = latestAward();
        require(basis == null, RuleCode.DIRECT_SUIT_BASIS_REQUIRED, "directSuitBasis", "the employer's suit is against the award");
        List<CaseWarning> warnings = new ArrayList<>();
        if (latest.finalAward()) {
            warnings.add(CaseWarning.EMPLOYER_SUIT_AGAINST_FINAL_AWARD);
        }
        if (filedOn.isAfter(latest.suitDueOn())) {
            warnings.add(CaseWarning.SUIT_AFTER_AWARD_PERIOD_PASSED);
        }
        return warnings;
    }

    // ---- commands

    @CommandHandler
    void handle(ApplyForArbitration c) {
        // 劳动争议解释(一) art. 13 ¶1: from litigation only after a failed payment order, and before any suit
        require(view.stage() != CaseStage.LITIGATION || view.court().mayReturnToArbitration(), RuleCode.WRONG_STAGE, null,
                "from litigation, arbitration follows only a payment order ended by the debtor's objection");
        String aidFirst = view.aidFirst(c.aidFirstReason(), true, c.occurredOn());
        // art. 27: the commission accepts a late application and the respondent pleads the limitation
        List<CaseWarning> warnings = view.arbitrationLimitationRanOutBefore(c.occurredOn())
                ? List.of(CaseWarning.ARBITRATION_LIMITATION_PASSED) : List.of();
        // art. 29: accepted or refused within 5 days, counted as 民事诉讼法 art. 85 counts
        apply(new ArbitrationApplied(view.caseId(), c.commission(), view.deadlines().doneOn(c.occurredOn(), DeadlineKind.ARBITRATION_LIMITATION,
                DeadlineKind.PROCEEDINGS_AFTER_PRESERVATION, DeadlineKind.PAYMENT_ORDER_DEEMED_SUIT), CourtPeriod.lastDay(c.occurredOn(), 5, view.context().calendar()),
                warnings, c.occurredOn(), c.commissionRegion(), aidFirst));
    }

    /** art. 29: the refusal opens the road to court. */
    @CommandHandler
    void handle(RecordArbitrationRefused c) {
        checkUndecided();
        apply(new ArbitrationRefused(view.caseId(), c.reason(), view.deadlines().doneOn(c.occurredOn(), DeadlineKind.ARBITRATION_ACCEPTANCE),
                c.occurredOn()));
    }

    /** art. 43: the award within 45 days of acceptance. */
    @CommandHandler
    void handle(RecordArbitrationAccepted c) {
        checkUndecided();
        apply(new ArbitrationAccepted(view.caseId(), c.arbitrationCaseNo(),
                view.deadlines().doneOn(c.occurredOn(), DeadlineKind.ARBITRATION_ACCEPTANCE),
                CourtPeriod.lastDay(c.occurredOn(), 45, view.context().calendar()), c.occurredOn()));
    }

    /**
     * art. 43 ¶1: extended, in all by at most 15 days past the first due day (in one step or several); the commission's act
     * is recorded and one past that flagged.
     */
    @CommandHandler
    void handle(RecordAwardPeriodExtension c) {
        require(acceptedOn != null, RuleCode.NO_ARBITRATION_ACCEPTED, null, null);
        require(!hasAward() || latestAward().partial(), RuleCode.AWARD_ALREADY_RECEIVED, null, "award " + latestAwardNo());
        require(c.extendedTo().isAfter(awardDueOn), RuleCode.EXTENSION_NOT_LATER, "extendedTo", "the award is due " + awardDueOn);
        LocalDate fifteenDaysAfterFirstDue = firstAwardDueOn == null ? c.extendedTo()
                : CourtPeriod.lastDay(firstAwardDueOn, 15, view.context().calendar());
        List<CaseWarning> warnings = c.extendedTo().isAfter(fifteenDaysAfterFirstDue) ? List.of(CaseWarning.AWARD_EXTENSION_IRREGULAR) : List.of();
        List<DeadlineClosure> replaced = view.deadlines().find(DeadlineKind.ARBITRAL_AWARD, view.caseId()).map(d -> List.of(d.cancelled()))
                .orElse(List.of());
        apply(new AwardPeriodExtended(view.caseId(), c.extendedTo(), replaced, warnings, c.occurredOn()));
    }

    /**
     * The award's type is what it states (劳动争议解释(一) art. 18); an item stating none is typed by art. 47 (解释(一)
     * art. 19): of 劳动报酬, 经济补偿 or 赔偿金, final when at most 12 × the monthly minimum wage of the commission's
     * locality on the day the award was made; of working time, rest and leave or social insurance, final whatever the
     * amount; of anything else, non-final. A mixed award is non-final (art. 20). A stated type the law would not give is
     * recorded as stated, and flagged.
     */
    @CommandHandler
    void handle(RecordArbitralAward c, MinimumWages minimumWages) {
        require(!awards.containsKey(c.awardNo()), RuleCode.DUPLICATE_AWARD, "awardNo", "award " + c.awardNo());
        c.items().forEach(i -> view.checkClaimant(i.claimantId()));
        // an award ends the acceptance deadline too: the commission accepted, on a day not recorded (so neither met nor
        // missed); a partial award (art. 43 ¶2) leaves the award period running for the rest
        List<DeadlineClosure> closed = new ArrayList<>(c.partial() ? List.of() : view.deadlines().doneOn(c.occurredOn(), DeadlineKind.ARBITRAL_AWARD));
        view.deadlines().find(DeadlineKind.ARBITRATION_ACCEPTANCE, view.caseId()).ifPresent(d -> closed.add(d.cancelled()));
        RegionCode locality = c.commissionRegion() != null ? c.commissionRegion() : commissionRegion != null ? commissionRegion : view.region();
        Optional<MinimumWages.Found> minimum = minimumWages.at(locality, c.madeOn());
        Optional<Money> limit = minimum.map(MinimumWages.Found::finalLimit);
        Set<CaseWarning> warnings = new java.util.LinkedHashSet<>();
        boolean finalAward = true;
        for (AwardItem item : c.items()) {
            Optional<Boolean> byLaw = switch (item.component().article47()) {
                case AMOUNT_TEST -> limit.map(l -> !item.amount().exceeds(l));
                case ALWAYS_FINAL -> Optional.of(true);
                case NOT_NAMED -> Optional.of(false);
            };
            boolean itemFinal;
            if (item.statedType() == AwardType.NOT_STATED) {
                if (byLaw.isEmpty()) {
                    warnings.add(CaseWarning.MINIMUM_WAGE_UNKNOWN);
                }
                itemFinal = byLaw.orElse(false); // unknown: the employer's road to court stays open
            } else {
                itemFinal = item.statedType() == AwardType.FINAL;
                if (byLaw.isPresent() && byLaw.get() != itemFinal) {
                    warnings.add(CaseWarning.AWARD_FINALITY_NOT_AS_THE_LAW_SAYS);
                }
            }
            finalAward &= itemFinal;
        }
        // arts. 48, 50: suit within 15 days of receipt
        apply(new ArbitralAwardIssued(view.caseId(), c.awardNo(), c.items(), closed,
                CourtPeriod.lastDay(c.occurredOn(), 15, view.context().calendar()), finalAward, limit.orElse(null), List.copyOf(warnings),
                c.partial(), c.occurredOn(), c.madeOn(), minimum.map(MinimumWages.Found::region).orElse(locality.value())));
    }

    /** art. 49: the employer applies to the intermediate court within 30 days of its receipt, against a final award. */
    @CommandHandler
    void handle(RecordSetAsideApplication c) {
        String award = awardOrLatest(c.awardNo());
        AwardStanding standing = awards.get(award);
        LocalDate received = c.employerReceivedOn() != null ? c.employerReceivedOn() : standing.receivedOn();
        require(!received.isAfter(c.occurredOn()), RuleCode.DATE_IN_FUTURE, "employerReceivedOn",
                "the application cannot precede the receipt of the award");
        require(!standing.setAsidePending(), RuleCode.SET_ASIDE_ALREADY_PENDING, "awardNo", "award " + award);
        List<CaseWarning> warnings = new ArrayList<>();
        if (!standing.finalAward()) {
            warnings.add(CaseWarning.SET_ASIDE_OF_NON_FINAL_AWARD);
        }
        // 30 days from its receipt of the award, or of the ruling that ended a suit against it (解释(一) arts. 18(二), 21 ¶2)
        LocalDate due = CourtPeriod.lastDay(received, 30, view.context().calendar());
        if (setAsideDueAfterRuling != null && setAsideDueAfterRuling.isAfter(due)) {
            due = setAsideDueAfterRuling;
        }
        if (c.occurredOn().isAfter(due)) {
            warnings.add(CaseWarning.SET_ASIDE_APPLICATION_LATE);
        }
        if (view.court().isWorkersSuitPending()) {
            warnings.add(CaseWarning.SET_ASIDE_WHILE_WORKER_SUES);
        }
        apply(new SetAsideApplied(view.caseId(), c.court(), award, warnings, c.occurredOn()));
    }

    /** art. 49 ¶3: once set aside, the worker may sue within 15 days of the ruling; the award's own 15 days give way. */
    @CommandHandler
    void handle(RecordSetAsideRuling c) {
        String award = pendingSetAside(c.awardNo());
        List<DeadlineClosure> superseded = c.setAside()
                ? view.deadlines().find(DeadlineKind.SUIT_AFTER_AWARD, award).map(d -> List.of(d.cancelled())).orElse(List.<DeadlineClosure>of())
                : List.of();
        apply(new SetAsideRuled(view.caseId(), c.documentNo(), award, c.setAside(),
                c.setAside() ? CourtPeriod.lastDay(c.occurredOn(), 15, view.context().calendar()) : null, superseded, c.occurredOn()));
    }

    // ---- rules of this member

    /** The commission has not yet accepted or refused the application (art. 29). */
    private void checkUndecided() {
        require(acceptedOn == null && !refused, RuleCode.ARBITRATION_ALREADY_DECIDED, null,
                refused ? "refused" : "accepted on " + acceptedOn);
    }

    /** The award an act concerns: the one named, else the latest; refused when there is none. */
    private String awardOrLatest(String named) {
        String no = named != null ? named : latestAwardNo();
        require(no != null && awards.containsKey(no), RuleCode.NO_AWARD, "awardNo", named == null ? null : "award " + named);
        return no;
    }

    /** The award whose set-aside application the ruling answers: the one named, else the only one pending. */
    private String pendingSetAside(String named) {
        List<String> pending = awards.entrySet().stream().filter(e -> e.getValue().setAsidePending()).map(Map.Entry::getKey).toList();
        if (named != null) {
            require(pending.contains(named), RuleCode.NO_SET_ASIDE_APPLICATION, "awardNo", "award " + named);
            return named;
        }
        require(pending.size() == 1, RuleCode.NO_SET_ASIDE_APPLICATION, "awardNo",
                pending.isEmpty() ? null : "applications pending for " + pending + ": name the award");
        return pending.get(0);
    }

    /** The last day to sue for these workers (empty: all): from the latest award that names any of them. */
    private LocalDate suitDueFor(Collection<ClaimantId> workers) {
        AwardStanding named = null;
        for (AwardStanding a : awards.values()) {
            if (workers.isEmpty() || workers.stream().anyMatch(a.claimants()::contains)) {
                named = a;
            }
        }
        return named != null ? named.suitDueOn() : latestAward().suitDueOn();
    }

    private AwardStanding latestAward() {
        return awards.get(latestAwardNo());
    }

    // ---- state

    @EventSourcingHandler
    void on(ArbitrationApplied e) {
        acceptanceDueOn = e.acceptanceDueOn();
        commissionRegion = e.commissionRegion();
        // a new application (after a failed payment order) starts the commission's decision afresh
        refused = false;
        acceptedOn = null;
    }

    @EventSourcingHandler
    void on(ArbitrationRefused e) {
        refused = true;
    }

    @EventSourcingHandler
    void on(ArbitrationAccepted e) {
        acceptedOn = e.occurredOn();
        awardDueOn = e.awardDueOn();
        firstAwardDueOn = e.awardDueOn();
    }

    @EventSourcingHandler
    void on(AwardPeriodExtended e) {
        awardDueOn = e.extendedTo();
    }

    @EventSourcingHandler
    void on(ArbitralAwardIssued e) {
        Set<ClaimantId> named = new HashSet<>();
        e.items().forEach(item -> named.add(item.claimantId()));
        awards.remove(e.awardNo()); // the latest award is the last recorded
        awards.put(e.awardNo(), new AwardStanding(named, e.occurredOn(), e.suitDueOn(), e.finalAward(), e.partial(), false, false));
    }

    @EventSourcingHandler
    void on(SuitEnded e) {
        setAsideDueAfterRuling = e.setAsideDueOn();
    }

    @EventSourcingHandler
    void on(SetAsideApplied e) {
        awards.computeIfPresent(e.awardNo(), (no, a) -> a.setAsideApplied());
    }

    @EventSourcingHandler
    void on(SetAsideRuled e) {
        awards.computeIfPresent(e.awardNo() != null ? e.awardNo() : latestAwardNo(), (n, a) -> a.ruled(e.setAside(), e.suitDueOn()));
    }
}
