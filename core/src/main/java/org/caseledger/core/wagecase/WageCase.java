package org.caseledger.core.wagecase;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorRole;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.kernel.WageCaseEvent;
import org.caseledger.core.ledger.Ledger;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.serialization.Revision;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.deadline.OpenDeadlines;
import org.caseledger.core.enforcement.*;
import org.caseledger.core.intake.*;
import org.caseledger.core.litigation.*;
import org.caseledger.core.money.*;
import org.caseledger.core.negotiation.*;
import org.caseledger.core.supervision.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
@Revision("2")
public class WageCase {

    @AggregateIdentifier
    private CaseId caseId;
    private CaseStage stage;
    private CaseStage closedInStage;
    private CloseReason closeReason;
    private LocalDate filedOn;
    private UnionBody unionBody;
    private boolean employmentEnded;
    private LocalDate employmentEndedOn;
    private LocalDate aidDecidedOn;
    private boolean aidGranted;
    private boolean officerAssigned;

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
    private OpenDeadlines deadlines = new OpenDeadlines();

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
        apply(new WageClaimFiled(c.caseId(), c.unionBody(), c.industry(), c.channel(), c.workOrderNo(), c.claimants(),
                c.obligors(), c.employmentEnded(), c.employmentEndedOn(), c.occurredOn()));
    }

    @CommandHandler
    void handle(AddClaimant c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        ledger.checkNewClaimants(List.of(c.claimant()));
        apply(new ClaimantAdded(caseId, c.claimant(), c.occurredOn()));
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
    }

    // ======================================================================== arbitration and litigation

    @CommandHandler
    void handle(ApplyForArbitration c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.commission(), "commission");
        // 劳动争议调解仲裁法 art. 27: no bar while employed; one year from the end of employment otherwise
        require(!employmentEnded || !c.occurredOn().isAfter(employmentEndedOn.plusYears(1)), RuleCode.ARBITRATION_TIME_BARRED,
                "occurredOn", "employment ended " + employmentEndedOn);
        apply(new ArbitrationApplied(caseId, c.commission(), deadlines.doneOn(c.occurredOn(), DeadlineKind.ARBITRATION_LIMITATION),
                c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordArbitrationAccepted c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.arbitrationCaseNo(), "arbitrationCaseNo");
        apply(new ArbitrationAccepted(caseId, c.arbitrationCaseNo(),
                deadlines.doneOn(c.occurredOn(), DeadlineKind.ARBITRATION_ACCEPTANCE), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordArbitralAward c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.awardNo(), "awardNo");
        require(!c.items().isEmpty(), RuleCode.AMOUNT_NOT_POSITIVE, "items", "an award has at least one item");
        c.items().forEach(i -> {
            ledger.balanceOf(i.claimantId());
            require(i.amount().isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "items", "item for " + i.claimantId());
        });
        apply(new ArbitralAwardIssued(caseId, c.awardNo(), c.items(), deadlines.doneOn(c.occurredOn(), DeadlineKind.ARBITRAL_AWARD),
                c.occurredOn()));
    }

    @CommandHandler
    void handle(ApplyForPaymentOrder c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.court(), "court");
        require(promises.hasBrokenMediationAgreement(), RuleCode.PAYMENT_ORDER_NEEDS_BROKEN_AGREEMENT, null, null);
        apply(new PaymentOrderApplied(caseId, c.court(), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordPaymentOrderObjection c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        require(proceedings.isPaymentOrderApplied(), RuleCode.NO_PAYMENT_ORDER, null, null);
        apply(new PaymentOrderObjected(caseId, c.occurredOn()));
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
        proceedings.checkLawsuit(route, c.directSuitBasis(), c.occurredOn());
        List<DeadlineClosure> closed = switch (route) {
            case DIRECT -> deadlines.doneOn(c.occurredOn(), DeadlineKind.ARBITRATION_LIMITATION);
            case AFTER_ARBITRATION -> deadlines.doneOn(c.occurredOn(), DeadlineKind.SUIT_AFTER_AWARD, DeadlineKind.ARBITRAL_AWARD);
            case AFTER_PAYMENT_ORDER -> List.of();
        };
        apply(new LawsuitFiled(caseId, c.court(), c.directSuitBasis(), closed, c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordCourtMediation c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        require(proceedings.isLawsuitFiled(), RuleCode.NO_LAWSUIT, null, null);
        requireText(c.documentNo(), "documentNo");
        apply(new CourtMediationStatementIssued(caseId, c.documentNo(), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordJudgment c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        require(proceedings.isLawsuitFiled(), RuleCode.NO_LAWSUIT, null, null);
        requireText(c.documentNo(), "documentNo");
        apply(new JudgmentIssued(caseId, c.documentNo(), c.instance(), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordAppeal c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        LocalDate served = proceedings.firstInstanceJudgmentServedOn();
        require(served != null, RuleCode.NO_JUDGMENT, null, null);
        require(!c.occurredOn().isAfter(served.plusDays(15)), RuleCode.APPEAL_TOO_LATE, "occurredOn", "judgment served " + served);
        requireText(c.appellant(), "appellant");
        apply(new AppealFiled(caseId, c.appellant(), deadlines.doneOn(c.occurredOn(), DeadlineKind.APPEAL), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordInstrumentEffective c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        Set<InstrumentKind> allowed = stage == ARBITRATION
                ? EnumSet.of(InstrumentKind.ARBITRAL_AWARD, InstrumentKind.ARBITRAL_MEDIATION)
                : EnumSet.of(InstrumentKind.PAYMENT_ORDER, InstrumentKind.COURT_MEDIATION, InstrumentKind.JUDGMENT);
        require(allowed.contains(c.instrumentKind()), RuleCode.INSTRUMENT_KIND_NOT_ALLOWED, "instrumentKind",
                c.instrumentKind() + " in " + stage);
        requireText(c.documentNo(), "documentNo");
        require(!c.performanceDue().isBefore(c.occurredOn()), RuleCode.PERFORMANCE_DUE_BEFORE_EFFECTIVE, "performanceDue", null);
        ledger.checkEnforceable(c.amounts());
        List<DeadlineClosure> superseded = deadlines.all().stream()
                .filter(d -> EnumSet.of(DeadlineKind.SUIT_AFTER_AWARD, DeadlineKind.APPEAL, DeadlineKind.PERFORMANCE,
                        DeadlineKind.ENFORCEMENT_APPLICATION).contains(d.kind()))
                .map(d -> d.cancelled()).toList();
        apply(new InstrumentBecameEffective(caseId, c.instrumentKind(), c.documentNo(), c.amounts(), c.performanceDue(),
                superseded, c.occurredOn()));
    }

    // ======================================================================== enforcement

    @CommandHandler
    void handle(ApplyForEnforcement c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.court(), "court");
        require(proceedings.hasEffectiveInstrument(), RuleCode.NO_EFFECTIVE_INSTRUMENT, null, null);
        LocalDate due = proceedings.performanceDue();
        require(c.occurredOn().isAfter(due), RuleCode.INSTRUMENT_NOT_YET_DUE, "occurredOn", "performance due " + due);
        // 民事诉讼法 art. 250: two years from the last day of the performance period
        require(!c.occurredOn().isAfter(due.plusYears(2)), RuleCode.ENFORCEMENT_TIME_BARRED, "occurredOn", "performance due " + due);
        List<DeadlineClosure> closed = new ArrayList<>(deadlines.doneOn(c.occurredOn(), DeadlineKind.ENFORCEMENT_APPLICATION));
        deadlines.find(DeadlineKind.PERFORMANCE, proceedings.instrumentNo()).ifPresent(d -> closed.add(d.missed()));
        apply(new EnforcementApplied(caseId, c.court(), closed, c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordEnforcementFiled c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.enforcementCaseNo(), "enforcementCaseNo");
        apply(new EnforcementCaseFiled(caseId, c.enforcementCaseNo(), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordAssetSearch c, DecisionContext ctx) {
        guardEnforcing(c, c.occurredOn(), ctx);
        parties.obligor(c.obligorId(), "obligorId");
        apply(new AssetSearchCompleted(caseId, c.obligorId(), c.method(), c.balanceFound(), c.realEstateFound(),
                c.vehiclesFound(), c.findings(), c.occurredOn()));
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
        apply(new AssetsFrozen(caseId, c.freezeId(), c.obligorId(), c.assetKind(), c.amount(), expires, c.occurredOn()));
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
        require(c.years() >= 2 && c.years() <= 5, RuleCode.DISHONEST_PERIOD_INVALID, "years", c.years() + " years");
        Money outstanding = ledger.totalOutstanding();
        require(outstanding.exceeds(enforcement.frozenFrom(c.obligorId())), RuleCode.DISHONEST_LISTING_BARRED, "obligorId",
                "frozen " + enforcement.frozenFrom(c.obligorId()) + " covers outstanding " + outstanding);
        apply(new DishonestDebtorListed(caseId, c.obligorId(), c.ground(), c.occurredOn().plusYears(c.years()), c.occurredOn()));
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
        apply(new EnforcementSettlementReached(caseId, c.terms(), c.occurredOn()));
    }

    @CommandHandler
    void handle(TerminateCurrentRound c, DecisionContext ctx) {
        guardEnforcing(c, c.occurredOn(), ctx);
        // 终本规定 art. 1
        require(!c.occurredOn().isBefore(enforcement.startedOn().plusMonths(3)), RuleCode.ROUND_TERMINATION_TOO_EARLY,
                "occurredOn", "enforcement started " + enforcement.startedOn());
        require(enforcement.isConsumptionRestricted(), RuleCode.ROUND_TERMINATION_NEEDS_RESTRICTION, null, null);
        require(enforcement.isSearchDone(), RuleCode.ROUND_TERMINATION_NEEDS_SEARCH, null, null);
        apply(new EnforcementRoundTerminated(caseId, c.occurredOn()));
    }

    @CommandHandler
    void handle(ResumeEnforcement c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        requireText(c.reason(), "reason");
        require(enforcement.state() == EnforcementState.SETTLED || enforcement.state() == EnforcementState.ROUND_TERMINATED,
                RuleCode.NOTHING_TO_RESUME, null, "enforcement is " + enforcement.state());
        apply(new EnforcementResumed(caseId, c.reason(), c.occurredOn()));
    }

    // ======================================================================== money

    @CommandHandler
    void handle(RecordPayment c, DecisionContext ctx) {
        guard(c, c.occurredOn(), ctx);
        require(!ledger.hasPayment(c.paymentId()), RuleCode.DUPLICATE_PAYMENT, "paymentId", "payment " + c.paymentId());
        require(c.amount().isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "amount", null);
        ledger.checkReceivable(c.amount());
        require(parties.isParty(c.payerObligorId()), RuleCode.PAYER_NOT_A_PARTY, "payerObligorId", "payer " + c.payerObligorId());
        require(c.channel() != PaymentChannel.CONTRACTOR_ON_BEHALF
                        || parties.obligor(c.payerObligorId(), "payerObligorId").role() == ObligorRole.GENERAL_CONTRACTOR,
                RuleCode.CONTRACTOR_CHANNEL_NEEDS_CONTRACTOR, "channel", null);
        ledger.checkWithinLiabilityCap(c.payerObligorId(), c.amount());
        ledger.checkAllocations(c.allocations(), c.amount());
        List<PromiseId> kept = promises.keptBy(c.amount());
        apply(new PaymentReceived(caseId, c.paymentId(), c.payerObligorId(), c.channel(), c.amount(), c.allocations(), c.occurredOn()));
        for (PromiseId id : kept) {
            List<DeadlineClosure> closed = deadlines.find(DeadlineKind.PROMISED_PAYMENT, id)
                    .map(d -> List.of(d.doneOn(c.occurredOn()))).orElse(List.of());
            apply(new PaymentPromiseKept(caseId, id, closed, c.occurredOn()));
        }
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
            employmentEnded = f.employmentEnded();
            employmentEndedOn = f.employmentEndedOn();
        } else if (e instanceof LegalAidGranted g) {
            aidDecidedOn = g.occurredOn();
            aidGranted = true;
        } else if (e instanceof LegalAidRefused r) {
            aidDecidedOn = r.occurredOn();
            aidGranted = false;
        } else if (e instanceof LegalOfficerAssigned) {
            officerAssigned = true;
        } else if (e instanceof CaseClosed c) {
            closedInStage = c.closedInStage();
            closeReason = c.reason();
        } else if (e instanceof CaseReopened) {
            if (closeReason == CloseReason.REFUSED) {
                aidDecidedOn = null; // an objection to the refusal succeeded (法律援助法 art. 49): decide again
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

    public OpenDeadlines deadlines() {
        return deadlines;
    }
}
