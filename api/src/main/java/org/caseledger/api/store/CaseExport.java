package org.caseledger.api.store;

import org.bson.Document;
import org.caseledger.eventstore.CaseChain;

import java.time.Instant;
import java.util.List;

/**
 * A case file anyone can check (format {@code caseledger-case-export/1}): every stored event of the case with exactly
 * the fields its hash covers — {@code metadata} and {@code payload} as the canonical JSON text that was hashed (the
 * payload sealed where it holds personal data) — its {@code prevHash} and {@code hash}, and the latest anchor that holds
 * the case with the case's leaf and inclusion proof. {@code hash = sha256(prevHash \n payloadType \n payloadRevision \n
 * aggregateId \n seq \n timestamp \n metadata \n payload)} with {@code timestamp} in epoch milliseconds, {@code "null"}
 * for an absent revision; see {@link CaseFileVerifier}.
 */
public record CaseExport(String format, String caseId, Instant exportedAt, List<Event> events, Anchors.Inclusion anchor,
                         List<AttachedFile> attachments) {

    /** Without files (a case with none). */
    public CaseExport(String format, String caseId, Instant exportedAt, List<Event> events, Anchors.Inclusion anchor) {
        this(format, caseId, exportedAt, events, anchor, List.of());
    }

    /**
     * A file attached to the case (附件), as it opens now, with the event that recorded its SHA-256: the verifier hashes
     * {@code content} (base64) and compares it with that event's payload, which the chain proves. An erased worker's
     * file is not in the export.
     */
    public record AttachedFile(String attachmentId, long seq, String contentType, String content) {
    }


    public static final String FORMAT = "caseledger-case-export/1";

    /** One stored event, as hashed. */
    public record Event(long seq, String payloadType, String payloadRevision, String aggregateId, long timestamp, String metadata,
                        String payload, String prevHash, String hash) {

        static Event of(Document d) {
            return new Event(((Number) d.get("seq")).longValue(), d.getString("payloadType"), d.getString("payloadRevision"),
                    d.getString("aggregateId"), d.getDate("timestamp").getTime(), CaseChain.canonicalMetadata(d), CaseChain.canonicalPayload(d),
                    d.getString(CaseChain.PREV_HASH), d.getString(CaseChain.HASH));
        }

        /** The text whose SHA-256 is the event's hash. */
        public String hashedText() {
            return CaseChain.hashedText(prevHash, payloadType, payloadRevision, aggregateId, seq, timestamp, metadata, payload);
        }
    }
}
