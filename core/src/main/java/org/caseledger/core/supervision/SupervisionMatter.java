package org.caseledger.core.supervision;

import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Whether the case is a supervision matter (监督事项) rather than a wage claim, how it watches and what about. A matter
 * takes only the letters' commands, referrals, the joint mechanism, closing and reopening (the root asks).
 */
public class SupervisionMatter {

    private SupervisionMode mode;
    private LetterSubject subject;

    public boolean isMatter() {
        return mode != null;
    }

    public SupervisionMode mode() {
        return mode;
    }

    public LetterSubject subject() {
        return subject;
    }

    @EventSourcingHandler
    void on(SupervisionMatterOpened e) {
        mode = e.mode();
        subject = e.subject();
    }
}
