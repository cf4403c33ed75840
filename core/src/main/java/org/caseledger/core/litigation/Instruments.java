package org.caseledger.core.litigation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.deadline.CourtPeriod;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.kernel.Instalment;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.negotiation.JudicialConfirmationApplied;
import org.caseledger.core.negotiation.JudicialConfirmationRefused;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * 生效法律文书: the instruments of the case in effect (an award, a mediation statement, a judgment, a payment order, a
 * confirmed mediation agreement), each with its performance day; one per group of workers. And the application for
 * 司法确认 awaiting the court, whose confirmation is such an instrument (民事诉讼法 arts. 205-206).
 */
public class Instruments {

    /** Each effective instrument by document number, in the order they took effect. */
    private final Map<String, EffectiveInstrument> effective = new LinkedHashMap<>();
    private boolean judicialConfirmationPending;
    private transient LitigationView view;

    public void bind(LitigationView view) {
        this.view = view;
    }

    public boolean hasEffectiveInstrument() {
        return !effective.isEmpty();
    }

    /** The document numbers of the instruments in effect, in the order they took effect. */
    public List<String> numbers() {
        return List.copyOf(effective.keySet());
    }

    /** The document number of the instrument that took effect last, or null before any. */
    public String latestNo() {
        String latest = null;
        for (String no : effective.keySet()) {
            latest = no;
        }
        return latest;
    }

    /** The kind of the instrument that took effect last, or null before any. */
    public InstrumentKind latestKind() {
        String latest = latestNo();
        return latest == null ? null : effective.get(latest).kind();
    }

    /** The performance day of the instrument that took effect last, or null before any. */
    public LocalDate latestPerformanceDue() {
        String latest = latestNo();
        return latest == null ? null : effective.get(latest).performanceDue();
    }

    /** The performance day of an effective instrument; refused when the case has none of that number. */
    public LocalDate performanceDueOf(String documentNo) {
        EffectiveInstrument instrument = effective.get(documentNo);
        require(instrument != null, RuleCode.NO_EFFECTIVE_INSTRUMENT, "documentNo", "instrument " + documentNo);
        return instrument.performanceDue();
    }

    public boolean isJudicialConfirmationPending() {
        return judicialConfirmationPending;
    }

    @CommandHandler
    void handle(RecordInstrumentEffective c) {
        CaseStage stage = view.stage();
        // where each instrument arises: 司法确认 ends a mediation, the commission's awards and mediations an arbitration,
        // the court's orders, mediations and judgments a litigation
        view.court().checkGoingOn();
        Set<InstrumentKind> allowed = switch (stage) {
            case NEGOTIATION -> EnumSet.of(InstrumentKind.JUDICIAL_CONFIRMATION);
            case ENFORCEMENT -> EnumSet.of(InstrumentKind.COURT_MEDIATION, InstrumentKind.JUDGMENT);
            case ARBITRATION -> EnumSet.of(InstrumentKind.ARBITRAL_AWARD, InstrumentKind.ARBITRAL_MEDIATION);
            // the award, for the workers who did not sue it (劳动争议解释(一) art. 17)
            default -> EnumSet.of(InstrumentKind.PAYMENT_ORDER, InstrumentKind.COURT_MEDIATION, InstrumentKind.JUDGMENT, InstrumentKind.ARBITRAL_AWARD);
        };
        boolean awardForOthers = stage == CaseStage.LITIGATION && c.instrumentKind() == InstrumentKind.ARBITRAL_AWARD;
        if (awardForOthers) {
            view.court().checkAwardEffectiveForOthers(c.amounts().stream().map(EnforceableAmount::claimantId).toList(),
                    view.arbitration().hasAward());
        }
        require(allowed.contains(c.instrumentKind()), RuleCode.INSTRUMENT_KIND_NOT_ALLOWED, "instrumentKind", c.instrumentKind() + " in " + stage);
        if (c.instrumentKind() == InstrumentKind.JUDICIAL_CONFIRMATION) {
            require(judicialConfirmationPending, RuleCode.NO_JUDICIAL_CONFIRMATION, "instrumentKind", null);
        }
        if (c.instrumentKind() == InstrumentKind.PAYMENT_ORDER) {
            view.paymentOrder().checkStanding(c.amounts());
        }
        require(c.instrumentKind() != InstrumentKind.ARBITRAL_AWARD || !view.arbitration().isSetAside(c.documentNo()), RuleCode.AWARD_SET_ASIDE,
                "instrumentKind", null);
        require(!effective.containsKey(c.documentNo()), RuleCode.DUPLICATE_INSTRUMENT, "documentNo", "instrument " + c.documentNo());
        view.checkEnforceable(c.amounts(), c.amountsIncludeEarlierPayments());
        List<Instalment> instalments = instalmentsOf(c);
        // 民事诉讼法 art. 250: two years from the last day of performance, or of the last instalment
        LocalDate runsFrom = c.lastInstalmentDue() != null ? c.lastInstalmentDue() : c.performanceDue();
        LocalDate afterPreservation = view.hasPreservationInForce()
                ? CourtPeriod.lastDay(c.occurredOn(), Period.ofMonths(3), view.context().calendar()) : null;
        apply(new InstrumentBecameEffective(view.caseId(), c.instrumentKind(), c.documentNo(), c.amounts(), c.performanceDue(),
                superseded(stage, awardForOthers), c.lastInstalmentDue(), c.compensationOrderNo(),
                CourtPeriod.lastDay(runsFrom, Period.ofYears(2), view.context().calendar()), warnings(c), afterPreservation, c.occurredOn(),
                c.amountsIncludeEarlierPayments(), instalments));
    }

    /**
     * The schedule, each instalment a claimant's: named, or the one claimant of the instrument; no claimant's instalments
     * adding up to more than the money (interest aside) the instrument grants him.
     */
    private static List<Instalment> instalmentsOf(RecordInstrumentEffective c) {
        java.util.Map<org.caseledger.core.kernel.ClaimantId, org.caseledger.core.kernel.Money> debt = new java.util.LinkedHashMap<>();
        c.amounts().stream().filter(a -> !a.component().isInterest())
                .forEach(a -> debt.merge(a.claimantId(), a.amount(), org.caseledger.core.kernel.Money::plus));
        List<Instalment> named = new ArrayList<>();
        for (Instalment i : c.instalments()) {
            org.caseledger.core.kernel.ClaimantId whose = i.claimantId();
            if (whose == null) {
                require(debt.size() == 1, RuleCode.INSTALMENT_NEEDS_CLAIMANT, "instalments", "instalment due " + i.dueOn());
                whose = debt.keySet().iterator().next();
            }
            require(debt.containsKey(whose), RuleCode.UNKNOWN_CLAIMANT, "instalments", "no amount of " + whose + " in the instrument");
            named.add(i.forClaimant(whose));
        }
        debt.forEach((id, owed) -> {
            org.caseledger.core.kernel.Money scheduled = org.caseledger.core.kernel.Money.sum(
                    named.stream().filter(i -> i.claimantId().equals(id)).map(Instalment::amount).toList());
            require(!scheduled.exceeds(owed), RuleCode.INSTALMENTS_EXCEED_DEBT, "instalments", id + ": " + scheduled + " > " + owed);
        });
        return named;
    }

    /**
     * The deadlines an instrument ends: an award taking effect for the workers who did not sue leaves the others'
     * litigation and its deadlines alone; a court instrument for the suing workers while the others' award is enforced
     * ends only the litigation's deadlines; any other ends what led to it and what an earlier instrument had set.
     */
    private List<DeadlineClosure> superseded(CaseStage stage, boolean awardForOthers) {
        if (awardForOthers) {
            return List.of();
        }
        Set<DeadlineKind> ended = stage == CaseStage.ENFORCEMENT
                ? EnumSet.of(DeadlineKind.SUIT_AFTER_AWARD, DeadlineKind.APPEAL, DeadlineKind.SUIT_AFTER_SET_ASIDE)
                : EnumSet.of(DeadlineKind.SUIT_AFTER_AWARD, DeadlineKind.APPEAL, DeadlineKind.PERFORMANCE, DeadlineKind.ENFORCEMENT_APPLICATION,
                DeadlineKind.ARBITRATION_ACCEPTANCE, DeadlineKind.ARBITRAL_AWARD, DeadlineKind.PAYMENT_ORDER_OBJECTION,
                DeadlineKind.ENFORCEMENT_AFTER_PRESERVATION);
        return view.deadlines().all().stream().filter(d -> ended.contains(d.kind())).map(d -> d.cancelled()).toList();
    }

    private List<CaseWarning> warnings(RecordInstrumentEffective c) {
        List<CaseWarning> warnings = new ArrayList<>(view.compensationWarnings(c.amounts(), c.compensationOrderNo(), c.amountsIncludeEarlierPayments()));
        if (c.instrumentKind() == InstrumentKind.ARBITRAL_AWARD && !view.arbitration().hasAward()) {
            // the award is the commission's fact: it may have come before the union recorded the arbitration. Recorded, and
            // flagged so the officer records the award itself (its items, type and days to sue)
            warnings.add(CaseWarning.INSTRUMENT_WITHOUT_RECORDED_AWARD);
        }
        if (c.instrumentKind() == InstrumentKind.JUDGMENT) {
            warnings.addAll(view.court().effectiveJudgmentWarnings(c.documentNo(), c.occurredOn()));
        }
        return warnings;
    }

    /**
     * 劳动争议解释(一) art. 24: the court's ruling not to enforce the commission's award or mediation statement is its act:
     * recorded; the instrument no longer stands, and the worker may sue within 30 days from the day after receiving it.
     */
    @CommandHandler
    void handle(RecordNonEnforcementRuling c) {
        EffectiveInstrument instrument = effective.get(c.instrumentNo());
        require(instrument != null, RuleCode.NO_EFFECTIVE_INSTRUMENT, "instrumentNo", "instrument " + c.instrumentNo());
        require(instrument.kind() == InstrumentKind.ARBITRAL_AWARD || instrument.kind() == InstrumentKind.ARBITRAL_MEDIATION,
                RuleCode.INSTRUMENT_KIND_NOT_ALLOWED, "instrumentNo", "art. 24 concerns the commission's award or mediation statement");
        List<DeadlineClosure> ended = view.deadlines().all().stream()
                .filter(d -> EnumSet.of(DeadlineKind.PERFORMANCE, DeadlineKind.INSTALMENT, DeadlineKind.ENFORCEMENT_APPLICATION,
                                DeadlineKind.ENFORCEMENT_AFTER_PRESERVATION).contains(d.kind())
                        && (d.subject().equals(c.instrumentNo()) || d.subject().startsWith(c.instrumentNo() + "@")))
                .map(d -> d.cancelled()).toList();
        apply(new EnforcementOfAwardRefused(view.caseId(), c.documentNo(), c.instrumentNo(), List.copyOf(instrument.claimants()),
                CourtPeriod.lastDay(c.occurredOn(), 30, view.context().calendar()), ended, c.occurredOn()));
    }

    @EventSourcingHandler
    void on(EnforcementOfAwardRefused e) {
        effective.remove(e.instrumentNo());
    }

    @EventSourcingHandler
    void on(InstrumentBecameEffective e) {
        effective.remove(e.documentNo()); // the latest instrument is the last to take effect
        effective.put(e.documentNo(), new EffectiveInstrument(e.instrumentKind(), e.performanceDue(),
                e.amounts().stream().map(EnforceableAmount::claimantId).collect(java.util.stream.Collectors.toSet())));
        judicialConfirmationPending = false;
    }

    @EventSourcingHandler
    void on(JudicialConfirmationApplied e) {
        judicialConfirmationPending = true;
    }

    @EventSourcingHandler
    void on(JudicialConfirmationRefused e) {
        judicialConfirmationPending = false;
    }
}
