package org.caseledger.core.supervision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/** 发出一函两书: issue a 提示函, 意见书 or 建议书. */
public record IssueSupervisionLetter(
        @TargetAggregateIdentifier CaseId caseId,
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
        LocalDate occurredOn) {

    public IssueSupervisionLetter {
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
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
