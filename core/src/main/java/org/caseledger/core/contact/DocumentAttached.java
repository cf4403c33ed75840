package org.caseledger.core.contact;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.PersonalText;
import org.caseledger.core.kernel.SummaryArg;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A document was attached: its title is the {@code personalData} beside {@code claimantId} (sealed under that worker's
 * key, or the case's), the file's SHA-256 and size stand in the case's hash chain.
 */
public record DocumentAttached(
        CaseId caseId,
        String attachmentId,
        DocumentKind kind,
        ClaimantId claimantId,
        PersonalText personalData,
        String contentType,
        long size,
        String sha256,
        LocalDate occurredOn) implements WageCaseEvent {

    public DocumentAttached {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(attachmentId, "attachmentId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(personalData, "personalData");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("DocumentAttached", SummaryArg.code(kind), SummaryArg.text(sha256.substring(0, 12)));
    }
}
