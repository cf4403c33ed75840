package org.caseledger.core.workorder;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.caseledger.core.deadline.DecisionContext;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.RuleCode;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * 工单: a worker's call or message before it is a case (12351 "全国连通、全总汇总、各省集中、分级主办"). It is taken in by a
 * union body, classified and graded, dispatched down the levels — each body below signs for it or sends it back —,
 * handed to a department or answered by the body that holds it, turned into a wage case where it is one, called back
 * and closed after a quality check; a worker not satisfied has it reopened. Refused: what the union's own rules forbid
 * (a body acting on an order it does not hold, closing before the worker was answered); late steps are recorded with
 * their lateness, never refused.
 */
public class WorkOrder {

    @AggregateIdentifier
    private WorkOrderId workOrderId;
    private LocalDate receivedOn;
    private String receivedBy;
    /** The body that holds the order: it received it, or signed for it after it was dispatched to it. */
    private String holder;
    /** The bodies it came down from, the nearest last: where it goes when sent back. */
    private final Deque<String> dispatchers = new ArrayDeque<>();
    /** The level of each body the order has been with. */
    private final java.util.Map<String, org.caseledger.core.kernel.UnionLevel> levels = new java.util.HashMap<>();
    /** The body it was dispatched to and which has not yet signed for it or sent it back. */
    private String awaitingSigning;
    private LocalDate signingDueOn;
    private WorkOrderGrade grade;
    private LocalDate handlingDueOn;
    private String transferredTo;
    private boolean replied;
    private boolean repliedOnTime;
    private String repliedBy;
    private LocalDate callbackDueOn;
    private Satisfaction satisfaction;
    private boolean closed;
    private boolean erased;
    /** The time limits marked overdue, as "LIMIT:due day". */
    private final java.util.Set<String> overdue = new java.util.HashSet<>();
    private CaseId caseId;

    protected WorkOrder() {
        // rebuilt from events
    }

    @CommandHandler
    public WorkOrder(ReceiveWorkOrder c, DecisionContext ctx) {
        require(!c.occurredOn().isAfter(ctx.today()), RuleCode.DATE_IN_FUTURE, "occurredOn", c.occurredOn() + " is after today");
        apply(new WorkOrderReceived(c.workOrderId(), c.receivedBy(), c.channel(), c.personalData(), c.employer(), c.place(), c.industry(),
                c.demand().strip(), c.occurredOn()));
    }

    @CommandHandler
    void handle(ClassifyWorkOrder c, DecisionContext ctx, WorkOrderTimeLimits limits) {
        open(c.occurredOn(), ctx);
        holding(c.byBody());
        apply(new WorkOrderClassified(workOrderId, c.category(), c.grade(),
                ctx.calendar().plusWorkingDays(c.occurredOn(), limits.handlingDays().get(c.grade())), c.occurredOn()));
    }

    @CommandHandler
    void handle(DispatchWorkOrder c, DecisionContext ctx, WorkOrderTimeLimits limits) {
        open(c.occurredOn(), ctx);
        holding(c.byBody());
        require(!c.to().name().equals(holder), RuleCode.WORK_ORDER_DISPATCHED_TO_ITSELF, "to", holder);
        // 分级主办: orders go down the levels; an order that belongs higher up is sent back, not dispatched up
        require(c.to().level().compareTo(levels.get(holder)) > 0, RuleCode.WORK_ORDER_NOT_DOWNWARD, "to",
                c.to().name() + " (" + c.to().level() + ") is not below " + holder + " (" + levels.get(holder) + ")");
        apply(new WorkOrderDispatched(workOrderId, c.byBody(), c.to(), ctx.calendar().plusWorkingDays(c.occurredOn(), limits.signingDays()),
                c.occurredOn()));
    }

    @CommandHandler
    void handle(AcceptWorkOrder c, DecisionContext ctx) {
        open(c.occurredOn(), ctx);
        signing(c.byBody());
        apply(new WorkOrderAccepted(workOrderId, c.byBody(), c.occurredOn().isAfter(signingDueOn), c.occurredOn()));
    }

    @CommandHandler
    void handle(SendBackWorkOrder c, DecisionContext ctx) {
        open(c.occurredOn(), ctx);
        signing(c.byBody());
        apply(new WorkOrderSentBack(workOrderId, c.byBody(), holder, c.reason().strip(), c.occurredOn()));
    }

    @CommandHandler
    void handle(TransferWorkOrder c, DecisionContext ctx) {
        open(c.occurredOn(), ctx);
        holding(c.byBody());
        apply(new WorkOrderTransferred(workOrderId, c.byBody(), c.department(), c.departmentName().strip(), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordDepartmentAnswer c, DecisionContext ctx) {
        open(c.occurredOn(), ctx);
        holding(c.byBody());
        require(transferredTo != null, RuleCode.WORK_ORDER_NOT_TRANSFERRED, null, null);
        apply(new DepartmentAnswered(workOrderId, transferredTo, c.answer().strip(), c.occurredOn()));
    }

    @CommandHandler
    void handle(ReplyToWorker c, DecisionContext ctx, WorkOrderTimeLimits limits) {
        open(c.occurredOn(), ctx);
        holding(c.byBody());
        boolean onTime = handlingDueOn == null || !c.occurredOn().isAfter(handlingDueOn);
        apply(new WorkerReplied(workOrderId, c.byBody(), c.reply().strip(), onTime,
                ctx.calendar().plusWorkingDays(c.occurredOn(), limits.callbackDays()), c.occurredOn()));
    }

    @CommandHandler
    void handle(ConvertWorkOrderToCase c, DecisionContext ctx) {
        open(c.occurredOn(), ctx);
        holding(c.byBody());
        apply(new WorkOrderConvertedToCase(workOrderId, c.byBody(), c.caseId(), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordCallback c, DecisionContext ctx) {
        open(c.occurredOn(), ctx);
        receiver(c.byBody());
        require(replied, RuleCode.WORK_ORDER_NOT_REPLIED, null, "no reply to call back on");
        apply(new CallbackRecorded(workOrderId, c.satisfaction(), c.note(), c.occurredOn().isAfter(callbackDueOn), c.occurredOn()));
    }

    @CommandHandler
    void handle(CloseWorkOrder c, DecisionContext ctx) {
        open(c.occurredOn(), ctx);
        receiver(c.byBody());
        require(replied, RuleCode.WORK_ORDER_NOT_REPLIED, null, "the worker was not answered");
        apply(new WorkOrderClosed(workOrderId, c.qualityNote().strip(), repliedOnTime, satisfaction, c.occurredOn()));
    }

    @CommandHandler
    void handle(ReopenWorkOrder c, DecisionContext ctx) {
        dated(c.occurredOn(), ctx);
        receiver(c.byBody());
        require(closed, RuleCode.WORK_ORDER_NOT_CLOSED, null, null);
        apply(new WorkOrderReopened(workOrderId, c.reason().strip(), repliedBy, c.occurredOn()));
    }

    /** Sent by the sweeper: once per time limit and day; refused when the act was done meanwhile or the day has not passed. */
    @CommandHandler
    void handle(MarkWorkOrderOverdue c, DecisionContext ctx) {
        require(!closed, RuleCode.WORK_ORDER_CLOSED, null, "work order " + workOrderId + " is closed");
        LocalDate due = dueOn(c.limit());
        require(due != null, RuleCode.WORK_ORDER_NOTHING_DUE, "limit", c.limit() + " of work order " + workOrderId);
        if (overdue.contains(c.limit() + ":" + due)) {
            return; // marked already
        }
        require(ctx.today().isAfter(due), RuleCode.DEADLINE_NOT_PASSED, "limit", c.limit() + " due " + due);
        String body = c.limit() == WorkOrderTimeLimit.SIGNING ? awaitingSigning : c.limit() == WorkOrderTimeLimit.CALLBACK ? receivedBy : holder;
        apply(new WorkOrderOverdue(workOrderId, c.limit(), due, body, due.plusDays(1)));
    }

    /** The day a time limit falls on while its act is pending; null when there is nothing to do under it. */
    private LocalDate dueOn(WorkOrderTimeLimit limit) {
        return switch (limit) {
            case SIGNING -> awaitingSigning == null ? null : signingDueOn;
            case HANDLING -> awaitingSigning != null || replied ? null : handlingDueOn;
            case CALLBACK -> !replied || satisfaction != null ? null : callbackDueOn;
        };
    }

    @CommandHandler
    void handle(EraseWorkerPersonalData c, DecisionContext ctx) {
        dated(c.occurredOn(), ctx);
        require(!erased, RuleCode.PERSONAL_DATA_ALREADY_ERASED, null, "work order " + workOrderId);
        apply(new WorkerPersonalDataErased(workOrderId, c.reason().strip(), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordWorkOrderContact c, DecisionContext ctx) {
        dated(c.occurredOn(), ctx);
        require(c.byBody().equals(holder) || c.byBody().equals(receivedBy), RuleCode.WORK_ORDER_NOT_HELD, "byBody",
                c.byBody() + " neither holds nor took in work order " + workOrderId);
        require(!erased, RuleCode.PERSONAL_DATA_ALREADY_ERASED, null, "work order " + workOrderId);
        apply(new WorkOrderContactRecorded(workOrderId, c.byBody(), c.kind(), new org.caseledger.core.kernel.PersonalText(c.text().strip()),
                c.minutes(), c.occurredOn()));
    }

    // ---- the union's own rules

    private void open(LocalDate on, DecisionContext ctx) {
        require(!closed, RuleCode.WORK_ORDER_CLOSED, null, "work order " + workOrderId + " is closed");
        dated(on, ctx);
    }

    private void dated(LocalDate on, DecisionContext ctx) {
        require(!on.isAfter(ctx.today()), RuleCode.DATE_IN_FUTURE, "occurredOn", on + " is after today");
        require(!on.isBefore(receivedOn), RuleCode.DATE_BEFORE_FILING, "occurredOn", on + " is before the order was received " + receivedOn);
    }

    /** Only the body that holds the order acts on it, and not while it waits for a body below to sign for it. */
    private void holding(String body) {
        require(body.equals(holder), RuleCode.WORK_ORDER_NOT_HELD, "byBody", body + " does not hold work order " + workOrderId);
        require(awaitingSigning == null, RuleCode.WORK_ORDER_AWAITING_SIGNING, null, "dispatched to " + awaitingSigning);
    }

    /** 回访、质检、办结: the body that took the order in (the hotline platform) calls the worker back, checks and closes it. */
    private void receiver(String body) {
        require(body.equals(receivedBy), RuleCode.WORK_ORDER_NOT_RECEIVER, "byBody", body + " did not take in work order " + workOrderId);
    }

    /** Only the body the order was dispatched to signs for it or sends it back, once. */
    private void signing(String body) {
        require(body.equals(awaitingSigning), RuleCode.WORK_ORDER_NOT_AWAITING_SIGNING, "byBody",
                awaitingSigning == null ? "work order " + workOrderId + " awaits no signing" : "dispatched to " + awaitingSigning + ", not " + body);
    }

    // ---- state

    @EventSourcingHandler
    void on(WorkOrderReceived e) {
        workOrderId = e.workOrderId();
        receivedOn = e.occurredOn();
        holder = e.receivedBy().name();
        receivedBy = holder;
        levels.put(holder, e.receivedBy().level());
    }

    @EventSourcingHandler
    void on(WorkOrderClassified e) {
        grade = e.grade();
        handlingDueOn = e.handlingDueOn();
    }

    @EventSourcingHandler
    void on(WorkOrderDispatched e) {
        awaitingSigning = e.to().name();
        levels.put(awaitingSigning, e.to().level());
        signingDueOn = e.signingDueOn();
    }

    @EventSourcingHandler
    void on(WorkOrderAccepted e) {
        dispatchers.addLast(holder);
        holder = e.byBody();
        awaitingSigning = null;
    }

    @EventSourcingHandler
    void on(WorkOrderSentBack e) {
        awaitingSigning = null;
    }

    @EventSourcingHandler
    void on(WorkOrderTransferred e) {
        transferredTo = e.departmentName();
    }

    @EventSourcingHandler
    void on(WorkerReplied e) {
        replied = true;
        repliedOnTime = e.onTime();
        repliedBy = e.byBody();
        callbackDueOn = e.callbackDueOn();
    }

    @EventSourcingHandler
    void on(WorkOrderConvertedToCase e) {
        caseId = e.caseId();
    }

    @EventSourcingHandler
    void on(CallbackRecorded e) {
        satisfaction = e.satisfaction();
    }

    @EventSourcingHandler
    void on(WorkOrderClosed e) {
        closed = true;
    }

    @EventSourcingHandler
    void on(WorkOrderOverdue e) {
        overdue.add(e.limit() + ":" + e.dueOn());
    }

    @EventSourcingHandler
    void on(WorkerPersonalDataErased e) {
        erased = true;
    }

    @EventSourcingHandler
    void on(WorkOrderReopened e) {
        closed = false;
        replied = false;
        satisfaction = null;
        holder = e.holder();
    }

    // ---- read-only views (tests, pages)

    public String holder() {
        return holder;
    }

    public String awaitingSigning() {
        return awaitingSigning;
    }

    public boolean isClosed() {
        return closed;
    }

    public CaseId caseId() {
        return caseId;
    }

    public WorkOrderGrade grade() {
        return grade;
    }

    public java.util.List<String> dispatchers() {
        return java.util.List.copyOf(dispatchers);
    }
}
