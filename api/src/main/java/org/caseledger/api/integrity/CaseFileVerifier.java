package org.caseledger.api.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code java -jar caseledger-exec.jar verify <case-export.json> [--public-key <base64>]}: checks a case file
 * ({@link CaseExport}) without the service or its database — what a court or a higher union runs. It recomputes every
 * event's hash and link, checks the anchor's Ed25519 signature, that the case's leaf is the anchored event's hash and
 * that the proof leads to the signed root; with {@code --public-key}, that the anchor was signed with the key the union
 * filed. Exit 0 when everything holds, 1 when something does not (each finding printed), 2 on a usage error.
 */
public final class CaseFileVerifier {

    private CaseFileVerifier() {
    }

    public static int run(String[] args, PrintStream out) {
        if (args.length != 2 && !(args.length == 4 && args[2].equals("--public-key"))) {
            out.println("usage: java -jar caseledger-exec.jar verify <case-export.json> [--public-key <base64>]");
            return 2;
        }
        JsonNode file;
        try {
            file = new ObjectMapper().readTree(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
        } catch (IOException e) {
            out.println("cannot read " + args[1] + ": " + e.getMessage());
            return 2;
        }
        List<String> findings = verify(file, args.length == 4 ? args[3] : null);
        String caseId = file.path("caseId").asText();
        if (findings.isEmpty()) {
            out.println("OK: case " + caseId + ", " + file.path("events").size() + " events, chain intact"
                    + (file.path("anchor").isObject() ? ", anchored in anchor " + file.path("anchor").path("statement").path("number").asText()
                    + " of " + file.path("anchor").path("statement").path("day").asText() + " signed by "
                    + file.path("anchor").path("statement").path("publicKey").asText() : ", no anchor yet"));
            return 0;
        }
        out.println("NOT OK: case " + caseId);
        findings.forEach(f -> out.println("  " + f));
        return 1;
    }

    /** What does not hold in the file (empty: everything does). */
    public static List<String> verify(JsonNode file, String expectedPublicKey) {
        List<String> findings = new ArrayList<>();
        if (!CaseExport.FORMAT.equals(file.path("format").asText())) {
            findings.add("not a " + CaseExport.FORMAT + " file");
            return findings;
        }
        String prev = "0".repeat(64);
        long expectedSeq = 0;
        List<String> hashes = new ArrayList<>();
        for (JsonNode e : file.path("events")) {
            long seq = e.path("seq").asLong();
            if (seq != expectedSeq) {
                findings.add("event " + expectedSeq + " is missing");
                return findings;
            }
            if (!prev.equals(e.path("prevHash").asText())) {
                findings.add("event " + seq + ": its link to the event before does not match");
            }
            String text = String.join("\n", e.path("prevHash").asText(), text(e, "payloadType"), text(e, "payloadRevision"),
                    text(e, "aggregateId"), String.valueOf(seq), String.valueOf(e.path("timestamp").asLong()), text(e, "metadata"), text(e, "payload"));
            String hash = sha256(text);
            if (!hash.equals(e.path("hash").asText())) {
                findings.add("event " + seq + ": its content does not match its hash");
            }
            hashes.add(e.path("hash").asText());
            prev = e.path("hash").asText();
            expectedSeq++;
        }
        JsonNode anchor = file.path("anchor");
        if (!anchor.isObject()) {
            return findings;
        }
        JsonNode statement = anchor.path("statement");
        String signedText = String.join("\n", "caseledger anchor v1", "number=" + statement.path("number").asText(),
                "day=" + statement.path("day").asText(), "createdAt=" + statement.path("createdAt").asText(),
                "fromGlobalIndex=" + statement.path("fromGlobalIndex").asText(), "upToGlobalIndex=" + statement.path("upToGlobalIndex").asText(),
                "cases=" + statement.path("cases").asText(), "merkleRoot=" + statement.path("merkleRoot").asText(),
                "previousAnchorHash=" + statement.path("previousAnchorHash").asText());
        if (!AnchorSigner.verify(statement.path("publicKey").asText(), signedText, statement.path("signature").asText())) {
            findings.add("the anchor's signature does not hold");
        }
        if (expectedPublicKey != null && !expectedPublicKey.equals(statement.path("publicKey").asText())) {
            findings.add("the anchor was signed with another key than the one given");
        }
        JsonNode leaf = anchor.path("leaf");
        int leafSeq = leaf.path("seq").asInt();
        if (leafSeq >= hashes.size() || !hashes.get(leafSeq).equals(leaf.path("hash").asText())) {
            findings.add("event " + leafSeq + " is not the one the anchor recorded: the history was rewritten since");
        }
        List<MerkleTree.Step> proof = new ArrayList<>();
        anchor.path("proof").forEach(s -> proof.add(new MerkleTree.Step(s.path("side").asText(), s.path("hash").asText())));
        String root = MerkleTree.rootFrom(MerkleTree.leaf(leaf.path("caseId").asText(), leaf.path("seq").asLong(), leaf.path("hash").asText()), proof);
        if (!root.equals(statement.path("merkleRoot").asText())) {
            findings.add("the inclusion proof does not lead to the anchor's root");
        }
        return findings;
    }

    private static String text(JsonNode e, String field) {
        JsonNode v = e.path(field);
        return v.isNull() || v.isMissingNode() ? "null" : v.asText();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
