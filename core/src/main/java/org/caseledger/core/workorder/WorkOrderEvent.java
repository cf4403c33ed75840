package org.caseledger.core.workorder;

import java.time.LocalDate;

/** A fact of a work order: which order, and the day it happened. */
public interface WorkOrderEvent {

    WorkOrderId workOrderId();

    LocalDate occurredOn();
}
