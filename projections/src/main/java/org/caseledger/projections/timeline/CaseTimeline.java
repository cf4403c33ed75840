package org.caseledger.projections.timeline;

import org.caseledger.core.kernel.EnforcementState;
import org.caseledger.core.intake.NewClaimant;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorRole;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A case's multi-stage timeline (案件时间轴): the stages entered and left, enforcement sub-states, the overlays
 * (letters, meetings, promises, measures, payments) with the stage they happened in, the per-claimant ledger,
 * open and closed deadlines and warnings. A pure fold over the case's events: the projection, the rebuild,
 * the auditor's "as of" and "verify" all build it the same way. Read-model data, so plain public fields;
 * amounts in fen; claimants by id only (personal data stays in the events). What an event changes beyond
 * stages, entries and deadlines is in {@link TimelineFold}; the line of text it shows, in {@link EntrySummary}.
 */
public class CaseTimeline {

    public String caseId;
    /** Sequence number of the last event applied (-1: none): applying an older one again changes nothing. */
    public long lastSeq = -1;
    public int events;
    public Instant lastRecordedAt;
    public String unionBody;
    public String unionLevel;
    public String region;
    public String channel;
    public String industry;
    public String workOrderNo;
    public LocalDate filedOn;
    public String officerId;
    public String officerName;
    public String stage;
    public String enforcementState;
    public String closeReason;
    public LocalDate closedOn;
    public LocalDate paidInFullOn;
    public boolean jointMechanismActive;
    public List<String> obligorIds = new ArrayList<>();
    public List<String> obligorNames = new ArrayList<>();
    /** The obligors with their liability, what each paid and can still be made to pay. */
    public List<ObligorView> obligors = new ArrayList<>();
    public List<StageSpan> stages = new ArrayList<>();
    public List<StateSpan> enforcementStates = new ArrayList<>();
    public List<Entry> entries = new ArrayList<>();
    public List<LetterView> letters = new ArrayList<>();
    public List<PromiseView> promises = new ArrayList<>();
    public List<Measure> measures = new ArrayList<>();
    public List<PaymentView> payments = new ArrayList<>();
    public List<ClaimantLine> ledger = new ArrayList<>();
    public Totals totals = new Totals();
    public List<DeadlineView> openDeadlines = new ArrayList<>();
    public List<DeadlineView> closedDeadlines = new ArrayList<>();
    public List<WarningView> warnings = new ArrayList<>();
    /** The freezes not lifted, by id (their expiry is an open deadline). */
    public List<String> freezesInForce = new ArrayList<>();












    // ------------------------------------------------------------------ the fold

    /** Applies one event (its sequence number and recording time); an event already applied changes nothing. */
    public CaseTimeline apply(WageCaseEvent e, long seq, Instant recordedAt) {
        if (seq <= lastSeq) {
            return this;
        }
        lastSeq = seq;
        events++;
        lastRecordedAt = recordedAt == null ? null : recordedAt.truncatedTo(ChronoUnit.MILLIS); // the store keeps milliseconds
        LocalDate on = e.occurredOn();
        CaseStage before = stage == null ? null : CaseStage.valueOf(stage);
        CaseStage after = CaseStage.after(before, e);
        if (after != before) {
            enterStage(after, on);
        }
        EnforcementState enfBefore = enforcementState == null ? null : EnforcementState.valueOf(enforcementState);
        EnforcementState enfAfter = EnforcementState.after(enfBefore, e);
        if (enfAfter != enfBefore) {
            if (enfAfter == null) {
                endEnforcement(on);
            } else {
                enterEnforcementState(enfAfter, on);
            }
        }
        TimelineFold.apply(this, e);
        String summary = EntrySummary.of(e);
        Entry entry = new Entry();
        entry.seq = seq;
        entry.type = e.getClass().getSimpleName();
        entry.on = on;
        entry.stage = stage;
        entry.summary = summary;
        entries.add(entry);
        for (DeadlineClosure c : e.deadlinesClosed()) {
            closeDeadline(c, on);
        }
        for (Deadline d : e.deadlinesSet()) {
            openDeadlines.removeIf(x -> x.key.equals(d.key()));
            DeadlineView v = new DeadlineView();
            v.key = d.key();
            v.kind = d.kind().name();
            v.subject = d.subject();
            v.dueOn = d.dueOn();
            openDeadlines.add(v);
        }
        recomputeTotals();
        return this;
    }

    private void enterStage(CaseStage next, LocalDate on) {
        if (!stages.isEmpty()) {
            StageSpan current = stages.get(stages.size() - 1);
            current.leftOn = on;
            current.days = ChronoUnit.DAYS.between(current.enteredOn, on);
        }
        StageSpan span = new StageSpan();
        span.stage = next.name();
        span.enteredOn = on;
        stages.add(span);
        stage = next.name();
    }

    /** A closed case has no enforcement going on: the last state ends with the closing. */
    private void endEnforcement(LocalDate on) {
        if (enforcementState != null && !enforcementStates.isEmpty()) {
            enforcementStates.get(enforcementStates.size() - 1).leftOn = on;
        }
        enforcementState = null;
    }

    private void enterEnforcementState(EnforcementState next, LocalDate on) {
        if (!enforcementStates.isEmpty()) {
            enforcementStates.get(enforcementStates.size() - 1).leftOn = on;
        }
        StateSpan span = new StateSpan();
        span.state = next.name();
        span.enteredOn = on;
        enforcementStates.add(span);
        enforcementState = next.name();
    }

    void overlay(String text) {
        if (!stages.isEmpty()) {
            stages.get(stages.size() - 1).overlays.add(text);
        }
    }

    void warn(List<CaseWarning> codes, LocalDate on, String context) {
        for (CaseWarning w : codes) {
            WarningView v = new WarningView();
            v.code = w.name();
            v.on = on;
            v.context = context;
            warnings.add(v);
        }
    }

    private void closeDeadline(DeadlineClosure c, LocalDate on) {
        Optional<DeadlineView> open = openDeadlines.stream().filter(d -> d.key.equals(c.key())).findFirst();
        open.ifPresent(d -> {
            openDeadlines.remove(d);
            d.outcome = c.outcome().name();
            d.closedOn = on;
            closedDeadlines.add(d);
        });
    }

    void addObligor(Obligor o) {
        if (!obligorIds.contains(o.obligorId().value())) {
            obligorIds.add(o.obligorId().value());
            obligorNames.add(o.name());
            ObligorView v = new ObligorView();
            v.obligorId = o.obligorId().value();
            v.name = o.name();
            v.role = o.role().name();
            obligors.add(v);
        }
        obligor(o.obligorId().value()).ifPresent(v -> {
            v.liability = o.liability().name();
            v.capFen = o.liabilityCap() == null ? null : o.liabilityCap().fen();
        });
    }

    Optional<ObligorView> obligor(String obligorId) {
        return obligors.stream().filter(v -> v.obligorId.equals(obligorId)).findFirst();
    }

    void addClaimant(NewClaimant c) {
        ClaimantLine l = line(c.claimantId().value());
        l.originalClaimedFen = c.claimed().fen();
        l.claimedFen = c.claimed().fen();
    }

    ClaimantLine line(String claimantId) {
        return ledger.stream().filter(l -> l.claimantId.equals(claimantId)).findFirst().orElseGet(() -> {
            ClaimantLine l = new ClaimantLine();
            l.claimantId = claimantId;
            ledger.add(l);
            return l;
        });
    }

    Optional<PromiseView> promise(String id) {
        return promises.stream().filter(p -> p.promiseId.equals(id)).findFirst();
    }

    Optional<LetterView> letter(String id) {
        return letters.stream().filter(l -> l.letterId.equals(id)).findFirst();
    }

    Optional<PaymentView> payment(String id) {
        return payments.stream().filter(p -> p.paymentId.equals(id)).findFirst();
    }

    void allocate(PaymentView v, List<ClaimantAmount> allocations) {
        for (ClaimantAmount a : allocations) {
            line(a.claimantId().value()).receivedFen += a.amount().fen();
            v.allocatedFen += a.amount().fen();
        }
    }

    void measure(String kind, LocalDate on, String obligorId, String detail, LocalDate until) {
        Measure m = new Measure();
        m.kind = kind;
        m.on = on;
        m.obligorId = obligorId;
        m.detail = detail;
        m.until = until;
        measures.add(m);
        overlay(kind);
    }

    private void recomputeTotals() {
        Totals t = new Totals();
        for (ClaimantLine l : ledger) {
            t.claimants++;
            t.originalClaimedFen += l.originalClaimedFen;
            t.claimedFen += l.claimedFen;
            t.agreedFen += l.agreedFen == null ? 0 : l.agreedFen;
            t.targetFen += l.targetFen();
            t.receivedFen += l.receivedFen;
            t.disbursedFen += l.disbursedFen;
        }
        for (PaymentView p : payments) {
            t.unallocatedFen += p.amountFen - p.allocatedFen - p.refundedFen;
        }
        totals = t;
        long outstanding = ledger.stream().mapToLong(l -> Math.max(0, l.targetFen() - l.receivedFen)).sum();
        obligors.forEach(o -> o.refreshOwed(outstanding));
    }

    /** Days from filing to payment in full, if the case was paid in full. */
    public Long daysToFullPayment() {
        return paidInFullOn == null || filedOn == null ? null : ChronoUnit.DAYS.between(filedOn, paidInFullOn);
    }
}
