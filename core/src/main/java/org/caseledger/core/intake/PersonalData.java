package org.caseledger.core.intake;

/**
 * A claimant's personal data (个人信息): name, resident ID-card number (居民身份证号码) and phone. Kept in one
 * value apart from every amount so it can be encrypted per person and erased by destroying that person's key
 * (crypto-shredding) without touching the money history. {@link #toString()} never prints it.
 */
public record PersonalData(String name, String idCardNumber, String phone) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    public PersonalData {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a claimant needs a name");
        }
        if (idCardNumber != null && !isValidIdCardNumber(idCardNumber)) {
            throw new IllegalArgumentException("not a valid 18-character resident ID-card number (GB 11643 check digit)");
        }
        if (phone != null && !phone.matches("\\+?[0-9 -]{5,20}")) {
            throw new IllegalArgumentException("a phone number has 5-20 digits");
        }
    }

    /** GB 11643-1999: 17 digits and a check digit (0-9 or X) computed with ISO 7064 MOD 11-2. */
    public static boolean isValidIdCardNumber(String number) {
        return number.matches("\\d{17}[0-9X]") && number.charAt(17) == checkDigit(number.substring(0, 17));
    }

    /** The check digit for the first 17 digits of an ID-card number. */
    public static char checkDigit(String first17) {
        if (!first17.matches("\\d{17}")) {
            throw new IllegalArgumentException("17 digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    @Override
    public String toString() {
        return "PersonalData[redacted]";
    }
}
