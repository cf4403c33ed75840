package org.caseledger.core.workorder;

import java.time.LocalDate;

/** A command on a work order: the day it records, checked by the work order (never after today, never before it was received). */
public interface WorkOrderCommand {

    LocalDate occurredOn();
}
