package org.caseledger.core.kernel;

import java.util.regex.Pattern;

/** The one rule every identifier follows, so ids are safe as store keys and in URLs. */
public final class Identifiers {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private Identifiers() {
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    public static void requireValid(String value, String kind) {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException(kind + " must be 1-64 characters of letters, digits, '.', '_', ':' or '-', starting with a letter or digit: " + value);
        }
    }
}
