package org.caseledger.api.integrity;

import org.caseledger.api.crypto.MerkleTree;
import org.caseledger.api.crypto.AnchorSigner;
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
 * {@code java -jar caseledger-exec.jar verify <case-export.json> [--public-key <base64>]}: checks a case file
 * ({@link CaseExport}) without the service or its database — what a court or a higher union runs. It recomputes every
 * event's hash and link, checks the anchor's Ed25519 signature, that the case's leaf is the anchored event's hash and
 * that the proof leads to the signed root; with {@code --public-key}, that the anchor was signed with the key the union
 * filed. Exit 0 when everything holds, 1 when something does not (each finding printed), 2 on a usage error.
 */
public final class CaseFileVerifier {

    /** Reads the file into the records the service wrote it from, so the hashed and signed texts have one definition. */
    private static final ObjectMapper READER = new ObjectMapper().findAndRegisterModules();

    private CaseFileVerifier() {
    }

    public static int run(String[] args, PrintStream out) {
        if (args.length != 2 && !(args.length == 4 && args[2].equals("--public-key"))) {
            out.println("usage: java -jar caseledger-exec.jar verify <case-export.json> [--public-key <base64>]");
            return 2;
        }
        JsonNode file;
        try {
            file = READER.readTree(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
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
        CaseExport export;
        try {
            export = READER.treeToValue(file, CaseExport.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            findings.add("not a readable " + CaseExport.FORMAT + " file: " + e.getMessage());
            return findings;
        }
        String prev = CaseChain.GENESIS;
        long expectedSeq = 0;
        List<String> hashes = new ArrayList<>();
        for (CaseExport.Event e : export.events()) {
            if (e.seq() != expectedSeq) {
                findings.add("event " + expectedSeq + " is missing");
                return findings;
            }
            if (!prev.equals(e.prevHash())) {
                findings.add("event " + e.seq() + ": its link to the event before does not match");
            }
            if (!CaseChain.sha256(e.hashedText()).equals(e.hash())) {
                findings.add("event " + e.seq() + ": its content does not match its hash");
            }
            hashes.add(e.hash());
            prev = e.hash();
            expectedSeq++;
        }
        Anchors.Inclusion anchor = export.anchor();
        if (anchor == null) {
            return findings;
        }
        Anchors.Statement statement = anchor.statement();
        if (!AnchorSigner.verify(statement.publicKey(), statement.signedText(), statement.signature())) {
            findings.add("the anchor's signature does not hold");
        }
        if (expectedPublicKey != null && !expectedPublicKey.equals(statement.publicKey())) {
            findings.add("the anchor was signed with another key than the one given");
        }
        Anchors.Leaf leaf = anchor.leaf();
        if (leaf.seq() >= hashes.size() || !hashes.get((int) leaf.seq()).equals(leaf.hash())) {
            findings.add("event " + leaf.seq() + " is not the one the anchor recorded: the history was rewritten since");
        }
        String root = MerkleTree.rootFrom(MerkleTree.leaf(leaf.caseId(), leaf.seq(), leaf.hash()), anchor.proof());
        if (!root.equals(statement.merkleRoot())) {
            findings.add("the inclusion proof does not lead to the anchor's root");
        }
        return findings;
    }
}
