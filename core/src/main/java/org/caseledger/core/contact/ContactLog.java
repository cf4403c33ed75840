package org.caseledger.core.contact;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.PersonalText;
import org.caseledger.core.kernel.RuleCode;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * 联系记录 and 附件: the calls, visits, messages and notes of a case and the documents attached to it, at any stage. Each
 * concerns a worker of the case or the case as a whole; an erased worker takes none (his words would outlive him).
 * They change no rule of the case; the log keeps only how many documents the case holds.
 */
public class ContactLog {

    private int documents;
    private transient ContactView view;

    public void bind(ContactView view) {
        this.view = view;
    }

    @CommandHandler
    void handle(RecordContact c) {
        concerning(c.claimantId());
        apply(new ContactRecorded(view.caseId(), c.kind(), c.claimantId(), new PersonalText(c.text().strip()), c.minutes(), c.occurredOn()));
    }

    @CommandHandler
    void handle(AttachDocument c) {
        concerning(c.claimantId());
        apply(new DocumentAttached(view.caseId(), c.attachmentId(), c.kind(), c.claimantId(), new PersonalText(c.title().strip()),
                c.contentType(), c.size(), c.sha256(), c.occurredOn()));
    }

    @EventSourcingHandler
    void on(DocumentAttached e) {
        documents++;
    }

    /** How many documents were attached to the case. */
    public int documents() {
        return documents;
    }

    private void concerning(ClaimantId claimant) {
        if (claimant != null) {
            view.checkClaimant(claimant);
            require(!view.isErased(claimant), RuleCode.PERSONAL_DATA_ALREADY_ERASED, "claimantId", "claimant " + claimant);
        }
    }
}
