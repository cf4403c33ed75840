package org.caseledger.projections.timeline;

import org.caseledger.core.supervision.SupervisionLetterIssued;

import java.time.LocalDate;

/** Part of a case's timeline (see {@link CaseTimeline}). */
public class LetterView {
    public String letterId;
    public String type;
    public String documentNo;
    public String issuer;
    public String recipientKind;
    public String recipientName;
    public String subject;
    public LocalDate servedOn;
    public LocalDate replyDue;
    public String status;
    public String outcome;
    public LocalDate repliedOn;
    public String stage;

    static LetterView issued(SupervisionLetterIssued l, String stage) {
        LetterView v = new LetterView();
        v.letterId = l.letterId().value();
        v.type = l.letterType().name();
        v.documentNo = l.documentNo();
        v.issuer = l.issuer().name();
        v.recipientKind = l.recipientKind().name();
        v.recipientName = l.recipientName();
        v.subject = l.subject().name();
        v.servedOn = l.occurredOn();
        v.replyDue = l.replyDue();
        v.status = "OPEN";
        v.stage = stage;
        return v;
    }

    void answered(String outcome, LocalDate on) {
        status = "ANSWERED";
        this.outcome = outcome;
        repliedOn = on;
    }
}
