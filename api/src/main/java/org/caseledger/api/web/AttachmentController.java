package org.caseledger.api.web;

import jakarta.servlet.http.HttpServletRequest;
import org.caseledger.api.cases.CommandService;
import org.caseledger.api.contacts.Contacts;
import org.caseledger.api.problems.ApiProblem;
import org.caseledger.api.security.CaseOwnership;
import org.caseledger.api.security.CaseledgerUser;
import org.caseledger.api.security.CurrentUser;
import org.caseledger.api.store.AttachmentStore;
import org.caseledger.api.store.DocumentTypes;
import org.caseledger.core.contact.AttachDocument;
import org.caseledger.core.contact.DocumentKind;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.ClaimantId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * 附件 over HTTP. {@code POST /api/cases/{caseId}/attachments}: the file (the form part {@code file}, or the body) with
 * {@code kind}, {@code title}, and {@code claimantId} when it is a worker's own; at most
 * {@code caseledger.attachments.max-bytes} (20 MiB); a PDF, JPEG, PNG or OFD by its content. The file is stored sealed
 * (GridFS), the case records its SHA-256; a refusal leaves neither. {@code GET …/attachments} lists them,
 * {@code GET …/attachments/{id}} serves one after checking it against the SHA-256 the case recorded. Documents name people:
 * they are read by the case's own officers and the auditors.
 */
@RestController
public class AttachmentController {

    private final AttachmentStore store;
    private final Contacts contacts;
    private final CommandService commands;
    private final CurrentUser currentUser;
    private final CaseOwnership ownership;
    private final Clock clock;
    private final long maxBytes;

    public AttachmentController(AttachmentStore store, Contacts contacts, CommandService commands, CurrentUser currentUser,
                                CaseOwnership ownership, Clock clock, @Value("${caseledger.attachments.max-bytes:20971520}") long maxBytes) {
        this.store = store;
        this.contacts = contacts;
        this.commands = commands;
        this.currentUser = currentUser;
        this.ownership = ownership;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** What attaching did: the case's version, the attachment's id, the type read from the file and its SHA-256. */
    public record Attached(String caseId, long version, String attachmentId, String contentType, long size, String sha256) {
    }

    @PostMapping("/api/cases/{caseId}/attachments")
    public ResponseEntity<Attached> attach(@PathVariable String caseId, HttpServletRequest request) {
        CaseledgerUser user = currentUser.get();
        String owner = ownership.unionBodyOf(caseId).orElseThrow(() -> ApiProblem.notFound(caseId));
        if (!user.mayChange(owner)) {
            if (user.maySee(owner)) {
                throw new ApiProblem(HttpStatus.FORBIDDEN, "READ_ONLY_CASE", null, "the case belongs to " + owner + ": its own officers attach documents");
            }
            throw ApiProblem.notFound(caseId);
        }
        byte[] content = content(request);
        String type = DocumentTypes.of(content).orElseThrow(() -> new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "ATTACHMENT_TYPE_NOT_ACCEPTED",
                "file", "a document is a PDF, a JPEG or PNG photo, or an OFD file (told by its content, not its name)"));
        DocumentKind kind = kind(request.getParameter("kind"));
        String title = text(request.getParameter("title"), "title", true);
        String claimant = text(request.getParameter("claimantId"), "claimantId", false);
        LocalDate on = CommandRequests.dayOrToday(request.getParameter("occurredOn"), clock);
        String sha256 = sha256(content);
        String attachmentId = "A-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        AttachDocument command = new AttachDocument(CaseId.of(caseId), attachmentId, kind, claimant == null ? null : ClaimantId.of(claimant),
                title, type, content.length, sha256, on);
        store.put(caseId, attachmentId, claimant, content);
        long version;
        try {
            version = commands.send(command, caseId, user, null, CorrelationIdFilter.of(request));
        } catch (RuntimeException refused) {
            store.delete(caseId, attachmentId); // the case refused it: the store is left as it was
            throw refused;
        }
        return ResponseEntity.status(HttpStatus.CREATED).eTag(CommandRequests.etag(version))
                .body(new Attached(caseId, version, attachmentId, type, content.length, sha256));
    }

    @GetMapping("/api/cases/{caseId}/attachments")
    public List<Contacts.Attachment> list(@PathVariable String caseId) {
        reader(caseId);
        return contacts.attachmentsOf(caseId);
    }

    @GetMapping("/api/cases/{caseId}/attachments/{attachmentId}")
    public ResponseEntity<byte[]> file(@PathVariable String caseId, @PathVariable String attachmentId) {
        reader(caseId);
        Contacts.Attachment a = contacts.attachmentsOf(caseId).stream().filter(x -> x.attachmentId().equals(attachmentId)).findFirst()
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "ATTACHMENT_NOT_FOUND", "attachmentId", "case " + caseId + " has no attachment " + attachmentId));
        byte[] content;
        try {
            content = store.open(caseId, attachmentId, a.claimantId()).orElseThrow(() -> new ApiProblem(HttpStatus.GONE, "ATTACHMENT_ERASED",
                    "attachmentId", "the attachment was its worker's, whose personal data was erased"));
        } catch (AttachmentStore.Unreadable e) {
            throw new ApiProblem(HttpStatus.CONFLICT, "ATTACHMENT_TAMPERED", "attachmentId", e.getMessage());
        }
        if (!sha256(content).equals(a.sha256())) {
            throw new ApiProblem(HttpStatus.CONFLICT, "ATTACHMENT_TAMPERED", "attachmentId",
                    "attachment " + attachmentId + " is not the file whose SHA-256 the case recorded (event " + a.seq() + ")");
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(a.contentType()))
                .header("Content-Disposition", ContentDisposition.inline().filename(attachmentId + DocumentTypes.extension(a.contentType()),
                        StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").header("Digest", "sha-256=" + a.sha256())
                .body(content);
    }

    /** Documents name people: the case's own officers and the auditors read them; a body above reads the figures only. */
    private void reader(String caseId) {
        CaseledgerUser user = currentUser.get();
        String owner = ownership.unionBodyOf(caseId).filter(user::maySee).orElseThrow(() -> ApiProblem.notFound(caseId));
        if (!user.mayChange(owner) && !user.is("AUDITOR")) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "FORBIDDEN", null, "a case's documents are read by its own officers and the auditors");
        }
    }

    private byte[] content(HttpServletRequest request) {
        try {
            byte[] content;
            if (request instanceof MultipartHttpServletRequest multipart) {
                MultipartFile file = multipart.getFile("file");
                if (file == null || file.isEmpty()) {
                    throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "file", "choose the file to attach");
                }
                if (file.getSize() > maxBytes) {
                    throw tooLarge();
                }
                content = file.getBytes();
            } else {
                content = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (content.length > maxBytes) {
                throw tooLarge();
            }
            if (content.length == 0) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "file", "the file is empty");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "ATTACHMENT_TOO_LARGE", "file", "a document is at most " + maxBytes + " bytes");
    }

    private static DocumentKind kind(String text) {
        if (text == null || text.isBlank()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "kind", "kind is one of " + List.of(DocumentKind.values()));
        }
        try {
            return DocumentKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "kind", "kind is one of " + List.of(DocumentKind.values()));
        }
    }

    private static String text(String value, String field, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", field, field + " is required");
            }
            return null;
        }
        if (value.length() > 200 || value.chars().anyMatch(c -> c < 0x20)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", field, field + " is at most 200 characters on one line");
        }
        return value.strip();
    }


    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
