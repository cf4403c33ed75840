package org.caseledger.projections.workorders;

import org.caseledger.core.workorder.*;

/**
 * Folds a work order's events into its {@link WorkOrderState}, in order; an event at or below the state's sequence
 * number was folded in already and is passed over. Used by the read models and by the order's own page, which folds
 * the order's events read from the store.
 */
public final class WorkOrderFold {

    private WorkOrderFold() {
    }

    public static WorkOrderState apply(WorkOrderState s, WorkOrderEvent event, long seq, String storedName) {
        if (seq <= s.seq) {
            return s;
        }
        s.seq = seq;
        String body = null;
        String text = null;
        boolean late = false;
        if (event instanceof WorkOrderReceived e) {
            s.workOrderId = e.workOrderId().value();
            s.receivedBy = e.receivedBy().name();
            s.region = e.receivedBy().region().value();
            s.holder = s.receivedBy;
            s.bodies.add(s.receivedBy);
            s.receivedOn = e.occurredOn();
            s.channel = e.channel().name();
            if (e.employer() != null) {
                s.employerName = e.employer().name();
                s.employerCreditCode = e.employer().creditCode();
            }
            s.place = e.place();
            s.industry = e.industry();
            s.demand = e.demand();
            body = s.receivedBy;
            text = e.demand();
        } else if (event instanceof WorkOrderClassified e) {
            s.category = e.category().name();
            s.grade = e.grade().name();
            s.handlingDueOn = e.handlingDueOn();
            body = s.holder;
        } else if (event instanceof WorkOrderDispatched e) {
            s.awaitingSigning = e.to().name();
            s.signingDueOn = e.signingDueOn();
            s.status = WorkOrderStatus.AWAITING_SIGNING;
            if (!s.bodies.contains(e.to().name())) {
                s.bodies.add(e.to().name());
            }
            body = e.byBody();
            text = e.to().name();
        } else if (event instanceof WorkOrderAccepted e) {
            s.holder = e.byBody();
            s.awaitingSigning = null;
            s.status = WorkOrderStatus.IN_HAND;
            body = e.byBody();
            late = e.late();
        } else if (event instanceof WorkOrderSentBack e) {
            s.awaitingSigning = null;
            s.status = WorkOrderStatus.IN_HAND;
            body = e.byBody();
            text = e.reason();
        } else if (event instanceof WorkOrderTransferred e) {
            s.transferredTo = e.departmentName();
            s.status = WorkOrderStatus.TRANSFERRED;
            body = e.byBody();
            text = e.departmentName();
        } else if (event instanceof DepartmentAnswered e) {
            s.status = WorkOrderStatus.IN_HAND;
            body = e.departmentName();
            text = e.answer();
        } else if (event instanceof WorkerReplied e) {
            s.repliedOn = e.occurredOn();
            s.repliedOnTime = e.onTime();
            s.callbackDueOn = e.callbackDueOn();
            s.satisfaction = null;
            s.status = WorkOrderStatus.REPLIED;
            body = e.byBody();
            text = e.reply();
            late = !e.onTime();
        } else if (event instanceof WorkOrderConvertedToCase e) {
            s.caseId = e.caseId().value();
            body = e.byBody();
            text = e.caseId().value();
        } else if (event instanceof CallbackRecorded e) {
            s.satisfaction = e.satisfaction().name();
            body = s.receivedBy;
            text = e.note();
            late = e.late();
        } else if (event instanceof WorkOrderClosed e) {
            s.closedOn = e.occurredOn();
            s.closedOnTime = e.onTime();
            s.status = WorkOrderStatus.CLOSED;
            body = s.receivedBy;
            text = e.qualityNote();
        } else if (event instanceof WorkOrderReopened e) {
            s.closedOn = null;
            s.closedOnTime = null;
            s.repliedOn = null;
            s.repliedOnTime = null;
            s.satisfaction = null;
            s.holder = e.holder();
            s.status = WorkOrderStatus.IN_HAND;
            s.reopenings++;
            body = s.receivedBy;
            text = e.reason();
        } else if (event instanceof WorkOrderOverdue e) {
            s.overdue.add(e.limit() + ":" + e.dueOn());
            body = e.body();
            text = e.limit().name();
            late = true;
        } else if (event instanceof org.caseledger.core.workorder.WorkOrderContactRecorded e) {
            body = e.byBody(); // who was in touch; what was said is the worker's and stays in the event, sealed
        } else if (event instanceof WorkerPersonalDataErased e) {
            s.workerErased = true;
            text = e.reason();
        } // an event of a later version is listed, not folded
        s.steps.add(new WorkOrderStep(seq, storedName, event.occurredOn(), body, text, late));
        return s;
    }
}
