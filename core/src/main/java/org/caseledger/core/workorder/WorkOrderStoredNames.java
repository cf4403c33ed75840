package org.caseledger.core.workorder;

import java.util.Map;

/**
 * The names under which the work orders' events are stored: a contract with users' stores like the case's
 * ({@code wagecase.StoredNames}), never changed or reused. First stored by 0.5.0, so there are no retired names.
 */
public final class WorkOrderStoredNames {

    private WorkOrderStoredNames() {
    }

    public static final Map<String, Class<?>> CURRENT = Map.ofEntries(
            Map.entry("WorkOrderReceived", WorkOrderReceived.class),
            Map.entry("WorkOrderClassified", WorkOrderClassified.class),
            Map.entry("WorkOrderDispatched", WorkOrderDispatched.class),
            Map.entry("WorkOrderAccepted", WorkOrderAccepted.class),
            Map.entry("WorkOrderSentBack", WorkOrderSentBack.class),
            Map.entry("WorkOrderTransferred", WorkOrderTransferred.class),
            Map.entry("WorkOrderDepartmentAnswered", DepartmentAnswered.class),
            Map.entry("WorkOrderWorkerReplied", WorkerReplied.class),
            Map.entry("WorkOrderConvertedToCase", WorkOrderConvertedToCase.class),
            Map.entry("WorkOrderCallbackRecorded", CallbackRecorded.class),
            Map.entry("WorkOrderClosed", WorkOrderClosed.class),
            Map.entry("WorkOrderReopened", WorkOrderReopened.class),
            Map.entry("WorkOrderWorkerPersonalDataErased", WorkerPersonalDataErased.class),
            Map.entry("WorkOrderOverdue", WorkOrderOverdue.class),
            Map.entry("WorkOrderContactRecorded", WorkOrderContactRecorded.class));
}
