package org.caseledger.projections.timeline;

import org.caseledger.core.deadline.Deadline;
import org.caseledger.core.deadline.DeadlineClosure;
import org.caseledger.core.enforcement.*;
import org.caseledger.core.intake.*;
import org.caseledger.core.litigation.*;
import org.caseledger.core.money.*;
import org.caseledger.core.negotiation.*;
import org.caseledger.core.supervision.*;
import org.caseledger.core.wagecase.CaseStage;
import org.caseledger.core.wagecase.CaseWarning;
import org.caseledger.core.wagecase.WageCaseEvent;

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
 * amounts in fen; claimants by id only (personal data stays in the events).
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

    /** A stage and how long the case stayed in it (days is null while the stage lasts). */
    public static class StageSpan {
        public String stage;
        public LocalDate enteredOn;
        public LocalDate leftOn;
        public Long days;
        public List<String> overlays = new ArrayList<>();
    }

    /** An enforcement sub-state and when it began and ended. */
    public static class StateSpan {
        public String state;
        public LocalDate enteredOn;
        public LocalDate leftOn;
    }

    /** One event as a line of the timeline. */
    public static class Entry {
        public long seq;
        public String type;
        public LocalDate on;
        public String stage;
        public String summary;
    }

    public static class LetterView {
        public String letterId;
        public String type;
        public String documentNo;
        public String issuer;
        public String recipientKind;
        public String recipientName;
        public String subject;
        public LocalDate servedOn;
        public LocalDate replyDue;
        public String status;
        public String outcome;
        public LocalDate repliedOn;
        public String stage;
    }

    public static class PromiseView {
        public String promiseId;
        public String obligorId;
        public long amountFen;
        public LocalDate promisedPayDate;
        public LocalDate madeOn;
        public boolean fromMediationAgreement;
        public String status;
        public LocalDate settledOn;
    }

    /** Enforcement measures: asset searches, added judgment debtors, freezes, 限高, 失信, warnings of criminal liability. */
    public static class Measure {
        public String kind;
        public LocalDate on;
        public String obligorId;
        public String detail;
        public LocalDate until;
    }

    public static class PaymentView {
        public String paymentId;
        public String payerObligorId;
        public String channel;
        public long amountFen;
        public long allocatedFen;
        public long refundedFen;
        public LocalDate receivedOn;
    }

    public static class ClaimantLine {
        public String claimantId;
        public long originalClaimedFen;
        public long claimedFen;
        public Long agreedFen;
        public Long enforceableFen;
        public long receivedFen;
        public long disbursedFen;

        long targetFen() {
            return enforceableFen != null ? enforceableFen : agreedFen != null ? agreedFen : claimedFen;
        }
    }

    /** Sums over the ledger lines, kept for readers; always recomputed from the lines. */
    public static class Totals {
        public int claimants;
        public long originalClaimedFen;
        public long claimedFen;
        public long agreedFen;
        public long targetFen;
        public long receivedFen;
        public long disbursedFen;
        public long unallocatedFen;
    }

    public static class DeadlineView {
        public String key;
        public String kind;
        public String subject;
        public LocalDate dueOn;
        public String outcome;
        public LocalDate closedOn;
    }

    public static class WarningView {
        public String code;
        public LocalDate on;
        public String context;
    }

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
            enterEnforcementState(enfAfter, on);
        }
        String summary = describe(e);
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

    private void overlay(String text) {
        if (!stages.isEmpty()) {
            stages.get(stages.size() - 1).overlays.add(text);
        }
    }

    private void warn(List<CaseWarning> codes, LocalDate on, String context) {
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

    private String describe(WageCaseEvent e) {
        LocalDate on = e.occurredOn();
        if (e instanceof WageClaimFiled f) {
            caseId = f.caseId().value();
            unionBody = f.unionBody().name();
            unionLevel = f.unionBody().level().name();
            region = f.unionBody().region().value();
            channel = f.channel().name();
            industry = f.industry();
            workOrderNo = f.workOrderNo();
            filedOn = on;
            f.obligors().forEach(this::addObligor);
            f.claimants().forEach(this::addClaimant);
            return "claim filed: " + f.claimants().size() + " claimants, " + f.obligors().size() + " obligors, via " + f.channel();
        }
        if (e instanceof ClaimantAdded a) {
            addClaimant(a.claimant());
            return "claimant " + a.claimant().claimantId() + " joined";
        }
        if (e instanceof LegalAidGranted g) {
            warn(g.warnings(), on, "legal aid decision");
            return "legal aid granted";
        }
        if (e instanceof LegalAidRefused r) {
            return "legal aid refused: " + r.reason();
        }
        if (e instanceof LegalOfficerAssigned a) {
            officerId = a.officerId();
            officerName = a.officerName();
            warn(a.warnings(), on, "officer assignment");
            return "officer assigned: " + a.officerName();
        }
        if (e instanceof ClaimAmountRevised r) {
            line(r.claimantId().value()).claimedFen = r.revised().fen();
            return "claim of " + r.claimantId() + " re-verified " + r.previous() + " → " + r.revised() + " (" + r.reason() + ")";
        }
        if (e instanceof CoordinationMeetingHeld m) {
            overlay("meeting " + on);
            return (m.format() == MeetingFormat.ONLINE ? "online " : "") + "coordination meeting: " + m.outcome();
        }
        if (e instanceof MediationAgreementReached m) {
            m.agreedAmounts().forEach(a -> line(a.claimantId().value()).agreedFen = a.amount().fen());
            long total = m.agreedAmounts().stream().mapToLong(a -> a.amount().fen()).sum();
            addPromise(m.promiseId().value(), m.obligorId().value(), total, m.promisedPayDate(), on, true);
            overlay("mediation agreement " + on);
            return "mediation agreement: " + Money.ofFen(total) + " by " + m.promisedPayDate() + " from " + m.obligorId();
        }
        if (e instanceof PaymentPromiseMade p) {
            addPromise(p.promiseId().value(), p.obligorId().value(), p.amount().fen(), p.promisedPayDate(), on, false);
            overlay("promise " + p.promiseId());
            return "promise: " + p.obligorId() + " to pay " + p.amount() + " by " + p.promisedPayDate();
        }
        if (e instanceof PaymentPromiseBroken b) {
            promise(b.promiseId().value()).ifPresent(p -> {
                p.status = "BROKEN";
                p.settledOn = on;
            });
            overlay("promise " + b.promiseId() + " broken");
            return "promise " + b.promiseId() + " broken (due " + b.promisedPayDate() + ")";
        }
        if (e instanceof PaymentPromiseKept k) {
            promise(k.promiseId().value()).ifPresent(p -> {
                p.status = "KEPT";
                p.settledOn = on;
            });
            return "promise " + k.promiseId() + " kept";
        }
        if (e instanceof SupervisionLetterIssued l) {
            LetterView v = new LetterView();
            v.letterId = l.letterId().value();
            v.type = l.letterType().name();
            v.documentNo = l.documentNo();
            v.issuer = l.issuer().name();
            v.recipientKind = l.recipientKind().name();
            v.recipientName = l.recipientName();
            v.subject = l.subject().name();
            v.servedOn = on;
            v.replyDue = l.replyDue();
            v.status = "OPEN";
            v.stage = stage;
            letters.add(v);
            warn(l.warnings(), on, l.letterType() + " " + l.documentNo());
            overlay(l.letterType() + " " + l.documentNo());
            return l.letterType() + " " + l.documentNo() + " to " + l.recipientKind() + " " + l.recipientName()
                    + (l.replyDue() == null ? "" : ", reply due " + l.replyDue());
        }
        if (e instanceof SupervisionLetterAnswered a) {
            letter(a.letterId().value()).ifPresent(v -> {
                v.status = "ANSWERED";
                v.outcome = a.outcome().name();
                v.repliedOn = on;
            });
            warn(a.warnings(), on, "reply to " + a.letterId());
            return "reply to " + a.letterId() + ": " + a.outcome();
        }
        if (e instanceof SupervisionLetterReplyOverdue o) {
            letter(o.letterId().value()).ifPresent(v -> v.status = "OVERDUE");
            overlay("reply to " + o.letterId() + " overdue");
            return "reply to " + o.letterId() + " overdue (due " + o.replyDue() + ")";
        }
        if (e instanceof JointMechanismActivated j) {
            jointMechanismActive = true;
            overlay("joint mechanism");
            return "joint mechanism 工会+" + j.partners().stream().map(Enum::name).sorted().toList() + " activated";
        }
        if (e instanceof CaseReferred r) {
            overlay("referred to " + r.target());
            return "referred to " + r.target() + ": " + r.reason();
        }
        if (e instanceof ArbitrationApplied a) {
            return "arbitration applied for at " + a.commission();
        }
        if (e instanceof ArbitrationAccepted a) {
            return "arbitration accepted: " + a.arbitrationCaseNo();
        }
        if (e instanceof ArbitralAwardIssued a) {
            return "award " + a.awardNo() + " (" + a.items().size() + " items)";
        }
        if (e instanceof PaymentOrderApplied p) {
            return "payment order applied for at " + p.court();
        }
        if (e instanceof PaymentOrderObjected) {
            return "the debtor objected to the payment order";
        }
        if (e instanceof LawsuitFiled l) {
            return "lawsuit filed at " + l.court() + (l.directSuitBasis() == null ? "" : " (direct suit: " + l.directSuitBasis() + ")");
        }
        if (e instanceof CourtMediationStatementIssued c) {
            return "court mediation statement " + c.documentNo();
        }
        if (e instanceof JudgmentIssued j) {
            return j.instance() + " instance judgment " + j.documentNo();
        }
        if (e instanceof AppealFiled a) {
            return "appeal by " + a.appellant();
        }
        if (e instanceof InstrumentBecameEffective i) {
            ledger.forEach(l -> {
                if (i.amounts().stream().anyMatch(a -> a.claimantId().value().equals(l.claimantId))) {
                    l.enforceableFen = 0L;
                }
            });
            i.amounts().forEach(a -> line(a.claimantId().value()).enforceableFen += a.amount().fen());
            return i.instrumentKind() + " " + i.documentNo() + " effective, performance due " + i.performanceDue();
        }
        if (e instanceof EnforcementApplied a) {
            return "enforcement applied for at " + a.court();
        }
        if (e instanceof EnforcementCaseFiled f) {
            return "enforcement case filed: " + f.enforcementCaseNo();
        }
        if (e instanceof AssetSearchCompleted s) {
            measure("ASSET_SEARCH_" + s.method(), on, s.obligorId().value(), "balance " + s.balanceFound()
                    + (s.realEstateFound() ? ", real estate" : ", no real estate") + (s.vehiclesFound() ? ", vehicles" : ", no vehicles"), null);
            return s.method() + " asset search of " + s.obligorId() + ": balance " + s.balanceFound();
        }
        if (e instanceof JudgmentDebtorAdded j) {
            addObligor(new Obligor(j.obligorId(), j.name(), ObligorRole.ADDED_JUDGMENT_DEBTOR));
            measure("JUDGMENT_DEBTOR_ADDED", on, j.obligorId().value(), j.ground() + " (变更追加规定 art. " + j.ground().article() + ")"
                    + (j.liabilityCap() == null ? "" : ", cap " + j.liabilityCap()), null);
            warn(j.warnings(), on, "judgment debtor " + j.obligorId());
            return "judgment debtor added: " + j.name() + " on " + j.ground();
        }
        if (e instanceof AssetsFrozen f) {
            measure("ASSETS_FROZEN", on, f.obligorId().value(), f.assetKind() + " " + f.amount(), f.expiresOn());
            return f.assetKind() + " of " + f.obligorId() + " frozen: " + f.amount() + " until " + f.expiresOn();
        }
        if (e instanceof HighConsumptionRestricted h) {
            measure("HIGH_CONSUMPTION_RESTRICTED", on, h.obligorId().value(),
                    h.subjects().stream().map(s -> s.role().name()).toList().toString(), null);
            return "限制高消费 on " + h.obligorId() + " (" + h.subjects().size() + " persons)";
        }
        if (e instanceof DishonestDebtorListed d) {
            measure("DISHONEST_LISTED", on, d.obligorId().value(), d.ground().name(), d.listedUntil());
            return "失信被执行人: " + d.obligorId() + " until " + d.listedUntil();
        }
        if (e instanceof CriminalLiabilityWarned w) {
            measure("CRIMINAL_LIABILITY_WARNED", on, w.obligorId().value(), w.basis().name(), null);
            return "warned of criminal liability: " + w.basis();
        }
        if (e instanceof EnforcementSettlementReached) {
            return "enforcement settlement reached";
        }
        if (e instanceof EnforcementRoundTerminated) {
            return "current enforcement round terminated (终本)";
        }
        if (e instanceof EnforcementResumed r) {
            return "enforcement resumed: " + r.reason();
        }
        if (e instanceof PaymentReceived p) {
            PaymentView v = new PaymentView();
            v.paymentId = p.paymentId().value();
            v.payerObligorId = p.payerObligorId().value();
            v.channel = p.channel().name();
            v.amountFen = p.amount().fen();
            v.receivedOn = on;
            payments.add(v);
            allocate(v, p.allocations());
            overlay("payment " + p.amount());
            return "payment " + p.amount() + " from " + p.payerObligorId() + " via " + p.channel();
        }
        if (e instanceof PaymentAllocated a) {
            payment(a.paymentId().value()).ifPresent(v -> allocate(v, a.allocations()));
            return "payment " + a.paymentId() + " allocated";
        }
        if (e instanceof UnallocatedFundsRefunded r) {
            payment(r.paymentId().value()).ifPresent(v -> v.refundedFen += r.amount().fen());
            return "refunded " + r.amount() + " of payment " + r.paymentId();
        }
        if (e instanceof FundsDisbursed d) {
            line(d.claimantId().value()).disbursedFen += d.amount().fen();
            return "paid out " + d.amount() + " to " + d.claimantId();
        }
        if (e instanceof CaseClosed c) {
            closeReason = c.reason().name();
            closedOn = on;
            if (c.reason() == CloseReason.PAID_IN_FULL) {
                paidInFullOn = on;
            }
            return "case closed: " + c.reason();
        }
        if (e instanceof CaseReopened r) {
            closeReason = null;
            closedOn = null;
            paidInFullOn = null;
            return "case reopened: " + r.reason();
        }
        return e.getClass().getSimpleName();
    }

    private void addObligor(Obligor o) {
        if (!obligorIds.contains(o.obligorId().value())) {
            obligorIds.add(o.obligorId().value());
            obligorNames.add(o.name());
        }
    }

    private void addClaimant(NewClaimant c) {
        ClaimantLine l = line(c.claimantId().value());
        l.originalClaimedFen = c.claimed().fen();
        l.claimedFen = c.claimed().fen();
    }

    private ClaimantLine line(String claimantId) {
        return ledger.stream().filter(l -> l.claimantId.equals(claimantId)).findFirst().orElseGet(() -> {
            ClaimantLine l = new ClaimantLine();
            l.claimantId = claimantId;
            ledger.add(l);
            return l;
        });
    }

    private void addPromise(String id, String obligor, long fen, LocalDate due, LocalDate on, boolean fromAgreement) {
        PromiseView p = new PromiseView();
        p.promiseId = id;
        p.obligorId = obligor;
        p.amountFen = fen;
        p.promisedPayDate = due;
        p.madeOn = on;
        p.fromMediationAgreement = fromAgreement;
        p.status = "OPEN";
        promises.add(p);
    }

    private Optional<PromiseView> promise(String id) {
        return promises.stream().filter(p -> p.promiseId.equals(id)).findFirst();
    }

    private Optional<LetterView> letter(String id) {
        return letters.stream().filter(l -> l.letterId.equals(id)).findFirst();
    }

    private Optional<PaymentView> payment(String id) {
        return payments.stream().filter(p -> p.paymentId.equals(id)).findFirst();
    }

    private void allocate(PaymentView v, List<ClaimantAmount> allocations) {
        for (ClaimantAmount a : allocations) {
            line(a.claimantId().value()).receivedFen += a.amount().fen();
            v.allocatedFen += a.amount().fen();
        }
    }

    private void measure(String kind, LocalDate on, String obligorId, String detail, LocalDate until) {
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
    }

    /** Days from filing to payment in full, if the case was paid in full. */
    public Long daysToFullPayment() {
        return paidInFullOn == null || filedOn == null ? null : ChronoUnit.DAYS.between(filedOn, paidInFullOn);
    }
}
