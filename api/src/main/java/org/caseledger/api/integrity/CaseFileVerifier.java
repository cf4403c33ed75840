package org.caseledger.api.integrity;

import org.caseledger.api.crypto.MerkleTree;
import org.caseledger.api.crypto.AnchorSigner;
import org.caseledger.api.crypto.TrustedKeys;
import org.caseledger.api.store.CaseExport;
import org.caseledger.api.store.Anchors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.caseledger.eventstore.CaseChain;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar caseledger-exec.jar verify <case-export.json> --public-key <base64> [--public-key <base64> …]}:
 * checks a case file ({@link CaseExport}) without the service or its database — what a court or a higher union runs.
 * It recomputes every event's hash and link, checks that the anchor was signed by one of the <b>published</b> keys
 * (never the key written in the file, which whoever wrote the file chose), that the case's leaf is the anchored event's
 * hash and that the proof leads to the signed root, and that no event is left unanchored or back-dated. It prints what
 * it checked, with the anchor's root and statement hash to compare with a filed paper copy. Exit 0 only when every
 * event is proven by an anchor signed with a published key; 1 when something does not hold (each finding printed);
 * 2 on a usage error; 3 when no key was given (the result is unproven). It never throws: what it cannot read is a
 * finding.
 */
public final class CaseFileVerifier {

    /** Reads the file into the records the service wrote it from, so the hashed and signed texts have one definition. */
    private static final ObjectMapper READER = new ObjectMapper().findAndRegisterModules();

    private CaseFileVerifier() {
    }

    public static int run(String[] args, PrintStream out) {
        List<String> keys = new ArrayList<>();
        if (args.length < 2 || args.length % 2 != 0) {
            return usage(out);
        }
        for (int i = 2; i < args.length; i += 2) {
            if (!args[i].equals("--public-key")) {
                return usage(out);
            }
            keys.add(args[i + 1]);
        }
        JsonNode file;
        try {
            file = READER.readTree(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            out.println("NOT OK: cannot read " + args[1] + ": " + e.getMessage());
            return 1;
        }
        List<String> findings;
        List<String> checked = new ArrayList<>();
        try {
            findings = verify(file, keys, checked);
        } catch (RuntimeException unexpected) {
            findings = List.of("the file could not be checked: " + unexpected);
        }
        String caseId = file.path("caseId").asText();
        checked.forEach(c -> out.println("checked: " + c));
        if (!findings.isEmpty()) {
            out.println("NOT OK: case " + caseId);
            findings.forEach(f -> out.println("  " + f));
            return 1;
        }
        if (keys.isEmpty()) {
            out.println("UNPROVEN: case " + caseId + ": no published key was given (--public-key): the signature was checked only "
                    + "against the key written in the file, which proves nothing against whoever wrote the file");
            return 3;
        }
        out.println("OK: case " + caseId + ", " + file.path("events").size() + " events, chain intact, every event anchored in anchor "
                + file.path("anchor").path("statement").path("number").asText() + " of " + file.path("anchor").path("statement").path("day").asText()
                + " signed by a published key");
        return 0;
    }

    private static int usage(PrintStream out) {
        out.println("usage: java -jar caseledger-exec.jar verify <case-export.json> --public-key <base64> [--public-key <base64> ...]");
        return 2;
    }

    /** What does not hold in the file (empty: everything does); with no key, the signature is judged by the file's own. */
    public static List<String> verify(JsonNode file, String expectedPublicKey) {
        return verify(file, expectedPublicKey == null ? List.of() : List.of(expectedPublicKey), new ArrayList<>());
    }

    public static List<String> verify(JsonNode file, List<String> publishedKeys, List<String> checked) {
        List<String> findings = new ArrayList<>();
        if (!CaseExport.FORMAT.equals(file.path("format").asText())) {
            findings.add("not a " + CaseExport.FORMAT + " file");
            return findings;
        }
        CaseExport export;
        try {
            export = READER.treeToValue(file, CaseExport.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            findings.add("not a readable " + CaseExport.FORMAT + " file: " + e.getMessage());
            return findings;
        }
        if (export.events() == null || export.events().isEmpty()) {
            findings.add("the file holds no events");
            return findings;
        }
        String prev = CaseChain.GENESIS;
        long expectedSeq = 0;
        List<String> hashes = new ArrayList<>();
        for (CaseExport.Event e : export.events()) {
            if (e == null) {
                findings.add("event " + expectedSeq + " is empty");
                return findings;
            }
            if (e.seq() != expectedSeq) {
                findings.add("event " + expectedSeq + " is missing");
                return findings;
            }
            if (e.hash() == null || e.prevHash() == null) {
                findings.add("event " + e.seq() + " has no " + (e.hash() == null ? "hash" : "link to the event before") + ": it was not chained when stored");
            } else {
                if (!prev.equals(e.prevHash())) {
                    findings.add("event " + e.seq() + ": its link to the event before does not match");
                }
                if (!CaseChain.sha256(e.hashedText()).equals(e.hash())) {
                    findings.add("event " + e.seq() + ": its content does not match its hash");
                }
            }
            hashes.add(String.valueOf(e.hash()));
            prev = String.valueOf(e.hash());
            expectedSeq++;
        }
        checked.add(hashes.size() + " events: each hash recomputed and each link to the event before");
        checkAttachments(export, findings, checked);
        Anchors.Inclusion anchor = export.anchor();
        if (anchor == null || anchor.statement() == null || anchor.leaf() == null) {
            findings.add("no anchor holds the case: events 0 to " + (hashes.size() - 1) + " are not yet anchored");
            return findings;
        }
        Anchors.Statement statement = anchor.statement();
        checked.add("anchor " + statement.number() + " of " + statement.day() + ": root " + statement.merkleRoot() + ", statement hash "
                + statement.anchorHash() + " (compare with the filed copy)");
        TrustedKeys.Verdict verdict = TrustedKeys.of(null, publishedKeys).check(statement.publicKey(), statement.signedText(),
                statement.signature(), statement.createdAt());
        if (publishedKeys.isEmpty()) {
            if (!AnchorSigner.verify(String.valueOf(statement.publicKey()), statement.signedText(), String.valueOf(statement.signature()))) {
                findings.add("the anchor's signature does not hold");
            }
        } else if (verdict == TrustedKeys.Verdict.UNTRUSTED_KEY) {
            findings.add("anchor " + statement.number() + " is signed with a key that is not a published one: forged");
        } else if (verdict == TrustedKeys.Verdict.BAD_SIGNATURE) {
            findings.add("the anchor's signature does not hold under the published key");
        } else {
            checked.add("the anchor's signature against the published key");
        }
        if (statement.anchorHash() != null && statement.signature() != null && !statement.computedAnchorHash().equals(statement.anchorHash())) {
            findings.add("anchor " + statement.number() + "'s statement hash does not match its text and signature");
        }
        Anchors.Leaf leaf = anchor.leaf();
        if (leaf.seq() < 0 || leaf.seq() >= hashes.size() || !hashes.get((int) leaf.seq()).equals(leaf.hash())) {
            findings.add("event " + leaf.seq() + " is not the one the anchor recorded: the history was rewritten since");
        }
        String root = anchor.proof() == null ? null : MerkleTree.rootFrom(MerkleTree.leaf(leaf.caseId(), leaf.seq(), leaf.hash()), anchor.proof());
        if (root == null || !root.equals(statement.merkleRoot())) {
            findings.add("the inclusion proof does not lead to the anchor's root");
        }
        if (leaf.seq() + 1 < hashes.size()) {
            findings.add("events " + (leaf.seq() + 1) + " to " + (hashes.size() - 1) + " are not yet anchored: nothing outside the database vouches for them");
            for (CaseExport.Event e : export.events()) {
                if (e.seq() > leaf.seq() && statement.createdAt() != null && e.timestamp() + 60_000 < statement.createdAt().toEpochMilli()) {
                    findings.add("event " + e.seq() + " is dated " + java.time.Instant.ofEpochMilli(e.timestamp()) + ", before anchor "
                            + statement.number() + " that does not hold it: back-dated");
                }
            }
        }
        return findings;
    }

    /**
     * 附件: each file in the export hashed and compared with the SHA-256 and size its event recorded (the chain proves the
     * event); an attached document the export does not hold is named, so a missing file is never taken for a checked one.
     */
    private static void checkAttachments(CaseExport export, List<String> findings, List<String> checked) {
        java.util.Map<String, JsonNode> recorded = new java.util.LinkedHashMap<>();
        java.util.Map<String, Long> seqs = new java.util.HashMap<>();
        for (CaseExport.Event e : export.events()) {
            if (e.payloadType() != null && e.payloadType().endsWith("DocumentAttached") && e.payload() != null) {
                try {
                    JsonNode payload = READER.readTree(e.payload());
                    recorded.put(payload.path("attachmentId").asText(), payload);
                    seqs.put(payload.path("attachmentId").asText(), e.seq());
                } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                    findings.add("event " + e.seq() + ": its payload is not JSON");
                }
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (CaseExport.AttachedFile f : export.attachments() == null ? List.<CaseExport.AttachedFile>of() : export.attachments()) {
            JsonNode payload = recorded.get(f.attachmentId());
            if (payload == null || seqs.get(f.attachmentId()) != f.seq()) {
                findings.add("attachment " + f.attachmentId() + " is not recorded by event " + f.seq());
                continue;
            }
            byte[] content;
            try {
                content = java.util.Base64.getDecoder().decode(String.valueOf(f.content()));
            } catch (IllegalArgumentException ex) {
                findings.add("attachment " + f.attachmentId() + ": its content is not base64");
                continue;
            }
            String sha = org.caseledger.api.web.AttachmentController.sha256(content);
            JsonNode size = payload.path("size"); // canonical extended JSON: {"$numberInt": "86"}
            long recordedSize = size.isObject() && size.elements().hasNext() ? size.elements().next().asLong() : size.asLong();
            if (!sha.equals(payload.path("sha256").asText()) || content.length != recordedSize) {
                findings.add("attachment " + f.attachmentId() + " is not the file event " + f.seq() + " recorded: its SHA-256 differs");
            } else {
                seen.add(f.attachmentId());
                checked.add("attachment " + f.attachmentId() + ": SHA-256 " + sha + " matches event " + f.seq());
            }
        }
        for (String id : recorded.keySet()) {
            if (!seen.contains(id) && (export.attachments() == null || export.attachments().stream().noneMatch(f -> f.attachmentId().equals(id)))) {
                checked.add("attachment " + id + " (event " + seqs.get(id) + ") is not in the export: erased with its worker, or left out");
            }
        }
    }
}
