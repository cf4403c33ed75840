package org.caseledger.core.wagecase;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.CaseRuleViolation;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.kernel.LiabilityKind;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.ObligorRole;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.kernel.WageCaseEvent;
import org.caseledger.core.ledger.LateInterest;
import org.caseledger.core.ledger.Ledger;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.serialization.Revision;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.deadline.CourtPeriod;
import org.caseledger.core.deadline.OpenDeadlines;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.limitation.*;
import org.caseledger.core.authority.*;
import org.caseledger.core.enforcement.*;
import org.caseledger.core.intake.*;
import org.caseledger.core.litigation.*;
import org.caseledger.core.money.*;
import org.caseledger.core.negotiation.*;
import org.caseledger.core.supervision.*;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.caseledger.core.kernel.CaseRuleViolation.require;
import static org.caseledger.core.wagecase.CaseStage.*;

/**
 * A wage-arrears case (欠薪维权案件) from claim to money in hand. Command handlers decide, against the law
 * (legal-basis §6.2) and the case's history, whether a command is allowed and which events it appends;
 * event-sourcing handlers only change state. The rules about money, letters, promises, proceedings and
 * enforcement live in the members that hold that state; this class holds the stage and the common guards.
 * Registered with Axon by the application (core stays free of Spring).
 * <p>
 * The revision names the layout of this class's fields and its members' (what a snapshot holds): change it with
 * them, and snapshots of the older layout are passed over.
 */
@Revision("5")
public class WageCase {

    @AggregateIdentifier
    private CaseId caseId;
    private CaseStage stage;
    private CaseStage closedInStage;
    private CloseReason closeReason;
    private LocalDate filedOn;
    private UnionBody unionBody;
    private LocalDate aidDecidedOn;
    private boolean aidGranted;
    private boolean officerAssigned;
    private Set<ClaimantId> erased = new java.util.HashSet<>();

    @AggregateMember
    private Parties parties = new Parties();
    @AggregateMember
    private Ledger ledger = new Ledger();
    @AggregateMember
    private Promises promises = new Promises();
    @AggregateMember
    private Letters letters = new Letters();
    @AggregateMember
    private Proceedings proceedings = new Proceedings();
    @AggregateMember
    private Enforcement enforcement = new Enforcement();
    @AggregateMember
    private Limitations limitations = new Limitations();
    @AggregateMember
    private OpenDeadlines deadlines = new OpenDeadlines();
    @AggregateMember
    private LateInterest lateInterest = new LateInterest();
    @AggregateMember
    private AuthorityActions authorities = new AuthorityActions();

    protected WageCase() {
        // for Axon: rebuilt from events
    }

    // ======================================================================== intake

    @CommandHandler
    public WageCase(FileWageClaim c, DecisionContext ctx) {
        require(!c.claimants().isEmpty(), RuleCode.NO_CLAIMANTS, "claimants", null);
        ledger.checkNewClaimants(c.claimants());
        Parties.checkNamedInClaim(c.obligors());
        require(!c.occurredOn().isAfter(ctx.today()), RuleCode.DATE_IN_FUTURE, "occurredOn", c.occurredOn() + " is after today");
        boolean consistent = c.employmentEnded()
                ? c.employmentEndedOn() != null && !c.employmentEndedOn().isAfter(c.occurredOn())
                : c.employmentEndedOn() == null;
        require(consistent, RuleCode.EMPLOYMENT_END_INCONSISTENT, "employmentEndedOn", null);
        // 劳动争议调解仲裁法 art. 27 ¶4: the year runs from the end of employment, counted as 民法典 arts. 201-203 count
        LocalDate limitationEnds = c.employmentEnded() ? CourtPeriod.lastDay(c.employmentEndedOn(), Period.ofYears(1), ctx.calendar()) : null;
        apply(new WageClaimFiled(c.caseId(), c.unionBody(), c.industry(), c.channel(), c.workOrderNo(), c.claimants(),
                c.obligors(), c.employmentEnded(), c.employmentEndedOn(), limitationEnds, c.occurredOn()));
    }

    @CommandHandler
    void handle(AddClaimant c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        ledger.checkNewClaimants(List.of(c.claimant()));
        List<Deadline> moved = limitations.deadlineWithNewClaimant(caseId, deadlines, ctx.calendar());
        List<DeadlineClosure> replaced = moved.isEmpty() ? List.of()
                : deadlines.find(DeadlineKind.ARBITRATION_LIMITATION, caseId).map(d -> List.of(d.cancelled())).orElse(List.of());
        apply(new ClaimantAdded(caseId, c.claimant(), replaced, moved, c.occurredOn()));
    }

    @CommandHandler
    void handle(GrantLegalAid c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        require(aidDecidedOn == null, RuleCode.LEGAL_AID_ALREADY_DECIDED, null, "decided on " + aidDecidedOn);
        List<CaseWarning> warnings = c.occurredOn().isAfter(filedOn.plusDays(7))
                ? List.of(CaseWarning.LEGAL_AID_DECISION_LATE) : List.of();
        apply(new LegalAidGranted(caseId, warnings, deadlines.doneOn(c.occurredOn(), DeadlineKind.LEGAL_AID_DECISION), c.occurredOn()));
    }

    @CommandHandler
    void handle(RefuseLegalAid c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        require(aidDecidedOn == null, RuleCode.LEGAL_AID_ALREADY_DECIDED, null, "decided on " + aidDecidedOn);
        requireText(c.reason(), "reason");
        apply(new LegalAidRefused(caseId, c.reason(), deadlines.doneOn(c.occurredOn(), DeadlineKind.LEGAL_AID_DECISION), c.occurredOn()));
        apply(new CaseClosed(caseId, CloseReason.REFUSED, c.reason(), INTAKE, deadlines.cancelAll(), c.occurredOn()));
    }

    @CommandHandler
    void handle(AssignLegalOfficer c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        require(aidGranted, RuleCode.LEGAL_AID_NOT_GRANTED, null, null);
        requireText(c.officerId(), "officerId");
        requireText(c.officerName(), "officerName");
        List<CaseWarning> warnings = !officerAssigned && c.occurredOn().isAfter(aidDecidedOn.plusDays(3))
                ? List.of(CaseWarning.OFFICER_ASSIGNMENT_LATE) : List.of();
        apply(new LegalOfficerAssigned(caseId, c.officerId(), c.officerName(), warnings,
                deadlines.doneOn(c.occurredOn(), DeadlineKind.OFFICER_ASSIGNMENT), c.occurredOn()));
    }

    /** Allowed in every stage, a closed case too: the right to erasure outlives the case (个人信息保护法 art. 47). */
    @CommandHandler
    void handle(EraseClaimantPersonalData c, DecisionContext ctx) {
        checkDate(c.occurredOn(), ctx);
        ledger.balanceOf(c.claimantId());
        requireText(c.reason(), "reason");
        require(!erased.contains(c.claimantId()), RuleCode.PERSONAL_DATA_ALREADY_ERASED, "claimantId", "claimant " + c.claimantId());
        apply(new ClaimantPersonalDataErased(caseId, c.claimantId(), c.reason(), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordObligorLiability c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        parties.obligor(c.obligorId(), "obligorId");
        requireText(c.basis(), "basis");
        Parties.checkLiability(c.liability(), c.liabilityCap(), "liabilityCap");
        ledger.checkCapCoversPaid(c.obligorId(), c.liabilityCap());
        apply(new ObligorLiabilityRecorded(caseId, c.obligorId(), c.liability(), c.liabilityCap(), c.basis(), c.occurredOn()));
    }

    // ======================================================================== negotiation

    @CommandHandler
    void handle(ReviseClaimAmount c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.reason(), "reason");
        ledger.checkRevision(c.claimantId(), c.revised());
        Money previous = ledger.balanceOf(c.claimantId()).claimed();
        apply(new ClaimAmountRevised(caseId, c.claimantId(), previous, c.revised(), c.reason(), c.occurredOn()));
    }

    @CommandHandler
    void handle(HoldCoordinationMeeting c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.outcome(), "outcome");
        apply(new CoordinationMeetingHeld(caseId, c.format(), c.attendees(), c.outcome(), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordMediationAgreement c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        promises.checkNew(c.promiseId());
        parties.obligor(c.obligorId(), "obligorId");
        ledger.checkAgreement(c.agreedAmounts(), c.reductionReason());
        require(c.promisedPayDate().isAfter(c.occurredOn()), RuleCode.PROMISE_DATE_NOT_AFTER_MADE, "promisedPayDate", null);
        apply(new MediationAgreementReached(caseId, c.promiseId(), c.obligorId(), c.agreedAmounts(), c.promisedPayDate(),
                c.reductionReason(), c.occurredOn()));
        interrupt(InterruptionCause.OBLIGOR_AGREED_TO_PAY, c.agreedAmounts().stream().map(ClaimantAmount::claimantId).toList(),
                "mediation agreement " + c.promiseId(), c.occurredOn(), ctx);
    }

    @CommandHandler
    void handle(RecordPaymentPromise c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        promises.checkNew(c.promiseId());
        parties.obligor(c.obligorId(), "obligorId");
        require(c.amount().isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "amount", null);
        require(c.amount().isWithinLimit(), RuleCode.AMOUNT_TOO_LARGE, "amount", null);
        require(c.promisedPayDate().isAfter(c.occurredOn()), RuleCode.PROMISE_DATE_NOT_AFTER_MADE, "promisedPayDate", null);
        apply(new PaymentPromiseMade(caseId, c.promiseId(), c.obligorId(), c.amount(), c.promisedPayDate(), c.occurredOn()));
        interrupt(InterruptionCause.OBLIGOR_AGREED_TO_PAY, List.of(), "promise " + c.promiseId(), c.occurredOn(), ctx);
    }

    @CommandHandler
    void handle(MarkPaymentPromiseBroken c, DecisionContext ctx) {
        requireOpen();
        Promise p = promises.promise(c.promiseId());
        if (p.status() == Promise.Status.BROKEN) {
            return; // idempotent: the sweeper may send it again
        }
        require(p.status() != Promise.Status.KEPT, RuleCode.PROMISE_ALREADY_KEPT, "promiseId", null);
        require(ctx.today().isAfter(p.promisedPayDate()), RuleCode.DEADLINE_NOT_PASSED, "promiseId",
                "promised by " + p.promisedPayDate());
        List<DeadlineClosure> closed = deadlines.find(DeadlineKind.PROMISED_PAYMENT, c.promiseId())
                .map(d -> List.of(d.missed())).orElse(List.of());
        // the fact is dated the first day the promise stood broken, whenever the sweeper notices it
        apply(new PaymentPromiseBroken(caseId, c.promiseId(), p.obligorId(), p.promisedPayDate(), closed, p.promisedPayDate().plusDays(1)));
    }

    // ======================================================================== supervision (一函两书)

    @CommandHandler
    void handle(IssueSupervisionLetter c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        letters.checkNew(c.letterId());
        requireText(c.documentNo(), "documentNo");
        requireText(c.recipientName(), "recipientName");
        Letters.checkRecipient(c, id -> parties.obligor(id, "recipientObligorId"));
        List<CaseWarning> warnings = letters.warningsFor(c.letterType());
        LocalDate replyDue = ctx.replyWindows()
                .replyDue(c.letterType(), c.issuer().region(), c.occurredOn(), ctx.calendar()).orElse(null);
        apply(new SupervisionLetterIssued(caseId, c.letterId(), c.letterType(), c.documentNo(), c.issuer(), c.signer(),
                c.recipientKind(), c.recipientObligorId(), c.recipientName(), c.subject(), c.facts(), c.legalBasis(),
                c.demands(), replyDue, warnings, c.occurredOn()));
        if (c.recipientKind() != RecipientKind.PUBLIC) {
            // a letter to the obligor asserts the workers' right; a 建议书 asks a department for relief (art. 27 ¶2)
            interrupt(c.letterType() == LetterType.RECOMMENDATION ? InterruptionCause.COMPLAINT_TO_AUTHORITY : InterruptionCause.DEMAND_TO_OBLIGOR,
                    List.of(), c.letterType() + " " + c.documentNo(), c.occurredOn(), ctx);
        }
    }

    @CommandHandler
    void handle(RecordLetterServed c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        Letter letter = letters.letter(c.letterId());
        require(letter.status() != Letter.Status.ANSWERED, RuleCode.LETTER_ALREADY_ANSWERED, "letterId", null);
        require(!c.occurredOn().isBefore(letter.issuedOn()), RuleCode.DATE_BEFORE_FILING, "occurredOn",
                "a letter is received on or after the day it was issued, " + letter.issuedOn());
        // 浙江条例 arts. 21-22: the window runs from receipt
        LocalDate replyDue = ctx.replyWindows().replyDue(letter.type(), letter.issuerRegion(), c.occurredOn(), ctx.calendar()).orElse(null);
        List<DeadlineClosure> replaced = deadlines.find(DeadlineKind.LETTER_REPLY, c.letterId()).map(d -> List.of(d.cancelled())).orElse(List.of());
        apply(new SupervisionLetterServed(caseId, c.letterId(), replyDue, replaced, c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordLetterReply c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        Letter letter = letters.letter(c.letterId());
        require(letter.status() != Letter.Status.ANSWERED, RuleCode.LETTER_ALREADY_ANSWERED, "letterId", null);
        boolean late = letter.replyDue() != null && c.occurredOn().isAfter(letter.replyDue());
        List<DeadlineClosure> closed = deadlines.find(DeadlineKind.LETTER_REPLY, c.letterId())
                .map(d -> List.of(d.doneOn(c.occurredOn()))).orElse(List.of());
        apply(new SupervisionLetterAnswered(caseId, c.letterId(), c.outcome(), c.summary(),
                late ? List.of(CaseWarning.REPLY_LATE) : List.of(), closed, c.occurredOn()));
    }

    @CommandHandler
    void handle(MarkLetterReplyOverdue c, DecisionContext ctx) {
        requireOpen();
        Letter letter = letters.letter(c.letterId());
        if (letter.status() == Letter.Status.OVERDUE) {
            return; // idempotent
        }
        require(letter.status() != Letter.Status.ANSWERED, RuleCode.LETTER_ALREADY_ANSWERED, "letterId", null);
        require(letter.replyDue() != null, RuleCode.LETTER_HAS_NO_REPLY_DUE, "letterId", null);
        require(ctx.today().isAfter(letter.replyDue()), RuleCode.DEADLINE_NOT_PASSED, "letterId", "reply due " + letter.replyDue());
        List<DeadlineClosure> closed = deadlines.find(DeadlineKind.LETTER_REPLY, c.letterId())
                .map(d -> List.of(d.missed())).orElse(List.of());
        apply(new SupervisionLetterReplyOverdue(caseId, c.letterId(), letter.replyDue(), closed, letter.replyDue().plusDays(1)));
    }

    @CommandHandler
    void handle(ActivateJointMechanism c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        require(!letters.isJointMechanismActive(), RuleCode.JOINT_MECHANISM_ALREADY_ACTIVE, null, null);
        apply(new JointMechanismActivated(caseId, c.partners(), c.occurredOn()));
    }

    @CommandHandler
    void handle(ReferCase c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.reason(), "reason");
        require(c.target() != ReferralTarget.PROCURATORATE || c.referredBy().level().isCountyOrAbove(),
                RuleCode.REFERRAL_NEEDS_COUNTY_UNION, "referredBy", "level " + c.referredBy().level());
        apply(new CaseReferred(caseId, c.target(), c.referredBy(), c.reason(), c.occurredOn()));
        interrupt(InterruptionCause.COMPLAINT_TO_AUTHORITY, List.of(), "referral to " + c.target(), c.occurredOn(), ctx);
    }

    // ======================================================================== arbitration and litigation

    @CommandHandler
    void handle(ApplyForArbitration c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.commission(), "commission");
        // 劳动争议解释(一) art. 13 ¶1: from litigation only after a failed payment order, and before any suit
        require(stage != LITIGATION || proceedings.mayReturnToArbitration(), RuleCode.WRONG_STAGE, null,
                "from litigation, arbitration follows only a payment order ended by the debtor's objection");
        // 劳动争议调解仲裁法 art. 27: the commission accepts a late application and the respondent pleads the limitation
        List<CaseWarning> warnings = limitations.hasRunOutBefore(LimitationKind.ARBITRATION, c.occurredOn(), ctx.calendar())
                ? List.of(CaseWarning.ARBITRATION_LIMITATION_PASSED) : List.of();
        // art. 29: accepted or refused within 5 days, counted as 民事诉讼法 art. 85 counts
        apply(new ArbitrationApplied(caseId, c.commission(), deadlines.doneOn(c.occurredOn(), DeadlineKind.ARBITRATION_LIMITATION,
                DeadlineKind.PROCEEDINGS_AFTER_PRESERVATION),
                CourtPeriod.lastDay(c.occurredOn(), 5, ctx.calendar()), warnings, c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordArbitrationRefused c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.reason(), "reason");
        proceedings.checkArbitrationUndecided();
        // art. 29: the refusal opens the road to court
        apply(new ArbitrationRefused(caseId, c.reason(), deadlines.doneOn(c.occurredOn(), DeadlineKind.ARBITRATION_ACCEPTANCE), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordAwardPeriodExtension c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        // art. 43 ¶1: extended once, by at most 15 days; the commission's act is recorded and an irregular one flagged
        LocalDate firstDue = proceedings.firstAwardDueOn();
        List<CaseWarning> warnings = proceedings.checkAwardExtension(c.extendedTo(),
                firstDue == null ? c.extendedTo() : CourtPeriod.lastDay(firstDue, 15, ctx.calendar()));
        List<DeadlineClosure> replaced = deadlines.find(DeadlineKind.ARBITRAL_AWARD, caseId).map(d -> List.of(d.cancelled())).orElse(List.of());
        apply(new AwardPeriodExtended(caseId, c.extendedTo(), replaced, warnings, c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordArbitrationAccepted c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.arbitrationCaseNo(), "arbitrationCaseNo");
        proceedings.checkArbitrationUndecided();
        // art. 43: the award within 45 days of acceptance
        apply(new ArbitrationAccepted(caseId, c.arbitrationCaseNo(),
                deadlines.doneOn(c.occurredOn(), DeadlineKind.ARBITRATION_ACCEPTANCE),
                CourtPeriod.lastDay(c.occurredOn(), 45, ctx.calendar()), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordArbitralAward c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.awardNo(), "awardNo");
        proceedings.checkNewAward(c.awardNo());
        require(!c.items().isEmpty(), RuleCode.AMOUNT_NOT_POSITIVE, "items", "an award has at least one item");
        c.items().forEach(i -> {
            ledger.balanceOf(i.claimantId());
            require(i.amount().isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "items", "item for " + i.claimantId());
        });
        // an award ends the acceptance deadline too: the commission accepted, on a day not recorded (so neither met nor
        // missed); arts. 48, 50: suit within 15 days of receipt
        // a partial award (art. 43 ¶2) leaves the award period running for the rest
        List<DeadlineClosure> closed = new ArrayList<>(c.partial() ? List.of() : deadlines.doneOn(c.occurredOn(), DeadlineKind.ARBITRAL_AWARD));
        deadlines.find(DeadlineKind.ARBITRATION_ACCEPTANCE, caseId).ifPresent(d -> closed.add(d.cancelled()));
        // art. 47: each item against 12 × the local monthly minimum wage; 解释(一) art. 20: a mixed award is non-final.
        // The award says what it says: recorded, and flagged where the law says otherwise
        List<CaseWarning> warnings = new ArrayList<>();
        Optional<Money> limit = ctx.minimumWages().finalLimit(unionBody.region(), c.occurredOn());
        boolean finalAward;
        if (limit.isPresent()) {
            finalAward = c.items().stream().noneMatch(i -> i.amount().exceeds(limit.get()));
            if (c.items().stream().anyMatch(i -> i.finalItem() == i.amount().exceeds(limit.get()))) {
                warnings.add(CaseWarning.AWARD_FINALITY_NOT_AS_THE_LAW_SAYS);
            }
        } else {
            finalAward = c.items().stream().allMatch(AwardItem::finalItem);
            warnings.add(CaseWarning.MINIMUM_WAGE_UNKNOWN);
        }
        apply(new ArbitralAwardIssued(caseId, c.awardNo(), c.items(), closed, CourtPeriod.lastDay(c.occurredOn(), 15, ctx.calendar()),
                finalAward, limit.orElse(null), warnings, c.partial(), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordSetAsideApplication c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.court(), "court");
        String award = proceedings.awardOrLatest(c.awardNo());
        LocalDate received = c.employerReceivedOn() != null ? c.employerReceivedOn() : proceedings.awardReceivedOn(award);
        require(!received.isAfter(c.occurredOn()), RuleCode.DATE_IN_FUTURE, "employerReceivedOn",
                "the application cannot precede the receipt of the award");
        // 劳动争议调解仲裁法 art. 49: within 30 days of the employer's receipt, against a final award
        List<CaseWarning> warnings = proceedings.checkSetAsideApplication(award, c.occurredOn(),
                CourtPeriod.lastDay(received, 30, ctx.calendar()));
        apply(new SetAsideApplied(caseId, c.court(), award, warnings, c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordSetAsideRuling c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.documentNo(), "documentNo");
        String award = proceedings.pendingSetAside(c.awardNo());
        // art. 49 ¶3: once set aside, the worker may sue within 15 days of receiving the ruling; the award's own 15 days
        // give way to those
        List<DeadlineClosure> superseded = c.setAside()
                ? deadlines.find(DeadlineKind.SUIT_AFTER_AWARD, award).map(d -> List.of(d.cancelled())).orElse(List.<DeadlineClosure>of())
                : List.of();
        apply(new SetAsideRuled(caseId, c.documentNo(), award, c.setAside(),
                c.setAside() ? CourtPeriod.lastDay(c.occurredOn(), 15, ctx.calendar()) : null, superseded, c.occurredOn()));
    }

    @CommandHandler
    void handle(ApplyForPaymentOrder c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.court(), "court");
        // 劳动合同法 art. 30 ¶2: any wage arrears, not only a broken mediation agreement
        apply(new PaymentOrderApplied(caseId, c.court(), c.occurredOn()));
        interrupt(InterruptionCause.MEDIATION_OR_PAYMENT_ORDER_APPLIED, List.of(), "payment order", c.occurredOn(), ctx);
    }

    @CommandHandler
    void handle(RecordPaymentOrderIssued c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.documentNo(), "documentNo");
        proceedings.checkPaymentOrderNotIssued();
        // 民事诉讼法 art. 227: 15 days from service to pay or object, counted as art. 85 counts
        apply(new PaymentOrderIssued(caseId, c.documentNo(), CourtPeriod.lastDay(c.occurredOn(), 15, ctx.calendar()), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordPaymentOrderObjection c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        proceedings.checkPaymentOrderStanding();
        // the debtor's objection is a fact: recorded; whether it ends the order follows from its ground and its day
        List<CaseWarning> warnings = new ArrayList<>();
        if (proceedings.isObjectionLate(c.occurredOn())) {
            warnings.add(CaseWarning.PAYMENT_ORDER_OBJECTION_LATE);
        }
        if (c.ground() == ObjectionGround.INABILITY_TO_PAY_ONLY) {
            warnings.add(CaseWarning.PAYMENT_ORDER_OBJECTION_ONLY_INABILITY);
        }
        apply(new PaymentOrderObjected(caseId, c.ground(), proceedings.objectionEndsOrder(c.ground(), c.occurredOn()),
                deadlines.doneOn(c.occurredOn(), DeadlineKind.PAYMENT_ORDER_OBJECTION), warnings, c.occurredOn()));
    }

    @CommandHandler
    void handle(FileLawsuit c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.court(), "court");
        SuitRoute route = switch (stage) {
            case ASSIGNED, NEGOTIATION -> SuitRoute.DIRECT;
            case ARBITRATION -> SuitRoute.AFTER_ARBITRATION;
            default -> SuitRoute.AFTER_PAYMENT_ORDER;
        };
        if (c.side() == PartySide.EMPLOYER) {
            require(route == SuitRoute.AFTER_ARBITRATION, RuleCode.NO_AWARD, null, "the employer sues against an award");
        }
        List<CaseWarning> warnings = c.side() == PartySide.EMPLOYER ? proceedings.checkEmployerSuit(c.occurredOn(), c.directSuitBasis())
                : proceedings.checkLawsuit(route, c.directSuitBasis(), c.occurredOn(), promises.hasBrokenMediationAgreement(), c.claimantIds());
        List<DeadlineClosure> closed = switch (route) {
            case DIRECT -> deadlines.doneOn(c.occurredOn(), DeadlineKind.ARBITRATION_LIMITATION, DeadlineKind.PROCEEDINGS_AFTER_PRESERVATION);
            // after an award, or the commission's silence on the application or the award (arts. 29, 43)
            case AFTER_ARBITRATION -> deadlines.doneOn(c.occurredOn(), DeadlineKind.SUIT_AFTER_AWARD, DeadlineKind.ARBITRAL_AWARD,
                    DeadlineKind.ARBITRATION_ACCEPTANCE, DeadlineKind.SUIT_AFTER_SET_ASIDE);
            case AFTER_PAYMENT_ORDER -> List.of();
        };
        if (!c.claimantIds().isEmpty()) {
            ledger.checkClaimants(c.claimantIds(), "claimantIds");
        }
        apply(new LawsuitFiled(caseId, c.court(), c.directSuitBasis(), closed, warnings, c.claimantIds(), c.side(), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordCourtMediation c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireLitigationGoingOn();
        require(proceedings.isLawsuitFiled(), RuleCode.NO_LAWSUIT, null, null);
        requireText(c.documentNo(), "documentNo");
        apply(new CourtMediationStatementIssued(caseId, c.documentNo(), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordJudgment c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireLitigationGoingOn();
        require(proceedings.isLawsuitFiled(), RuleCode.NO_LAWSUIT, null, null);
        requireText(c.documentNo(), "documentNo");
        // 民事诉讼法 art. 171: a first-instance judgment is appealed within 15 days of each side's service, counted as art. 85 counts
        require(c.employerServedOn() == null || !c.employerServedOn().isAfter(ctx.today()), RuleCode.DATE_IN_FUTURE, "employerServedOn", null);
        require(c.employerServedOn() == null || !c.employerServedOn().isBefore(filedOn), RuleCode.DATE_BEFORE_FILING, "employerServedOn", null);
        boolean first = c.instance() == CourtInstance.FIRST;
        LocalDate appealDue = first ? CourtPeriod.lastDay(c.occurredOn(), 15, ctx.calendar()) : null;
        LocalDate employerDue = first && c.employerServedOn() != null ? CourtPeriod.lastDay(c.employerServedOn(), 15, ctx.calendar()) : null;
        apply(new JudgmentIssued(caseId, c.documentNo(), c.instance(), appealDue, employerDue, c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordAppeal c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireLitigationGoingOn();
        LocalDate served = proceedings.firstInstanceJudgmentServedOn();
        require(served != null, RuleCode.NO_JUDGMENT, null, null);
        requireText(c.appellant(), "appellant");
        // a late appeal is the court's to reject: recorded, and flagged; each side counts from its own service (民事诉讼法 arts. 171, 85)
        LocalDate due = proceedings.appealDueFor(c.side());
        List<CaseWarning> warnings = due != null && c.occurredOn().isAfter(due) ? List.of(CaseWarning.APPEAL_PERIOD_PASSED) : List.of();
        apply(new AppealFiled(caseId, c.appellant(), c.side(), deadlines.doneOn(c.occurredOn(), DeadlineKind.APPEAL), warnings, c.occurredOn()));
    }

    @CommandHandler
    void handle(ApplyForJudicialConfirmation c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.court(), "court");
        Promise agreement = promises.mediationAgreement(c.promiseId());
        require(!proceedings.isJudicialConfirmationPending(), RuleCode.JUDICIAL_CONFIRMATION_ALREADY_APPLIED, null, null);
        // 民事诉讼法 art. 205: within 30 days of the agreement taking effect; a late application is the court's to refuse
        List<CaseWarning> warnings = agreement.madeOn() != null
                && c.occurredOn().isAfter(CourtPeriod.lastDay(agreement.madeOn(), 30, ctx.calendar()))
                ? List.of(CaseWarning.JUDICIAL_CONFIRMATION_LATE) : List.of();
        apply(new JudicialConfirmationApplied(caseId, c.court(), c.promiseId(), warnings, c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordJudicialConfirmationRefused c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.reason(), "reason");
        require(proceedings.isJudicialConfirmationPending(), RuleCode.NO_JUDICIAL_CONFIRMATION, null, null);
        apply(new JudicialConfirmationRefused(caseId, c.reason(), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordInstrumentEffective c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        // where each instrument arises: 司法确认 ends a mediation, the commission's awards and mediations an arbitration,
        // the court's orders, mediations and judgments a litigation
        requireLitigationGoingOn();
        Set<InstrumentKind> allowed = switch (stage) {
            case NEGOTIATION -> EnumSet.of(InstrumentKind.JUDICIAL_CONFIRMATION);
            case ENFORCEMENT -> EnumSet.of(InstrumentKind.COURT_MEDIATION, InstrumentKind.JUDGMENT);
            case ARBITRATION -> EnumSet.of(InstrumentKind.ARBITRAL_AWARD, InstrumentKind.ARBITRAL_MEDIATION);
            // the award, for the workers who did not sue it (劳动争议解释(一) art. 17)
            default -> EnumSet.of(InstrumentKind.PAYMENT_ORDER, InstrumentKind.COURT_MEDIATION, InstrumentKind.JUDGMENT, InstrumentKind.ARBITRAL_AWARD);
        };
        boolean awardForOthers = stage == LITIGATION && c.instrumentKind() == InstrumentKind.ARBITRAL_AWARD;
        if (awardForOthers) {
            proceedings.checkAwardEffectiveForOthers(c.amounts().stream().map(EnforceableAmount::claimantId).toList());
        }
        require(allowed.contains(c.instrumentKind()), RuleCode.INSTRUMENT_KIND_NOT_ALLOWED, "instrumentKind",
                c.instrumentKind() + " in " + stage);
        if (c.instrumentKind() == InstrumentKind.JUDICIAL_CONFIRMATION) {
            require(proceedings.isJudicialConfirmationPending(), RuleCode.NO_JUDICIAL_CONFIRMATION, "instrumentKind", null);
        }
        if (c.instrumentKind() == InstrumentKind.PAYMENT_ORDER) {
            proceedings.checkPaymentOrderStanding();
        }
        require(c.instrumentKind() != InstrumentKind.ARBITRAL_AWARD || !proceedings.isSetAside(c.documentNo()), RuleCode.AWARD_SET_ASIDE,
                "instrumentKind", null);
        requireText(c.documentNo(), "documentNo");
        proceedings.checkNewInstrument(c.documentNo());
        require(!c.performanceDue().isBefore(c.occurredOn()), RuleCode.PERFORMANCE_DUE_BEFORE_EFFECTIVE, "performanceDue", null);
        require(c.lastInstalmentDue() == null || !c.lastInstalmentDue().isBefore(c.performanceDue()), RuleCode.PERFORMANCE_DUE_BEFORE_EFFECTIVE,
                "lastInstalmentDue", "the last instalment falls on or after the first performance day");
        ledger.checkEnforceable(c.amounts());
        // an award taking effect for the workers who did not sue leaves the others' litigation and its deadlines alone; a
        // court instrument for the suing workers while the others' award is enforced ends only the litigation's deadlines
        Set<DeadlineKind> litigationOnly = EnumSet.of(DeadlineKind.SUIT_AFTER_AWARD, DeadlineKind.APPEAL, DeadlineKind.SUIT_AFTER_SET_ASIDE);
        List<DeadlineClosure> superseded = awardForOthers ? List.of() : stage == ENFORCEMENT
                ? deadlines.all().stream().filter(d -> litigationOnly.contains(d.kind())).map(d -> d.cancelled()).toList()
                : deadlines.all().stream()
                .filter(d -> EnumSet.of(DeadlineKind.SUIT_AFTER_AWARD, DeadlineKind.APPEAL, DeadlineKind.PERFORMANCE,
                        DeadlineKind.ENFORCEMENT_APPLICATION, DeadlineKind.ARBITRATION_ACCEPTANCE, DeadlineKind.ARBITRAL_AWARD,
                        DeadlineKind.PAYMENT_ORDER_OBJECTION, DeadlineKind.ENFORCEMENT_AFTER_PRESERVATION).contains(d.kind()))
                .map(d -> d.cancelled()).toList();
        // 民事诉讼法 art. 250: two years from the last day of performance, or of the last instalment
        LocalDate runsFrom = c.lastInstalmentDue() != null ? c.lastInstalmentDue() : c.performanceDue();
        LocalDate afterPreservation = enforcement.hasPreservationInForce()
                ? CourtPeriod.lastDay(c.occurredOn(), Period.ofMonths(3), ctx.calendar()) : null;
        apply(new InstrumentBecameEffective(caseId, c.instrumentKind(), c.documentNo(), c.amounts(), c.performanceDue(),
                superseded, c.lastInstalmentDue(), c.compensationOrderNo(), CourtPeriod.lastDay(runsFrom, Period.ofYears(2), ctx.calendar()),
                instrumentWarnings(c), afterPreservation, c.occurredOn()));
    }

    private List<CaseWarning> instrumentWarnings(RecordInstrumentEffective c) {
        List<CaseWarning> warnings = new ArrayList<>(ledger.compensationWarnings(c.amounts(), c.compensationOrderNo()));
        if (c.instrumentKind() == InstrumentKind.JUDGMENT) {
            warnings.addAll(proceedings.effectiveJudgmentWarnings(c.documentNo(), c.occurredOn()));
        }
        return warnings;
    }

    // ======================================================================== enforcement

    @CommandHandler
    void handle(ApplyForEnforcement c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.court(), "court");
        require(proceedings.hasEffectiveInstrument(), RuleCode.NO_EFFECTIVE_INSTRUMENT, null, null);
        String instrument = c.documentNo() != null ? c.documentNo() : proceedings.instrumentNo();
        LocalDate due = proceedings.performanceDueOf(instrument);
        // in enforcement already: only another group's instrument not yet enforced (劳动争议解释(一) art. 17)
        require(stage != ENFORCEMENT || !enforcement.isEnforced(instrument, instrument.equals(proceedings.instrumentNo())),
                RuleCode.INSTRUMENT_ALREADY_ENFORCED, "documentNo", "instrument " + instrument);
        require(c.occurredOn().isAfter(due), RuleCode.INSTRUMENT_NOT_YET_DUE, "occurredOn", "performance due " + due);
        // 民事诉讼法 art. 250: the court accepts a late application; the debtor objects (民事诉讼法解释 art. 481)
        List<CaseWarning> warnings = new ArrayList<>();
        if (limitations.hasRunOutBefore(LimitationKind.ENFORCEMENT, c.occurredOn(), ctx.calendar())) {
            warnings.add(CaseWarning.ENFORCEMENT_LIMITATION_PASSED);
        }
        if (proceedings.isSetAsidePending()) {
            warnings.add(CaseWarning.ENFORCEMENT_WHILE_SET_ASIDE_PENDING); // the court suspends it (解释(一) art. 25)
        }
        List<DeadlineClosure> closed = new ArrayList<>();
        for (DeadlineKind kind : List.of(DeadlineKind.ENFORCEMENT_APPLICATION, DeadlineKind.ENFORCEMENT_AFTER_PRESERVATION)) {
            deadlines.find(kind, instrument).ifPresent(d -> closed.add(d.doneOn(c.occurredOn())));
        }
        deadlines.find(DeadlineKind.PERFORMANCE, instrument).ifPresent(d -> closed.add(d.missed()));
        apply(new EnforcementApplied(caseId, c.court(), closed, warnings, c.documentNo(), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordEnforcementFiled c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.enforcementCaseNo(), "enforcementCaseNo");
        apply(new EnforcementCaseFiled(caseId, c.enforcementCaseNo(), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordAssetSearch c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx); // also after 终本: the court's periodic re-search
        parties.obligor(c.obligorId(), "obligorId");
        // after 终本 each search answers the six-month reminder and sets the next (终本规定 art. 9)
        List<DeadlineClosure> answered = deadlines.doneOn(c.occurredOn(), DeadlineKind.ASSET_RE_SEARCH);
        List<Deadline> next = enforcement.nextReSearchAfter(c.occurredOn()).map(List::of).orElse(List.of());
        apply(new AssetSearchCompleted(caseId, c.obligorId(), c.method(), c.balanceFound(), c.realEstateFound(),
                c.vehiclesFound(), c.findings(), answered, next, c.occurredOn()));
    }

    @CommandHandler
    void handle(AddJudgmentDebtor c, DecisionContext ctx) {
        guardEnforcing(c, c.occurredOn(), ctx);
        parties.checkNewObligor(c.obligorId());
        requireText(c.name(), "name");
        c.ground().checkLiabilityCap(c.liabilityCap());
        require(!c.appliedOn().isAfter(c.occurredOn()), RuleCode.DATE_IN_FUTURE, "appliedOn", "the ruling cannot precede the application");
        List<CaseWarning> warnings = c.occurredOn().isAfter(c.appliedOn().plusDays(60))
                ? List.of(CaseWarning.ADDITION_RULING_LATE) : List.of();
        apply(new JudgmentDebtorAdded(caseId, c.obligorId(), c.name(), c.ground(), c.liabilityCap(), c.appliedOn(), warnings,
                c.occurredOn()));
    }

    @CommandHandler
    void handle(FreezeAssets c, DecisionContext ctx) {
        guardEnforcing(c, c.occurredOn(), ctx);
        enforcement.checkNewFreeze(c.freezeId());
        parties.obligor(c.obligorId(), "obligorId");
        LocalDate expires = c.assetKind().freezeEnds(c.occurredOn(), c.expiresOn());
        require(c.amount().isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "amount", null);
        require(c.amount().isWithinLimit(), RuleCode.AMOUNT_TOO_LARGE, "amount", null);
        List<CaseWarning> warnings = new ArrayList<>();
        if (c.assetKind().isTooLong(c.occurredOn(), expires)) {
            warnings.add(CaseWarning.FREEZE_PERIOD_TOO_LONG);
        }
        if (supplementaryBeforePrimary(c.obligorId())) {
            warnings.add(CaseWarning.SUPPLEMENTARY_BEFORE_PRIMARY);
        }
        apply(new AssetsFrozen(caseId, c.freezeId(), c.obligorId(), c.assetKind(), c.amount(), expires, warnings, c.occurredOn()));
    }

    /** A measure against a supplementary obligor while no primary obligor's property was searched (条例 art. 20). */
    private boolean supplementaryBeforePrimary(ObligorId target) {
        return parties.obligor(target, "obligorId").liability() == LiabilityKind.SUPPLEMENTARY
                && parties.hasPrimaryObligor() && parties.obligors().values().stream().filter(o -> o.liability() == LiabilityKind.PRIMARY)
                .noneMatch(o -> enforcement.wasSearched(o.obligorId()));
    }

    @CommandHandler
    void handle(RecordPropertyPreservation c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.court(), "court");
        enforcement.checkNewFreeze(c.freezeId());
        parties.obligor(c.obligorId(), "obligorId");
        require(c.amount().isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "amount", null);
        require(c.amount().isWithinLimit(), RuleCode.AMOUNT_TOO_LARGE, "amount", null);
        LocalDate expires = c.assetKind().freezeEnds(c.occurredOn(), c.expiresOn());
        List<CaseWarning> warnings = c.assetKind().isTooLong(c.occurredOn(), expires) ? List.of(CaseWarning.FREEZE_PERIOD_TOO_LONG) : List.of();
        // 民事诉讼法 art. 104 ¶3: before any arbitration or suit, one must follow within 30 days
        boolean beforeProceedings = stage == ASSIGNED || stage == NEGOTIATION;
        apply(new PropertyPreserved(caseId, c.freezeId(), c.obligorId(), c.court(), c.assetKind(), c.amount(), expires,
                beforeProceedings ? CourtPeriod.lastDay(c.occurredOn(), 30, ctx.calendar()) : null, warnings, c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordAdvanceExecution c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.documentNo(), "documentNo");
        require(!c.amounts().isEmpty(), RuleCode.AMOUNT_NOT_POSITIVE, "amounts", "name at least one amount");
        ledger.checkAmounts(c.amounts(), "amounts");
        // part of the wages claimed, paid early: never more than a claimant is still owed (legal-basis §6.5)
        c.amounts().forEach(a -> require(!a.amount().exceeds(ledger.balanceOf(a.claimantId()).outstanding()), RuleCode.OVERPAYMENT,
                "amounts", a.claimantId() + " is owed " + ledger.balanceOf(a.claimantId()).outstanding()));
        apply(new AdvanceExecutionOrdered(caseId, c.documentNo(), stage == ARBITRATION, c.amounts(), c.occurredOn()));
    }

    @CommandHandler
    void handle(RenewFreeze c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx); // freezes are renewed after 终本 too
        Enforcement.Freeze freeze = enforcement.freeze(c.freezeId());
        require(freeze.inForce(), RuleCode.FREEZE_NOT_IN_FORCE, "freezeId", null);
        require(c.expiresOn().isAfter(c.occurredOn()), RuleCode.FREEZE_EXPIRY_NOT_AFTER_FREEZE, "expiresOn", null);
        // 民事诉讼法解释 art. 485: renewed before expiry, each time for no longer than a first freeze of its kind
        List<CaseWarning> warnings = new ArrayList<>();
        if (c.occurredOn().isAfter(freeze.expiresOn())) {
            warnings.add(CaseWarning.FREEZE_RENEWED_AFTER_EXPIRY);
        }
        LocalDate from = c.occurredOn().isAfter(freeze.expiresOn()) ? c.occurredOn() : freeze.expiresOn();
        if (freeze.assetKind().isTooLong(from, c.expiresOn())) {
            warnings.add(CaseWarning.FREEZE_PERIOD_TOO_LONG);
        }
        List<DeadlineClosure> closed = deadlines.find(DeadlineKind.FREEZE_EXPIRY, c.freezeId()).map(d -> List.of(d.doneOn(c.occurredOn())))
                .orElse(List.of());
        apply(new FreezeRenewed(caseId, c.freezeId(), c.expiresOn(), warnings, closed, c.occurredOn()));
    }

    @CommandHandler
    void handle(LiftFreeze c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.reason(), "reason");
        require(enforcement.freeze(c.freezeId()).inForce(), RuleCode.FREEZE_NOT_IN_FORCE, "freezeId", null);
        List<DeadlineClosure> closed = deadlines.find(DeadlineKind.FREEZE_EXPIRY, c.freezeId()).map(d -> List.of(d.cancelled()))
                .orElse(List.of());
        apply(new FreezeLifted(caseId, c.freezeId(), c.reason(), closed, c.occurredOn()));
    }

    @CommandHandler
    void handle(RestrictHighConsumption c, DecisionContext ctx) {
        guardEnforcing(c, c.occurredOn(), ctx);
        parties.obligor(c.obligorId(), "obligorId");
        require(!c.subjects().isEmpty(), RuleCode.REASON_REQUIRED, "subjects", "name who the restriction binds");
        apply(new HighConsumptionRestricted(caseId, c.obligorId(), c.subjects(), c.occurredOn()));
    }

    @CommandHandler
    void handle(ListAsDishonestDebtor c, DecisionContext ctx) {
        guardEnforcing(c, c.occurredOn(), ctx);
        parties.obligor(c.obligorId(), "obligorId");
        // 失信被执行人名单规定 arts. 2-3: the court's listing is recorded as made; a term that does not fit the ground, or a
        // ground-1 listing while frozen property covers what this debtor owes (a capped debtor: what it can still be made
        // to pay), is flagged for the officer to object to
        require(c.years() == null || c.years() > 0 && c.years() <= 5, RuleCode.DISHONEST_PERIOD_INVALID, "years", c.years() + " years");
        List<CaseWarning> warnings = new ArrayList<>();
        if (!c.ground().allowsTerm(c.years())) {
            warnings.add(CaseWarning.DISHONEST_TERM_IRREGULAR);
        }
        if (c.ground() == DishonestGround.ABLE_BUT_REFUSES) {
            Money owed = ledger.remainingCapOf(c.obligorId()).filter(cap -> ledger.totalOutstanding().exceeds(cap))
                    .orElse(ledger.totalOutstanding());
            if (!owed.exceeds(enforcement.frozenFrom(c.obligorId(), c.occurredOn()))) {
                warnings.add(CaseWarning.DISHONEST_LISTING_WHILE_COVERED);
            }
        }
        LocalDate until = c.years() == null ? null : c.occurredOn().plusYears(c.years());
        apply(new DishonestDebtorListed(caseId, c.obligorId(), c.ground(), until, c.years() != null && c.years() > 2, warnings,
                c.occurredOn()));
    }

    @CommandHandler
    void handle(WarnOfCriminalLiability c, DecisionContext ctx) {
        guardEnforcing(c, c.occurredOn(), ctx);
        parties.obligor(c.obligorId(), "obligorId");
        requireText(c.warnedPerson(), "warnedPerson");
        apply(new CriminalLiabilityWarned(caseId, c.obligorId(), c.warnedPerson(), c.basis(), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordEnforcementSettlement c, DecisionContext ctx) {
        guardEnforcing(c, c.occurredOn(), ctx);
        requireText(c.terms(), "terms");
        require(c.lastPerformanceDay() == null || !c.lastPerformanceDay().isBefore(c.occurredOn()), RuleCode.PROMISE_DATE_NOT_AFTER_MADE,
                "lastPerformanceDay", null);
        apply(new EnforcementSettlementReached(caseId, c.terms(), c.lastPerformanceDay(), c.occurredOn()));
        limitations.settlement(caseId, c.lastPerformanceDay(), c.occurredOn(), deadlines, ctx.calendar()).ifPresent(e -> apply(e));
    }

    @CommandHandler
    void handle(TerminateCurrentRound c, DecisionContext ctx) {
        guardEnforcing(c, c.occurredOn(), ctx);
        // 终本 is the court's act: recorded, and flagged where 终本规定 art. 1 was not met; art. 9: re-search every 6 months
        apply(new EnforcementRoundTerminated(caseId, enforcement.irregularitiesOfTerminationOn(c.occurredOn()),
                List.of(Enforcement.firstReSearch(c.occurredOn())), c.occurredOn()));
    }

    @CommandHandler
    void handle(ResumeEnforcement c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.reason(), "reason");
        require(enforcement.state() == EnforcementState.SETTLED || enforcement.state() == EnforcementState.ROUND_TERMINATED,
                RuleCode.NOTHING_TO_RESUME, null, "enforcement is " + enforcement.state());
        apply(new EnforcementResumed(caseId, c.reason(), c.occurredOn()));
    }

    // ======================================================================== the labour administration and the police

    @CommandHandler
    void handle(RecordOrderToPay c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        parties.obligor(c.obligorId(), "obligorId");
        requireText(c.authority(), "authority");
        requireText(c.documentNo(), "documentNo");
        authorities.checkNewOrder(c.documentNo());
        require(c.amount().isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "amount", null);
        require(c.amount().isWithinLimit(), RuleCode.AMOUNT_TOO_LARGE, "amount", null);
        require(c.payBy().isAfter(c.occurredOn()), RuleCode.PAY_BY_NOT_AFTER_ORDER, "payBy", null);
        apply(new OrderToPayIssued(caseId, c.obligorId(), c.authority(), c.documentNo(), c.amount(), c.payBy(), c.occurredOn()));
    }

    @CommandHandler
    void handle(ReferToPolice c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        parties.obligor(c.obligorId(), "obligorId");
        requireText(c.referredBy(), "referredBy");
        // the orders to pay it let pass are the ground of the referral: they end with it
        List<DeadlineClosure> closed = deadlines.all().stream().filter(d -> d.kind() == DeadlineKind.ORDER_TO_PAY)
                .map(d -> d.doneOn(c.occurredOn())).toList();
        apply(new ReferredToPolice(caseId, c.obligorId(), c.referredBy(), closed,
                authorities.referralWarnings(c.obligorId(), c.occurredOn()), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordPoliceDecision c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.documentNo(), "documentNo");
        authorities.checkReferred(c.obligorId());
        apply(new PoliceDecided(caseId, c.obligorId(), c.caseFiled(), c.documentNo(), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordArrearsBlacklisting c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        parties.obligor(c.obligorId(), "obligorId");
        requireText(c.authority(), "authority");
        require(c.listedUntil() == null || c.listedUntil().isAfter(c.occurredOn()), RuleCode.PAY_BY_NOT_AFTER_ORDER, "listedUntil",
                "a listing ends after the day it is made");
        apply(new ObligorBlacklisted(caseId, c.obligorId(), c.authority(), c.listedUntil(), c.occurredOn()));
    }

    // ======================================================================== limitation (时效)

    @CommandHandler
    void handle(RecordLimitationInterruption c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.note(), "note");
        apply(limitations.recordedInterruption(caseId, c, deadlines, ctx.calendar()));
    }

    @CommandHandler
    void handle(RecordLimitationSuspension c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.reason(), "reason");
        apply(limitations.suspension(caseId, c, deadlines));
    }

    @CommandHandler
    void handle(EndLimitationSuspension c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        apply(limitations.suspensionEnded(caseId, c, ctx.calendar()));
    }

    /** A step of the case that interrupts a running limitation restarts it, as an event of its own. */
    private void interrupt(InterruptionCause cause, Collection<ClaimantId> scope, String note, LocalDate on, DecisionContext ctx) {
        limitations.interruptionBy(caseId, cause, scope, note, on, deadlines, ctx.calendar()).ifPresent(e -> apply(e));
    }

    // ======================================================================== money

    @CommandHandler
    void handle(RecordPayment c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        require(!ledger.hasPayment(c.paymentId()), RuleCode.DUPLICATE_PAYMENT, "paymentId", "payment " + c.paymentId());
        require(c.amount().isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "amount", null);
        ledger.checkReceivable(c.amount());
        checkPayer(c);
        ledger.checkWithinLiabilityCap(c.payerObligorId(), c.amount());
        ledger.checkAllocations(c.allocations(), c.amount());
        List<PromiseId> kept = promises.keptBy(c.amount());
        String payerName = c.channel().paidByAuthority() ? c.payerName().strip() : null;
        apply(new PaymentReceived(caseId, c.paymentId(), c.payerObligorId(), c.channel(), payerName, c.amount(), c.allocations(),
                c.occurredOn()));
        // a part-payment is the obligor agreeing to perform (art. 27 ¶2): for the claimants it went to who are still owed
        // something, or for all when nothing is allocated yet; money the state advances is no act of the obligor's
        List<ClaimantId> stillOwed = c.allocations().stream().map(ClaimantAmount::claimantId)
                .filter(id -> ledger.balanceOf(id).outstanding().isPositive()).toList();
        if (!c.channel().paidByAuthority() && (c.allocations().isEmpty() ? ledger.totalOutstanding().isPositive() : !stillOwed.isEmpty())) {
            interrupt(InterruptionCause.OBLIGOR_AGREED_TO_PAY, stillOwed, "payment " + c.paymentId(), c.occurredOn(), ctx);
        }
        for (PromiseId id : kept) {
            List<DeadlineClosure> closed = deadlines.find(DeadlineKind.PROMISED_PAYMENT, id)
                    .map(d -> List.of(d.doneOn(c.occurredOn()))).orElse(List.of());
            apply(new PaymentPromiseKept(caseId, id, closed, c.occurredOn()));
        }
    }

    /**
     * A party pays, or an authority pays through the state's channels (保障农民工工资支付条例 arts. 32-33, 63): the wage
     * deposit is the general contractor's, the emergency fund no party's.
     */
    private void checkPayer(RecordPayment c) {
        if (c.channel().paidByAuthority()) {
            require(c.payerName() != null && !c.payerName().isBlank(), RuleCode.AUTHORITY_PAYER_NAME_REQUIRED, "payerName", null);
            require(c.channel() != PaymentChannel.EMERGENCY_FUND || c.payerObligorId() == null, RuleCode.EMERGENCY_FUND_NAMES_NO_OBLIGOR,
                    "payerObligorId", null);
            if (c.payerObligorId() != null) {
                require(parties.obligor(c.payerObligorId(), "payerObligorId").role() == ObligorRole.GENERAL_CONTRACTOR,
                        RuleCode.WAGE_DEPOSIT_NEEDS_CONTRACTOR, "payerObligorId", "payer " + c.payerObligorId());
            }
            return;
        }
        require(c.payerObligorId() != null && parties.isParty(c.payerObligorId()), RuleCode.PAYER_NOT_A_PARTY, "payerObligorId",
                "payer " + c.payerObligorId());
        require(c.channel() != PaymentChannel.CONTRACTOR_ON_BEHALF
                        || parties.obligor(c.payerObligorId(), "payerObligorId").role() == ObligorRole.GENERAL_CONTRACTOR,
                RuleCode.CONTRACTOR_CHANNEL_NEEDS_CONTRACTOR, "channel", null);
    }

    @CommandHandler
    void handle(AssessLateInterest c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        require(proceedings.hasEffectiveInstrument(), RuleCode.NO_EFFECTIVE_INSTRUMENT, null, null);
        require(c.asOf().isAfter(proceedings.performanceDue()), RuleCode.INSTRUMENT_NOT_YET_DUE, "asOf",
                "performance due " + proceedings.performanceDue());
        require(!c.asOf().isAfter(ctx.today()), RuleCode.DATE_IN_FUTURE, "asOf", c.asOf() + " is after today");
        LocalDate last = lateInterest.lastAssessedAsOf();
        require(last == null || c.asOf().isAfter(last), RuleCode.LATE_INTEREST_ASOF_NOT_LATER, "asOf", "last assessed as of " + last);
        List<ClaimantAmount> due;
        try {
            due = lateInterest.asOf(c.asOf());
        } catch (ArithmeticException tooLarge) {
            throw new CaseRuleViolation(RuleCode.AMOUNT_TOO_LARGE, "asOf", tooLarge.getMessage());
        }
        require(!due.isEmpty(), RuleCode.NO_LATE_INTEREST, "asOf", "nothing was unpaid after " + proceedings.performanceDue());
        apply(new LateInterestAssessed(caseId, c.asOf(), due, c.occurredOn()));
    }

    @CommandHandler
    void handle(AllocatePayment c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        require(!c.allocations().isEmpty(), RuleCode.AMOUNT_NOT_POSITIVE, "allocations", "allocate at least one amount");
        ledger.checkAllocations(c.allocations(), ledger.unallocatedOf(c.paymentId()));
        apply(new PaymentAllocated(caseId, c.paymentId(), c.allocations(), c.occurredOn()));
    }

    @CommandHandler
    void handle(RefundUnallocatedFunds c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        ledger.checkRefund(c.paymentId(), c.amount());
        apply(new UnallocatedFundsRefunded(caseId, c.paymentId(), c.amount(), c.occurredOn()));
    }

    @CommandHandler
    void handle(DisburseToClaimant c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        ledger.checkDisbursement(c.claimantId(), c.amount());
        boolean allPaidOut = ledger.totalUndisbursed().minus(c.amount()).isZero();
        List<DeadlineClosure> closed = allPaidOut ? deadlines.doneOn(c.occurredOn(), DeadlineKind.DISBURSEMENT) : List.of();
        apply(new FundsDisbursed(caseId, c.claimantId(), c.amount(), closed, c.occurredOn()));
    }

    @CommandHandler
    void handle(CloseCase c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        require(c.reason() != CloseReason.REFUSED, RuleCode.CLOSE_REASON_NOT_ALLOWED, "reason", null);
        if (c.reason() == CloseReason.PAID_IN_FULL) {
            require(ledger.isPaidInFull(), RuleCode.NOT_PAID_IN_FULL, "reason", "outstanding " + ledger.totalOutstanding()
                    + ", undisbursed " + ledger.totalUndisbursed() + ", unallocated " + ledger.unallocated());
        }
        require(ledger.totalUndisbursed().isZero() && ledger.unallocated().isZero(), RuleCode.UNDISBURSED_FUNDS, "reason",
                "undisbursed " + ledger.totalUndisbursed() + ", unallocated " + ledger.unallocated());
        apply(new CaseClosed(caseId, c.reason(), c.note(), stage, deadlines.cancelAll(), c.occurredOn()));
    }

    @CommandHandler
    void handle(ReopenCase c, DecisionContext ctx) {
        require(stage == CLOSED, RuleCode.CASE_NOT_CLOSED, null, "stage " + stage);
        checkDate(c.occurredOn(), ctx);
        requireText(c.reason(), "reason");
        apply(new CaseReopened(caseId, c.reason(), closedInStage, c.occurredOn()));
    }

    // ======================================================================== common guards

    private void requireOpen() {
        require(stage != CLOSED, RuleCode.CASE_CLOSED, null, "case " + caseId + " closed as " + closeReason);
    }

    /** Open, in a stage the command is allowed in ({@link CommandStages}), and dated between filing and today. */
    private void guard(Object command, LocalDate day, DecisionContext ctx) {
        requireOpen();
        require(CommandStages.allows(command.getClass(), stage), RuleCode.WRONG_STAGE, null,
                "case is in " + stage + ", allowed in " + CommandStages.stagesOf(command.getClass()));
        checkDate(day, ctx);
    }

    /** In enforcement, a step of litigation only while the suing workers' suit goes on beside another group's enforcement. */
    private void requireLitigationGoingOn() {
        require(stage != ENFORCEMENT || proceedings.isLawsuitPending(), RuleCode.WRONG_STAGE, null,
                "in enforcement, litigation goes on only for workers who sued while the others' award is enforced");
    }

    private void guardEnforcing(Object command, LocalDate day, DecisionContext ctx) {
        guard(command, day, ctx);
        enforcement.checkActive();
    }

    private void checkDate(LocalDate day, DecisionContext ctx) {
        require(!day.isAfter(ctx.today()), RuleCode.DATE_IN_FUTURE, "occurredOn", day + " is after today " + ctx.today());
        require(!day.isBefore(filedOn), RuleCode.DATE_BEFORE_FILING, "occurredOn", day + " is before the filing " + filedOn);
    }

    private static void requireText(String value, String field) {
        require(value != null && !value.isBlank(), RuleCode.REASON_REQUIRED, field, field + " must not be blank");
    }

    // ======================================================================== state (event-sourcing handler)

    @EventSourcingHandler
    void on(WageCaseEvent e) {
        stage = CaseStage.after(stage, e);
        if (e instanceof WageClaimFiled f) {
            caseId = f.caseId();
            filedOn = f.occurredOn();
            unionBody = f.unionBody();
        } else if (e instanceof LegalAidGranted g) {
            aidDecidedOn = g.occurredOn();
            aidGranted = true;
        } else if (e instanceof LegalAidRefused r) {
            aidDecidedOn = r.occurredOn();
            aidGranted = false;
        } else if (e instanceof LegalOfficerAssigned) {
            officerAssigned = true;
        } else if (e instanceof ClaimantPersonalDataErased x) {
            erased.add(x.claimantId());
        } else if (e instanceof CaseClosed c) {
            closedInStage = c.closedInStage();
            closeReason = c.reason();
            enforcement.caseClosed();
        } else if (e instanceof CaseReopened) {
            if (closeReason == CloseReason.REFUSED) {
                aidDecidedOn = null; // an objection to the refusal succeeded (法律援助法 art. 49): decide again
            }
            if (closedInStage == ENFORCEMENT) {
                enforcement.caseReopenedInEnforcement();
            }
            closeReason = null;
            closedInStage = null;
        }
    }

    // ======================================================================== read-only views (tests, as-of replays)

    public CaseId caseId() {
        return caseId;
    }

    public CaseStage stage() {
        return stage;
    }

    public UnionBody unionBody() {
        return unionBody;
    }

    public Ledger ledger() {
        return ledger;
    }

    public Parties parties() {
        return parties;
    }

    public Promises promises() {
        return promises;
    }

    public Letters letters() {
        return letters;
    }

    public Proceedings proceedings() {
        return proceedings;
    }

    public Enforcement enforcement() {
        return enforcement;
    }

    public Limitations limitations() {
        return limitations;
    }

    public OpenDeadlines deadlines() {
        return deadlines;
    }

    public LateInterest lateInterest() {
        return lateInterest;
    }

    public AuthorityActions authorities() {
        return authorities;
    }
}
