package org.caseledger.api.sheets;

/** A worker list that cannot be read at all (too large, too many rows, not a spreadsheet): a stable code and the reason. */
public final class SheetRefused extends RuntimeException {

    private final String code;

    public SheetRefused(String code, String reason) {
        super(reason, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
