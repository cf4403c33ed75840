package org.caseledger.api.crypto;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/** AES-256-GCM (the JDK's): a random 12-byte nonce before the ciphertext; the associated data binds it to its owner. */
public final class Aead {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;

    private Aead() {
    }

    public static byte[] randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    public static byte[] seal(byte[] key, byte[] plaintext, String associatedData) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            c.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(plaintext);
            byte[] out = Arrays.copyOf(nonce, NONCE + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plaintext, or an exception when the key, the data or the associated data do not match. */
    public static byte[] open(byte[] key, byte[] sealed, String associatedData) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, sealed, 0, NONCE));
        c.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        return c.doFinal(sealed, NONCE, sealed.length - NONCE);
    }
}
