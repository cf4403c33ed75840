package org.caseledger.api.people;

import org.caseledger.api.store.PersonalDataKeys;
import org.caseledger.api.store.PersonalDataSealing;
import org.caseledger.core.intake.PersonalData;
import org.caseledger.projections.people.PersonTokens;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The keyed blind index (HMAC-SHA256 under a key wrapped by the master key): a person is found by his ID-card number,
 * his phone or his full name, normalised (ID upper-case, phone digits without +86, name NFKC without spaces or the
 * middle dot), without the index holding any of them. Matching is exact: a full name, a full number.
 */
public final class BlindIndex implements PersonTokens {

    private final PersonalDataKeys keys;

    public BlindIndex(PersonalDataKeys keys) {
        this.keys = keys;
    }

    @Override
    public List<String> of(String name, String idCardNumber, String phone) {
        List<String> tokens = new ArrayList<>();
        if (name != null && (name.equals(PersonalDataSealing.ERASED) || name.equals(PersonalDataSealing.UNREADABLE))) {
            return tokens; // an erased or unreadable person is found by no one
        }
        if (idCardNumber != null && !idCardNumber.isBlank()) {
            tokens.add(token("id", idCard(idCardNumber)));
        }
        if (phone != null && !phone.isBlank() && !phone(phone).isEmpty()) {
            tokens.add(token("phone", phone(phone)));
        }
        if (name != null && !name(name).isEmpty()) {
            tokens.add(token("name", name(name)));
        }
        return tokens;
    }

    @Override
    public List<String> query(String text) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip();
        if (t.isEmpty()) {
            return List.of();
        }
        String compact = t.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (compact.matches("\\d{17}[\\dX]") && PersonalData.isValidIdCardNumber(compact)) {
            return List.of(token("id", compact));
        }
        if (compact.matches("\\+?\\d{5,20}")) {
            return List.of(token("phone", phone(compact)));
        }
        return List.of(token("name", name(t)));
    }

    static String idCard(String id) {
        return id.strip().replace(" ", "").toUpperCase(Locale.ROOT);
    }

    static String phone(String phone) {
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() == 13 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        return digits;
    }

    static String name(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\s·•・]", "").toLowerCase(Locale.ROOT);
    }

    private String token(String kind, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.blindIndexKey(), "HmacSHA256"));
            byte[] h = mac.doFinal((kind + ":" + value).getBytes(StandardCharsets.UTF_8));
            return kind + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(h, 18));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
