package org.caseledger.projections.workorders;

import java.time.LocalDate;

/** One step of a work order as its page lists it: what happened ({@code type}, the stored event name), when, by which body, and its words. */
public record WorkOrderStep(long seq, String type, LocalDate occurredOn, String body, String text, boolean late) {
}
