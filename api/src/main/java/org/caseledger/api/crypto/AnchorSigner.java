package org.caseledger.api.crypto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The service's Ed25519 key (the JDK's), which signs the anchors. Kept in a file (PKCS#8, base64, with the public key
 * beside it); generated there on first use and logged, so the operator backs it up and publishes the public key. The
 * signature proves an anchor came from whoever holds that key; a union files the anchors and the public key elsewhere.
 */
public final class AnchorSigner {

    private static final Logger log = LoggerFactory.getLogger(AnchorSigner.class);

    private final KeyPair keys;

    private AnchorSigner(KeyPair keys) {
        this.keys = keys;
    }

    /** The key in {@code file}, generated there when missing. */
    public static AnchorSigner fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                String[] lines = Files.readString(file, StandardCharsets.US_ASCII).strip().split("\n");
                KeyFactory ed = KeyFactory.getInstance("Ed25519");
                PrivateKey priv = ed.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines[0].strip())));
                PublicKey pub = ed.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines[1].strip())));
                return new AnchorSigner(new KeyPair(pub, priv));
            }
            KeyPair generated = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(generated.getPrivate().getEncoded()) + "\n"
                    + Base64.getEncoder().encodeToString(generated.getPublic().getEncoded()) + "\n", StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // not a POSIX file system: the directory's permissions must protect it
            }
            AnchorSigner signer = new AnchorSigner(generated);
            log.warn("generated the anchor signing key {} (back it up; public key {})", file.toAbsolutePath(), signer.publicKey());
            return signer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the anchor signing key " + file, e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("the anchor signing key " + file + " is not an Ed25519 key pair", e);
        }
    }

    /** A key for this run only (an in-memory store, whose anchors die with it). */
    public static AnchorSigner ephemeral() {
        try {
            return new AnchorSigner(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
    }

    /** The public key, X.509 encoded, base64. */
    public String publicKey() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    public String sign(String text) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(keys.getPrivate());
            s.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code signature} is the signature of {@code text} under {@code publicKey} (X.509, base64). */
    public static boolean verify(String publicKey, String text, String signature) {
        if (publicKey == null || text == null || signature == null) {
            return false;
        }
        try {
            PublicKey pub = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(pub);
            s.update(text.getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
