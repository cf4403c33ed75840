package org.caseledger.api.store;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.caseledger.api.crypto.Aead;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.util.Optional;

/**
 * 附件 in the store: each file in GridFS (bucket {@code attachments}, the same on the embedded server and a real one),
 * sealed with AES-256-GCM under its person's key — the worker's own when it is his, the case's otherwise — the case and
 * attachment ids as associated data, so a file moved to another case or attachment does not open. Erasing the worker
 * erases the key: his files no longer open anywhere, backups included.
 */
public final class AttachmentStore {

    private final GridFSBucket bucket;
    private final PersonalDataKeys keys;

    public AttachmentStore(MongoDatabase database, PersonalDataKeys keys) {
        this.bucket = GridFSBuckets.create(database, "attachments");
        this.keys = keys;
    }

    /** A file whose seal no longer opens (changed in the database, or not its own): named, never served. */
    public static final class Unreadable extends RuntimeException {
        public Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private static String name(String caseId, String attachmentId) {
        return caseId + "/" + attachmentId;
    }

    public void put(String caseId, String attachmentId, String claimantId, byte[] content) {
        byte[] sealed = Aead.seal(keys.attachmentKey(caseId, claimantId), content, name(caseId, attachmentId));
        bucket.uploadFromStream(name(caseId, attachmentId), new java.io.ByteArrayInputStream(sealed),
                new GridFSUploadOptions().chunkSizeBytes(255 * 1024).metadata(new Document("caseId", caseId)));
    }

    /** The file, or empty when its person was erased (or it was never stored); {@link Unreadable} when its seal fails. */
    public Optional<byte[]> open(String caseId, String attachmentId, String claimantId) {
        Optional<byte[]> key = keys.findAttachmentKey(caseId, claimantId);
        if (key.isEmpty() || bucket.find(Filters.eq("filename", name(caseId, attachmentId))).first() == null) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bucket.downloadToStream(name(caseId, attachmentId), out);
        try {
            return Optional.of(Aead.open(key.get(), out.toByteArray(), name(caseId, attachmentId)));
        } catch (GeneralSecurityException e) {
            throw new Unreadable("attachment " + attachmentId + " of case " + caseId + " does not open under its key: changed in the store");
        }
    }

    /** Takes a file away again (its attaching was refused: the store is left as it was). */
    public void delete(String caseId, String attachmentId) {
        for (var f : bucket.find(Filters.eq("filename", name(caseId, attachmentId)))) {
            bucket.delete(f.getObjectId());
        }
    }
}
