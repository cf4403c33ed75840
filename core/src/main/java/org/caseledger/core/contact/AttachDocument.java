package org.caseledger.core.contact;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.DatedCommand;
import org.caseledger.core.kernel.PersonalText;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 附件: attach a document or photo to a case — the file itself is stored apart, sealed; the case records what it is,
 * whose it is ({@code claimantId}, or the case's), its type as read from its content, its size and its SHA-256, so the
 * hash chain proves the file as it proves the events.
 */
public record AttachDocument(
        @TargetAggregateIdentifier CaseId caseId,
        String attachmentId,
        DocumentKind kind,
        ClaimantId claimantId,
        String title,
        String contentType,
        long size,
        String sha256,
        LocalDate occurredOn) implements DatedCommand {

    public AttachDocument {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(attachmentId, "attachmentId");
        Objects.requireNonNull(kind, "kind");
        new PersonalText(title);
        Objects.requireNonNull(contentType, "contentType");
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}") || size <= 0) {
            throw new IllegalArgumentException("an attachment names its SHA-256 (64 hex digits) and its size");
        }
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
