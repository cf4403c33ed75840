package org.caseledger.projections.workorders;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A work order as the read models and pages see it: folded from its events by {@link WorkOrderFold}. Holds no
 * personal data (the worker's contact stays sealed in the store and is read from there on the order's own page).
 */
public class WorkOrderState {

    public String workOrderId;
    /** The sequence number of the last event folded in: an event delivered again changes nothing. */
    public long seq = -1;
    public String receivedBy;
    public String region;
    public LocalDate receivedOn;
    public String channel;
    public String category;
    public String grade;
    public String employerName;
    public String employerCreditCode;
    public String place;
    public String industry;
    public String demand;
    public WorkOrderStatus status = WorkOrderStatus.IN_HAND;
    public String holder;
    public String awaitingSigning;
    public LocalDate signingDueOn;
    public LocalDate handlingDueOn;
    public String transferredTo;
    public LocalDate repliedOn;
    public Boolean repliedOnTime;
    public LocalDate callbackDueOn;
    public String satisfaction;
    public LocalDate closedOn;
    public Boolean closedOnTime;
    public String caseId;
    public boolean workerErased;
    public int reopenings;
    public List<String> bodies = new ArrayList<>();
    /** The time limits marked overdue by the sweeper, as "LIMIT:due day". */
    public List<String> overdue = new ArrayList<>();
    public List<WorkOrderStep> steps = new ArrayList<>();

    /** The body that must act next: the one to sign, the one that holds it, or the platform after the reply; none once closed. */
    @JsonIgnore
    public String actionBody() {
        return switch (status) {
            case AWAITING_SIGNING -> awaitingSigning;
            case IN_HAND, TRANSFERRED -> holder;
            case REPLIED -> receivedBy;
            case CLOSED -> null;
        };
    }

    /** The time limit running now ("HANDLING:2026-11-09"), unless none runs or it was marked overdue already. */
    @JsonIgnore
    public String runningLimit() {
        String limit = switch (status) {
            case AWAITING_SIGNING -> "SIGNING";
            case IN_HAND, TRANSFERRED -> "HANDLING";
            case REPLIED -> "CALLBACK";
            case CLOSED -> null;
        };
        LocalDate due = dueOn();
        if (limit == null || due == null || overdue.contains(limit + ":" + due)) {
            return null;
        }
        return limit + ":" + due;
    }

    /** The day the next act is due: signing, handling (once graded) or callback; none once closed. */
    @JsonIgnore
    public LocalDate dueOn() {
        return switch (status) {
            case AWAITING_SIGNING -> signingDueOn;
            case IN_HAND, TRANSFERRED -> handlingDueOn;
            case REPLIED -> satisfaction == null ? callbackDueOn : null;
            case CLOSED -> null;
        };
    }
}
