package org.caseledger.core.supervision;

import org.caseledger.core.kernel.RegionCode;

import java.time.LocalDate;

/** A supervision letter as the case knows it: its type, reply due date and where the reply stands. */
public record Letter(LetterType type, LocalDate issuedOn, RegionCode issuerRegion, LocalDate replyDue, Status status, ReplyOutcome outcome) {

    public enum Status { OPEN, ANSWERED, OVERDUE }

    Letter answered(ReplyOutcome reply) {
        return new Letter(type, issuedOn, issuerRegion, replyDue, Status.ANSWERED, reply);
    }

    Letter servedWithReplyDue(LocalDate due) {
        return new Letter(type, issuedOn, issuerRegion, due, status, outcome);
    }

    Letter overdue() {
        return new Letter(type, issuedOn, issuerRegion, replyDue, Status.OVERDUE, outcome);
    }

    /** An opinion letter that failed: refused, not answered in time, or not complied with (浙江条例 art. 23). */
    public boolean isFailedOpinion() {
        return type == LetterType.OPINION
                && (status == Status.OVERDUE || outcome == ReplyOutcome.REFUSED || outcome == ReplyOutcome.PARTIALLY_COMPLIED);
    }
}
