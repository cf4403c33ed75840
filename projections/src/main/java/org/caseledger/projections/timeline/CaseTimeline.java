package org.caseledger.projections.timeline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.caseledger.core.intake.NewClaimant;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.EnforcementState;
import org.caseledger.core.kernel.MemberFold;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.WageCaseEvent;
import org.caseledger.core.money.ClaimantBalance;
import org.caseledger.core.money.Ledger;
import org.caseledger.core.money.Liabilities;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A case's multi-stage timeline (案件时间轴): the stages entered and left, enforcement sub-states, every event as an entry
 * (as it describes itself: its mark, its alert, its summary as data), the per-claimant ledger, open and closed deadlines
 * and warnings. A pure fold over the case's events: the projection, the rebuild, the auditor's "as of" and "verify" all
 * build it the same way. Read-model data, so plain public fields; amounts in fen; claimants by id only (personal data
 * stays in the events). The money is the case's own: the timeline folds each event into the case's {@link Ledger} and
 * {@link Liabilities} (stored with it, not shown) and shows what they hold; what else an event changes is in
 * {@link TimelineFold}.
 */
public class CaseTimeline {

    private static final MemberFold<Ledger> LEDGER = MemberFold.of(Ledger.class);
    private static final MemberFold<Liabilities> LIABILITIES = MemberFold.of(Liabilities.class);

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
    /** A supervision matter without a wage claim (监督事项): how it watches (TARGETED, PUBLIC_NOTICE) and what about; null for a wage case. */
    public String supervisionMode;
    public String supervisionSubject;
    public LocalDate filedOn;
    public String officerId;
    public String officerName;
    public String stage;
    public String enforcementState;
    public String closeReason;
    public LocalDate closedOn;
    public LocalDate paidInFullOn;
    public boolean jointMechanismActive;
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
    /**
     * The case's own ledger and liabilities, folded event by event (stored with the timeline, not shown: the figures
     * above are read from them). Null in a timeline stored before they were kept, which keeps its figures until the
     * rebuild at start replaces it.
     */
    @JsonIgnore
    public Ledger ledgerState;
    @JsonIgnore
    public Liabilities liabilityState;

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
        CaseStage after = e.stageAfter(before);
        if (after != before) {
            enterStage(after, on);
        }
        EnforcementState enfBefore = enforcementState == null ? null : EnforcementState.valueOf(enforcementState);
        EnforcementState enfAfter = e.enforcementStateAfter(enfBefore);
        if (enfAfter != enfBefore) {
            enterEnforcementState(enfAfter, on);
        }
        if (seq == 0 || ledgerState != null) {
            ledgerState = ledgerState == null ? new Ledger() : ledgerState;
            liabilityState = liabilityState == null ? new Liabilities() : liabilityState;
            LEDGER.apply(ledgerState, e);
            LIABILITIES.apply(liabilityState, e);
        }
        TimelineFold.apply(this, e);
        entries.add(entry(e, seq));
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
        showMoney();
        return this;
    }

    /** The event as it describes itself, with the warnings it was recorded with. */
    private Entry entry(WageCaseEvent e, long seq) {
        Description d = e.describe();
        Entry entry = new Entry();
        entry.seq = seq;
        entry.type = e.getClass().getSimpleName();
        entry.on = e.occurredOn();
        entry.stage = stage;
        entry.summary = d.summary();
        entry.mark = d.mark().name();
        entry.alert = d.alert();
        e.warnings().forEach(w -> {
            entry.warnings.add(w.name());
            WarningView v = new WarningView();
            v.code = w.name();
            v.on = e.occurredOn();
            v.seq = seq;
            v.type = entry.type;
            warnings.add(v);
        });
        return entry;
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

    /** A new sub-state, or none: a closed case has no enforcement going on, and its last state ends with the closing. */
    private void enterEnforcementState(EnforcementState next, LocalDate on) {
        if (!enforcementStates.isEmpty()) {
            enforcementStates.get(enforcementStates.size() - 1).leftOn = on;
        }
        if (next != null) {
            StateSpan span = new StateSpan();
            span.state = next.name();
            span.enteredOn = on;
            enforcementStates.add(span);
        }
        enforcementState = next == null ? null : next.name();
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
        ObligorView v = obligor(o.obligorId().value()).orElseGet(() -> {
            ObligorView n = new ObligorView();
            n.obligorId = o.obligorId().value();
            n.name = o.name();
            n.role = o.role().name();
            obligors.add(n);
            return n;
        });
        v.liability = o.liability().name();
        v.capFen = o.liabilityCap() == null ? null : o.liabilityCap().fen();
    }

    Optional<ObligorView> obligor(String obligorId) {
        return obligors.stream().filter(v -> v.obligorId.equals(obligorId)).findFirst();
    }

    void addClaimant(NewClaimant c) {
        ClaimantLine l = new ClaimantLine();
        l.claimantId = c.claimantId().value();
        l.originalClaimedFen = c.claimed().fen();
        l.claimedFen = c.claimed().fen();
        l.targetFen = c.claimed().fen();
        l.outstandingFen = c.claimed().fen();
        ledger.add(l);
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

    void measure(String kind, long seq, LocalDate on, String obligorId, LocalDate until) {
        Measure m = new Measure();
        m.kind = kind;
        m.seq = seq;
        m.on = on;
        m.obligorId = obligorId;
        m.until = until;
        measures.add(m);
    }

    /** The ledger's lines, what each obligor paid and owes, and the totals, as the case's own ledger holds them. */
    private void showMoney() {
        if (ledgerState != null) {
            for (ClaimantLine l : ledger) {
                ClaimantId id = l.id();
                if (ledgerState.claimants().containsKey(id)) {
                    l.show(ledgerState.claimants().get(id));
                }
            }
            Money outstanding = ledgerState.totalOutstanding();
            for (ObligorView o : obligors) {
                ObligorId id = ObligorId.of(o.obligorId);
                o.paidFen = liabilityState.paidBy(id).fen();
                o.owedFen = liabilityState.owedBy(id, outstanding).fen();
            }
        }
        Totals t = new Totals();
        for (ClaimantLine l : ledger) {
            t.claimants++;
            t.originalClaimedFen += l.originalClaimedFen;
            t.claimedFen += l.claimedFen;
            t.agreedFen += l.agreedFen == null ? 0 : l.agreedFen;
            t.targetFen += l.targetFen;
            t.receivedFen += l.receivedFen;
            t.disbursedFen += l.disbursedFen;
        }
        t.unallocatedFen = ledgerState != null ? ledgerState.unallocated().fen()
                : payments.stream().mapToLong(p -> p.amountFen - p.allocatedFen - p.refundedFen).sum();
        totals = t;
    }

    /** Days from filing to payment in full, if the case was paid in full. */
    public Long daysToFullPayment() {
        return paidInFullOn == null || filedOn == null ? null : ChronoUnit.DAYS.between(filedOn, paidInFullOn);
    }
}
