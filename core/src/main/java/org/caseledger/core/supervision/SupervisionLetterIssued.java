package org.caseledger.core.supervision;

import org.caseledger.core.kernel.MarkKind;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** A supervision letter was issued and served on occurredOn; replyDue is set where the jurisdiction gives a window. */
public record SupervisionLetterIssued(
        CaseId caseId,
        LetterId letterId,
        LetterType letterType,
        String documentNo,
        UnionBody issuer,
        String signer,
        RecipientKind recipientKind,
        ObligorId recipientObligorId,
        String recipientName,
        LetterSubject subject,
        String facts,
        String legalBasis,
        String demands,
        LocalDate replyDue,
        List<CaseWarning> warnings,
        LocalDate occurredOn) implements WageCaseEvent {

    public SupervisionLetterIssued {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(letterType, "letterType");
        Objects.requireNonNull(documentNo, "documentNo");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(recipientKind, "recipientKind");
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(demands, "demands");
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public List<Deadline> deadlinesSet() {
        return replyDue == null ? List.of() : List.of(Deadline.of(DeadlineKind.LETTER_REPLY, letterId, replyDue));
    }

    @Override
    public Description describe() {
        return Description.mark(MarkKind.LETTER, "SupervisionLetterIssued", code(letterType), text(documentNo), code(recipientKind),
                text(recipientName), flag(replyDue != null), day(replyDue));
    }
}
