package org.caseledger.core.limitation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.deadline.CaseView;
import org.caseledger.core.deadline.CourtPeriod;
import org.caseledger.core.deadline.OpenDeadlines;
import org.caseledger.core.deadline.WorkingDayCalendar;
import org.caseledger.core.enforcement.EnforcementApplied;
import org.caseledger.core.enforcement.EnforcementResumed;
import org.caseledger.core.enforcement.EnforcementRoundTerminated;
import org.caseledger.core.intake.ClaimantAdded;
import org.caseledger.core.intake.WageClaimFiled;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.InterruptionCause;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.litigation.ArbitrationApplied;
import org.caseledger.core.litigation.InstrumentBecameEffective;
import org.caseledger.core.litigation.LawsuitFiled;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * The limitations of a case (时效): the arbitration year of each claimant, from the end of employment (劳动争议调解
 * 仲裁法 art. 27 ¶4: wages owed while employed are not barred before it ends), and the two years to apply for
 * enforcement of the effective instrument, from its last day of performance or last instalment (民事诉讼法 art. 250).
 * Both are interrupted and suspended; neither bars anything here: the commission and the court accept a late
 * application and the other side pleads the limitation, so a late step is recorded with a warning.
 * <p>
 * The case's limitation deadline is the earliest last day among its running clocks; each interruption or suspension
 * is an event that says so.
 */
public class Limitations {

    private final Map<ClaimantId, LimitationClock> arbitration = new LinkedHashMap<>();
    private LocalDate employmentEndedOn;
    private boolean arbitrationBrought;
    private LimitationClock enforcement;
    private String instrumentNo;
    private boolean enforcementApplied;
    private transient CaseView view;

    public void bind(CaseView view) {
        this.view = view;
    }

    // ---- queries

    /** Whether this limitation is running now (arbitration: employment ended and no claim brought; enforcement: an instrument, no application). */
    public boolean isRunning(LimitationKind kind) {
        return kind == LimitationKind.ARBITRATION ? !arbitrationBrought && !arbitration.isEmpty()
                : enforcement != null && !enforcementApplied;
    }

    public Map<ClaimantId, LimitationClock> arbitrationClocks() {
        return Collections.unmodifiableMap(arbitration);
    }

    /** Whether a running limitation stands suspended (中止). */
    public boolean isSuspended() {
        return clocks(LimitationKind.ARBITRATION).stream().anyMatch(LimitationClock::isSuspended)
                || clocks(LimitationKind.ENFORCEMENT).stream().anyMatch(LimitationClock::isSuspended);
    }

    /** The earliest last day to act among the running clocks of this kind, or empty (none running, or all suspended). */
    public Optional<LocalDate> earliestLastDay(LimitationKind kind, WorkingDayCalendar calendar) {
        return clocks(kind).stream().map(c -> c.lastDay(calendar)).filter(Objects::nonNull).min(LocalDate::compareTo);
    }

    /**
     * The last day of the three years of 民法典 art. 188 for a suit in court without arbitration (a wage IOU, 劳务, a
     * broken agreement): counted from where each claimant's clock now runs (its start or last interruption), plus its
     * days suspended; the earliest among the claimants. Empty while a clock stands suspended or none runs.
     */
    public Optional<LocalDate> civilLastDay(WorkingDayCalendar calendar) {
        if (arbitration.values().stream().anyMatch(LimitationClock::isSuspended)) {
            return Optional.empty();
        }
        return arbitration.values().stream()
                .map(c -> CourtPeriod.rolledToWorkingDay(c.runsFrom().plusYears(3).plusDays(c.suspendedDays()), calendar))
                .min(LocalDate::compareTo);
    }

    /** Whether some running clock of this kind had run out before {@code day}. */
    public boolean hasRunOutBefore(LimitationKind kind, LocalDate day, WorkingDayCalendar calendar) {
        return isRunning(kind) && clocks(kind).stream().map(c -> c.lastDay(calendar))
                .anyMatch(last -> last != null && day.isAfter(last));
    }

    // ---- decisions

    /**
     * The interruption a step of the case causes, if a limitation is running: a demand, a complaint or an application
     * restarts a clock still running; once a clock has run out, only the obligor's agreement to pay restarts it (民法典
     * art. 192 ¶2: it then may not plead the limitation). A second act on the day of the last restart is recorded too
     * (each promise is evidence of its own), though the day does not move.
     */
    public Optional<LimitationInterrupted> interruptionBy(CaseId caseId, InterruptionCause cause, Collection<ClaimantId> scope,
                                                          String note, LocalDate on, OpenDeadlines deadlines, WorkingDayCalendar calendar) {
        LimitationKind kind = isRunning(LimitationKind.ARBITRATION) ? LimitationKind.ARBITRATION
                : isRunning(LimitationKind.ENFORCEMENT) ? LimitationKind.ENFORCEMENT : null;
        if (kind == null || cause == InterruptionCause.ENFORCEMENT_SETTLEMENT && kind != LimitationKind.ENFORCEMENT) {
            return Optional.empty();
        }
        return interruption(caseId, kind, cause, scope, note, on, on, deadlines, calendar);
    }

    /** An interruption the officer records (an act outside the case): refused when the limitation is not running. */
    @CommandHandler
    void handle(RecordLimitationInterruption c) {
        require(isRunning(c.limitation()), RuleCode.NO_LIMITATION_RUNNING, "limitation", c.limitation() + " is not running");
        c.claimantIds().forEach(id -> require(arbitration.containsKey(id), RuleCode.UNKNOWN_CLAIMANT, "claimantIds", "claimant " + id));
        apply(interruption(view.caseId(), c.limitation(), c.cause(), c.claimantIds(), c.note(), c.occurredOn(), c.occurredOn(), view.deadlines(),
                view.context().calendar())
                .orElseThrow(() -> new org.caseledger.core.kernel.CaseRuleViolation(RuleCode.LIMITATION_ALREADY_RAN, "occurredOn",
                        "only the obligor's agreement to pay restarts a limitation that has run out (民法典 art. 192)")));
    }

    /** 执行和解: the two years restart from the agreed last day of performance (民事诉讼法解释 art. 466; 执行和解规定 art. 10). */
    public Optional<LimitationInterrupted> settlement(CaseId caseId, LocalDate lastPerformanceDay, LocalDate on, OpenDeadlines deadlines,
                                                      WorkingDayCalendar calendar) {
        if (enforcement == null || lastPerformanceDay == null) {
            return Optional.empty();
        }
        LimitationClock restarted = enforcement.restartedOn(lastPerformanceDay);
        LocalDate last = restarted.lastDay(calendar);
        List<DeadlineClosure> closed = deadlines.all().stream().filter(d -> d.kind() == DeadlineKind.ENFORCEMENT_APPLICATION)
                .map(d -> d.cancelled()).toList();
        return Optional.of(new LimitationInterrupted(caseId, LimitationKind.ENFORCEMENT, InterruptionCause.ENFORCEMENT_SETTLEMENT, List.of(),
                "", lastPerformanceDay, last, closed, List.of(Deadline.of(DeadlineKind.ENFORCEMENT_APPLICATION, instrumentNo, last)), on));
    }

    /** 中止 (劳动争议调解仲裁法 art. 27 ¶3; 民法典 art. 194): the clock stops until the ground ends. */
    @CommandHandler
    void handle(RecordLimitationSuspension c) {
        require(isRunning(c.limitation()), RuleCode.NO_LIMITATION_RUNNING, "limitation", c.limitation() + " is not running");
        require(clocks(c.limitation()).stream().noneMatch(LimitationClock::isSuspended), RuleCode.LIMITATION_ALREADY_SUSPENDED,
                "limitation", null);
        DeadlineKind kind = deadlineKind(c.limitation());
        List<DeadlineClosure> closed = view.deadlines().all().stream().filter(d -> d.kind() == kind).map(d -> d.cancelled()).toList();
        apply(new LimitationSuspended(view.caseId(), c.limitation(), c.reason(), closed, c.occurredOn()));
    }

    @CommandHandler
    void handle(EndLimitationSuspension c) {
        List<LimitationClock> suspended = clocks(c.limitation()).stream().filter(LimitationClock::isSuspended).toList();
        require(!suspended.isEmpty(), RuleCode.LIMITATION_NOT_SUSPENDED, "limitation", null);
        require(!c.occurredOn().isBefore(suspended.get(0).suspendedSince()), RuleCode.LIMITATION_NOT_SUSPENDED, "occurredOn",
                "suspended since " + suspended.get(0).suspendedSince());
        LocalDate last = clocks(c.limitation()).stream().map(k -> k.isSuspended() ? k.resumedOn(c.occurredOn()) : k)
                .map(k -> k.lastDay(view.context().calendar())).min(LocalDate::compareTo).orElseThrow();
        apply(new LimitationSuspensionEnded(view.caseId(), c.limitation(), last,
                List.of(Deadline.of(deadlineKind(c.limitation()), subject(view.caseId(), c.limitation()), last)), c.occurredOn()));
    }

    /** The deadline changes when a claimant joins whose clock ends before the case's current limitation deadline. */
    public List<Deadline> deadlineWithNewClaimant(CaseId caseId, OpenDeadlines deadlines, WorkingDayCalendar calendar) {
        if (!isRunning(LimitationKind.ARBITRATION) || employmentEndedOn == null) {
            return List.of();
        }
        LocalDate newcomer = LimitationClock.from(LimitationKind.ARBITRATION, employmentEndedOn).lastDay(calendar);
        Optional<Deadline> current = deadlines.find(DeadlineKind.ARBITRATION_LIMITATION, caseId);
        return current.isPresent() && newcomer.isBefore(current.get().dueOn())
                ? List.of(Deadline.of(DeadlineKind.ARBITRATION_LIMITATION, caseId, newcomer)) : List.of();
    }

    private Optional<LimitationInterrupted> interruption(CaseId caseId, LimitationKind kind, InterruptionCause cause,
                                                         Collection<ClaimantId> scope, String note, LocalDate on, LocalDate restartsFrom,
                                                         OpenDeadlines deadlines, WorkingDayCalendar calendar) {
        boolean revives = cause == InterruptionCause.OBLIGOR_AGREED_TO_PAY;
        List<ClaimantId> restarted = new ArrayList<>();
        Map<ClaimantId, LimitationClock> after = new LinkedHashMap<>(arbitration);
        LimitationClock enforcementAfter = enforcement;
        if (kind == LimitationKind.ARBITRATION) {
            for (Map.Entry<ClaimantId, LimitationClock> e : arbitration.entrySet()) {
                LimitationClock clock = e.getValue();
                boolean inScope = scope.isEmpty() || scope.contains(e.getKey());
                LocalDate last = clock.lastDay(calendar);
                boolean alive = last == null || !on.isAfter(last);
                if (inScope && (alive || revives) && !restartsFrom.isBefore(clock.runsFrom())) {
                    after.put(e.getKey(), clock.restartedOn(restartsFrom));
                    restarted.add(e.getKey());
                }
            }
            if (restarted.isEmpty()) {
                return Optional.empty();
            }
        } else {
            LocalDate last = enforcement.lastDay(calendar);
            boolean alive = last == null || !on.isAfter(last);
            if (!(alive || revives) || restartsFrom.isBefore(enforcement.runsFrom())) {
                return Optional.empty();
            }
            enforcementAfter = enforcement.restartedOn(restartsFrom);
        }
        Collection<LimitationClock> clocks = kind == LimitationKind.ARBITRATION ? after.values() : List.of(enforcementAfter);
        LocalDate earliest = clocks.stream().map(c -> c.lastDay(calendar)).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        DeadlineKind deadlineKind = deadlineKind(kind);
        List<DeadlineClosure> closed = new ArrayList<>();
        List<Deadline> set = new ArrayList<>();
        if (earliest != null) {
            deadlines.all().stream().filter(d -> d.kind() == deadlineKind && !d.dueOn().equals(earliest))
                    .forEach(d -> closed.add(d.doneOn(on)));
            boolean open = deadlines.all().stream().anyMatch(d -> d.kind() == deadlineKind);
            if (!closed.isEmpty() || !open) {
                set.add(Deadline.of(deadlineKind, subject(caseId, kind), earliest));
            }
        }
        return Optional.of(new LimitationInterrupted(caseId, kind, cause, restarted, note == null ? "" : note, restartsFrom,
                earliest == null ? restartsFrom : earliest, closed, set, on));
    }

    private Collection<LimitationClock> clocks(LimitationKind kind) {
        if (!isRunning(kind)) {
            return List.of();
        }
        return kind == LimitationKind.ARBITRATION ? arbitration.values() : List.of(enforcement);
    }

    private static DeadlineKind deadlineKind(LimitationKind kind) {
        return kind == LimitationKind.ARBITRATION ? DeadlineKind.ARBITRATION_LIMITATION : DeadlineKind.ENFORCEMENT_APPLICATION;
    }

    private Object subject(CaseId caseId, LimitationKind kind) {
        return kind == LimitationKind.ARBITRATION ? caseId : instrumentNo;
    }

    // ---- state

    @EventSourcingHandler
    void on(WageClaimFiled e) {
        if (e.employmentEnded()) {
            employmentEndedOn = e.employmentEndedOn();
            e.claimants().forEach(c -> arbitration.put(c.claimantId(), LimitationClock.from(LimitationKind.ARBITRATION, employmentEndedOn)));
        }
    }

    @EventSourcingHandler
    void on(ClaimantAdded e) {
        if (employmentEndedOn != null) {
            arbitration.put(e.claimant().claimantId(), LimitationClock.from(LimitationKind.ARBITRATION, employmentEndedOn));
        }
    }

    @EventSourcingHandler
    void on(ArbitrationApplied e) {
        arbitrationBrought = true;
    }

    @EventSourcingHandler
    void on(LawsuitFiled e) {
        arbitrationBrought = true;
    }

    /** 民事诉讼法 art. 250 ¶2: from the last day of performance, or of the last instalment. */
    @EventSourcingHandler
    void on(InstrumentBecameEffective e) {
        enforcement = LimitationClock.from(LimitationKind.ENFORCEMENT, e.lastInstalmentDue() != null ? e.lastInstalmentDue() : e.performanceDue());
        instrumentNo = e.documentNo();
        enforcementApplied = false;
    }

    @EventSourcingHandler
    void on(EnforcementApplied e) {
        enforcementApplied = true;
    }

    @EventSourcingHandler
    void on(EnforcementResumed e) {
        enforcementApplied = true;
    }

    /** 民事诉讼法解释 art. 517: after 终本 the creditor may apply again at any time, the two years do not run. */
    @EventSourcingHandler
    void on(EnforcementRoundTerminated e) {
        enforcementApplied = true;
    }

    @EventSourcingHandler
    void on(LimitationInterrupted e) {
        if (e.limitation() == LimitationKind.ARBITRATION) {
            e.claimantIds().forEach(id -> arbitration.computeIfPresent(id, (k, c) -> c.restartedOn(e.restartsFrom())));
        } else if (enforcement != null) {
            enforcement = enforcement.restartedOn(e.restartsFrom());
            enforcementApplied = false; // after a settlement, resuming the original instrument is again within a limitation
        }
    }

    @EventSourcingHandler
    void on(LimitationSuspended e) {
        if (e.limitation() == LimitationKind.ARBITRATION) {
            arbitration.replaceAll((k, c) -> c.suspendedOn(e.occurredOn()));
        } else if (enforcement != null) {
            enforcement = enforcement.suspendedOn(e.occurredOn());
        }
    }

    @EventSourcingHandler
    void on(LimitationSuspensionEnded e) {
        if (e.limitation() == LimitationKind.ARBITRATION) {
            arbitration.replaceAll((k, c) -> c.isSuspended() ? c.resumedOn(e.occurredOn()) : c);
        } else if (enforcement != null && enforcement.isSuspended()) {
            enforcement = enforcement.resumedOn(e.occurredOn());
        }
    }
}
