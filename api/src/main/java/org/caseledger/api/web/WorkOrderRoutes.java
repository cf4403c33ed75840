package org.caseledger.api.web;

import org.caseledger.core.workorder.*;

import java.util.List;
import java.util.Optional;

/** Every command of a work order and the path it is posted to, under {@code /api/work-orders/{workOrderId}/}. */
public final class WorkOrderRoutes {

    public static final List<CommandRoute> ALL = List.of(
            new CommandRoute("classification", ClassifyWorkOrder.class, "classify (咨询/求决/投诉/法律援助/意见建议) and grade (一般/难点/特别复杂) the order: its handling day follows"),
            new CommandRoute("dispatch", DispatchWorkOrder.class, "派单: send the order down to one of your own bodies below ({\"to\": name or code})"),
            new CommandRoute("contacts", org.caseledger.core.workorder.RecordWorkOrderContact.class, "联系记录: record a call, visit, message or note about the order (the holding body or the platform)"),
            new CommandRoute("acceptance", AcceptWorkOrder.class, "签收: sign for an order dispatched to your body"),
            new CommandRoute("send-back", SendBackWorkOrder.class, "退回: send an order dispatched to your body back, with the reason"),
            new CommandRoute("transfer", TransferWorkOrder.class, "转办: hand the order to another department (人社/劳动监察, 法院, 综治中心, other)"),
            new CommandRoute("department-answer", RecordDepartmentAnswer.class, "record the department's answer"),
            new CommandRoute("reply", ReplyToWorker.class, "答复: answer the worker (on time or late against the handling day)"),
            new CommandRoute("conversion", ConvertWorkOrderToCase.class, "转为案件: the order became (or fed) a wage case of your body ({\"caseId\"})"),
            new CommandRoute("callback", RecordCallback.class, "回访: the platform calls the worker back and records the rating"),
            new CommandRoute("closure", CloseWorkOrder.class, "质检办结: the platform checks and closes the order"),
            new CommandRoute("reopening", ReopenWorkOrder.class, "重新办理: the worker was not satisfied: reopened with the body that answered"));

    private WorkOrderRoutes() {
    }

    /** The route of a request path below the work order. */
    public static Optional<CommandRoute> resolve(String rest) {
        List<String> segments = CommandRoute.segments(rest);
        return ALL.stream().filter(r -> r.match(segments).isPresent()).findFirst();
    }

    /** The path a command is posted to (for clients and tests). */
    public static String pathOf(Class<?> command) {
        return ALL.stream().filter(r -> r.command() == command).map(CommandRoute::path).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no route for " + command.getSimpleName()));
    }

    /** The commands a body acts with in its own name: the service fills {@code byBody} with the officer's body. */
    static boolean actsAsBody(Class<?> command) {
        return java.util.Arrays.stream(command.getRecordComponents()).anyMatch(c -> c.getName().equals("byBody"));
    }
}
