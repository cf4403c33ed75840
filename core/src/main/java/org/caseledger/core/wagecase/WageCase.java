package org.caseledger.core.wagecase;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;
import org.caseledger.core.authority.AuthorityActions;
import org.caseledger.core.deadline.CourtPeriod;
import org.caseledger.core.deadline.DecisionContext;
import org.caseledger.core.deadline.OpenDeadlines;
import org.caseledger.core.enforcement.Enforcement;
import org.caseledger.core.enforcement.Freezes;
import org.caseledger.core.enforcement.Suspension;
import org.caseledger.core.intake.FileWageClaim;
import org.caseledger.core.intake.Intake;
import org.caseledger.core.intake.Parties;
import org.caseledger.core.intake.WageClaimFiled;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.DatedCommand;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.kernel.WageCaseEvent;
import org.caseledger.core.lifecycle.Lifecycle;
import org.caseledger.core.limitation.Limitations;
import org.caseledger.core.litigation.Arbitration;
import org.caseledger.core.litigation.CourtProceedings;
import org.caseledger.core.litigation.Instruments;
import org.caseledger.core.litigation.PaymentOrder;
import org.caseledger.core.money.LateInterest;
import org.caseledger.core.money.Ledger;
import org.caseledger.core.money.Liabilities;
import org.caseledger.core.negotiation.Promises;
import org.caseledger.core.supervision.Letters;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * A wage-arrears case (欠薪维权案件) from claim to money in hand: the aggregate root. It files the claim, checks what every
 * command needs (an open case in a stage the command is allowed in, a day between the filing and today), and wires
 * the phases: each phase's member holds its state and decides its own commands (legal-basis §6.2), reading the rest
 * of the case through the view the root gives it before each command. Registered with Axon by the application (core
 * stays free of Spring).
 * <p>
 * The revision names the layout of this class's fields and its members' (what a snapshot holds): change it with
 * them, and snapshots of the older layout are passed over.
 */
@Revision("9")
public class WageCase {

    @AggregateIdentifier
    private CaseId caseId;
    private CaseStage stage;

    @AggregateMember
    private Intake intake = new Intake();
    @AggregateMember
    private Parties parties = new Parties();
    @AggregateMember
    private Lifecycle lifecycle = new Lifecycle();
    @AggregateMember
    private Promises promises = new Promises();
    @AggregateMember
    private Letters letters = new Letters();
    @AggregateMember
    private Arbitration arbitration = new Arbitration();
    @AggregateMember
    private CourtProceedings court = new CourtProceedings();
    @AggregateMember
    private PaymentOrder paymentOrder = new PaymentOrder();
    @AggregateMember
    private Instruments instruments = new Instruments();
    @AggregateMember
    private Enforcement enforcement = new Enforcement();
    @AggregateMember
    private Freezes freezes = new Freezes();
    @AggregateMember
    private Suspension suspension = new Suspension();
    @AggregateMember
    private Ledger ledger = new Ledger();
    @AggregateMember
    private Liabilities liabilities = new Liabilities();
    @AggregateMember
    private LateInterest lateInterest = new LateInterest();
    @AggregateMember
    private Limitations limitations = new Limitations();
    @AggregateMember
    private AuthorityActions authorities = new AuthorityActions();
    @AggregateMember
    private org.caseledger.core.authority.Inspection inspection = new org.caseledger.core.authority.Inspection();
    @AggregateMember
    private OpenDeadlines deadlines = new OpenDeadlines();
    @AggregateMember
    private org.caseledger.core.contact.ContactLog contacts = new org.caseledger.core.contact.ContactLog();
    @AggregateMember
    private org.caseledger.core.supervision.SupervisionMatter matter = new org.caseledger.core.supervision.SupervisionMatter();

    protected WageCase() {
        // for Axon: rebuilt from events
    }

    /** 登记受理: the claim's own fields are checked by the command; its claimants by the ledger; its day against today. */
    @CommandHandler
    public WageCase(FileWageClaim c, DecisionContext ctx) {
        ledger.invariants().checkNewClaimants(c.claimants());
        require(!c.occurredOn().isAfter(ctx.today()), RuleCode.DATE_IN_FUTURE, "occurredOn", c.occurredOn() + " is after today");
        // 劳动争议调解仲裁法 art. 27 ¶4: the year runs from the end of employment, counted as 民法典 arts. 201-203 count
        LocalDate limitationEnds = c.employmentEnded() ? CourtPeriod.lastDay(c.employmentEndedOn(), Period.ofYears(1), ctx.calendar()) : null;
        apply(new WageClaimFiled(c.caseId(), c.unionBody(), c.industry(), c.channel(), c.workOrderNo(), c.claimants(),
                c.obligors(), c.employmentEnded(), c.employmentEndedOn(), limitationEnds, c.occurredOn()));
    }

    /** 立项: a supervision matter with no wage claim — the case's letters, referrals and joint mechanism, about employers. */
    @CommandHandler
    public WageCase(org.caseledger.core.supervision.OpenSupervisionMatter c, DecisionContext ctx) {
        require(!c.occurredOn().isAfter(ctx.today()), RuleCode.DATE_IN_FUTURE, "occurredOn", c.occurredOn() + " is after today");
        apply(new org.caseledger.core.supervision.SupervisionMatterOpened(c.caseId(), c.unionBody(), c.mode(), c.subject(), c.employers(),
                c.facts().strip(), c.workOrderNo(), c.occurredOn()));
    }

    /**
     * Before every command on a filed case: open, in a stage the command is allowed in ({@link CommandStages}; reopening
     * needs a closed case, erasure any), dated between the filing and today, an enforcement measure in a round going
     * on; then each member is given its view of the rest of the case, and the member that owns the command decides it.
     */
    @CommandHandlerInterceptor
    Object guard(CommandMessage<?> message, InterceptorChain chain, DecisionContext ctx) throws Exception {
        Object command = message.getPayload();
        require(!matter.isMatter() || CommandStages.takenByMatters(command.getClass()), RuleCode.NOT_A_WAGE_CASE, null,
                command.getClass().getSimpleName() + " on supervision matter " + caseId);
        CommandStages.Allowed allowed = CommandStages.of(command.getClass());
        Set<CaseStage> stages = allowed.stages();
        if (stages.equals(Set.of(CaseStage.CLOSED))) {
            require(stage == CaseStage.CLOSED, RuleCode.CASE_NOT_CLOSED, null, "stage " + stage);
        } else {
            require(stage != CaseStage.CLOSED || stages.contains(CaseStage.CLOSED), RuleCode.CASE_CLOSED, null,
                    "case " + caseId + " closed as " + lifecycle.closeReason());
            require(stages.contains(stage), RuleCode.WRONG_STAGE, null, "case is in " + stage + ", allowed in " + stages);
        }
        if (command instanceof DatedCommand dated) {
            require(!dated.occurredOn().isAfter(ctx.today()), RuleCode.DATE_IN_FUTURE, "occurredOn",
                    dated.occurredOn() + " is after today " + ctx.today());
            require(!dated.occurredOn().isBefore(intake.filedOn()), RuleCode.DATE_BEFORE_FILING, "occurredOn",
                    dated.occurredOn() + " is before the filing " + intake.filedOn());
        }
        if (allowed.needsActiveEnforcement()) {
            enforcement.checkActive();
        }
        bind(new CaseViews(this, ctx));
        return chain.proceed();
    }

    /** Gives every member its view of the rest of the case (never stored: views are not part of a snapshot). */
    private void bind(CaseViews views) {
        intake.bind(views);
        parties.bind(views);
        lifecycle.bind(views);
        promises.bind(views);
        letters.bind(views);
        arbitration.bind(views);
        court.bind(views);
        paymentOrder.bind(views);
        instruments.bind(views);
        enforcement.bind(views);
        freezes.bind(views);
        suspension.bind(views);
        ledger.bind(views);
        lateInterest.bind(views);
        limitations.bind(views);
        authorities.bind(views);
        inspection.bind(views);
        contacts.bind(views);
    }

    /** Every fact says itself which stage the case is in after it; the members fold what else it changes. */
    @EventSourcingHandler
    void on(WageCaseEvent e) {
        caseId = e.caseId();
        stage = e.stageAfter(stage);
    }

    // ======================================================================== read-only views (views, tests, as-of replays)

    public CaseId caseId() {
        return caseId;
    }

    public CaseStage stage() {
        return stage;
    }

    public UnionBody unionBody() {
        return intake.unionBody();
    }

    public Intake intake() {
        return intake;
    }

    public Parties parties() {
        return parties;
    }

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    public Promises promises() {
        return promises;
    }

    public Letters letters() {
        return letters;
    }

    public org.caseledger.core.authority.Inspection inspection() {
        return inspection;
    }

    public org.caseledger.core.supervision.SupervisionMatter matter() {
        return matter;
    }

    public Arbitration arbitration() {
        return arbitration;
    }

    public CourtProceedings court() {
        return court;
    }

    public PaymentOrder paymentOrder() {
        return paymentOrder;
    }

    public Instruments instruments() {
        return instruments;
    }

    public Enforcement enforcement() {
        return enforcement;
    }

    public Freezes freezes() {
        return freezes;
    }

    public Suspension suspension() {
        return suspension;
    }

    public Ledger ledger() {
        return ledger;
    }

    public Liabilities liabilities() {
        return liabilities;
    }

    public LateInterest lateInterest() {
        return lateInterest;
    }

    public Limitations limitations() {
        return limitations;
    }

    public AuthorityActions authorities() {
        return authorities;
    }

    public OpenDeadlines deadlines() {
        return deadlines;
    }
}
