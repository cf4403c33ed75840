package org.caseledger.api.crypto;

import org.caseledger.eventstore.CaseChain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The master key that wraps every claimant's key, and the earlier master keys still accepted while their wrapped keys
 * are re-wrapped (rotation). A key is 32 bytes, base64; its id is the start of its SHA-256, so a wrapped key names the
 * master it needs without revealing it.
 */
public final class MasterKeys {

    private static final Logger log = LoggerFactory.getLogger(MasterKeys.class);

    private final byte[] current;
    private final String currentId;
    private final Map<String, byte[]> previous = new LinkedHashMap<>();

    MasterKeys(byte[] current, List<byte[]> previous) {
        if (current.length != 32) {
            throw new IllegalStateException("the master key is 32 bytes (base64 of 32 random bytes), not " + current.length);
        }
        this.current = current.clone();
        this.currentId = idOf(current);
        previous.forEach(k -> this.previous.put(idOf(k), k.clone()));
    }

    /** The key from the configuration's text (base64), with the earlier keys being rotated out. */
    public static MasterKeys of(String base64, List<String> previousBase64) {
        return new MasterKeys(decode(base64), previousBase64.stream().map(MasterKeys::decode).toList());
    }

    /** The key in a file (base64), generated there when missing: the embedded default's, logged so it is backed up. */
    public static MasterKeys fromFile(Path file, List<String> previousBase64) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(Aead.randomKey()) + "\n", StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // the directory's permissions must protect it
                }
                log.warn("generated the personal-data master key {}: back it up apart from the data, and move it out of the data "
                        + "directory (CASELEDGER_MASTER_KEY or caseledger.personal-data.master-key-file) before real use", file.toAbsolutePath());
            }
            return of(Files.readString(file, StandardCharsets.US_ASCII).strip(), previousBase64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the master key " + file, e);
        }
    }

    /** A key for this run only (the in-memory store). */
    public static MasterKeys ephemeral() {
        return new MasterKeys(Aead.randomKey(), List.of());
    }

    public String currentId() {
        return currentId;
    }

    public byte[] current() {
        return current.clone();
    }

    public Optional<byte[]> byId(String id) {
        if (currentId.equals(id)) {
            return Optional.of(current.clone());
        }
        return Optional.ofNullable(previous.get(id)).map(byte[]::clone);
    }

    static String idOf(byte[] key) {
        return CaseChain.sha256(HexFormat.of().formatHex(key)).substring(0, 16);
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("a master key is base64 of 32 random bytes (e.g. openssl rand -base64 32)");
        }
    }
}
