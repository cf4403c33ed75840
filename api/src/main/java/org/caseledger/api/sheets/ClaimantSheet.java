package org.caseledger.api.sheets;

import org.caseledger.core.intake.NewClaimant;

import java.util.List;
import java.util.Map;

/**
 * A worker list read and checked: its columns as read (the officer confirms or changes the mapping), the rows, every
 * refused cell, and — when none is refused — the claimants, ready for a filing or to join a case, with their totals in fen.
 *
 * @param kind      "xlsx" or "csv", told by the content
 * @param columns   each column: its letter, its header and the field it is read as
 * @param rows      the rows under the header
 * @param errors    every refused cell (at most {@value ClaimantSheetReader#MAX_ERRORS} listed); empty when all rows are good
 * @param claimants the claimants, empty unless every row is good
 * @param claimed   the sum of every row's claim, in fen
 * @param items     the sum by kind of claim, in fen
 */
public record ClaimantSheet(String kind, List<Column> columns, int rows, int errorCount, List<SheetError> errors,
                            List<NewClaimant> claimants, long claimed, Map<String, Long> items) {

    /** A column: its index from 0, its letter, its header and the field read from it ("" for none). */
    public record Column(int index, String letter, String header, String field) {
    }

    public boolean ok() {
        return errorCount == 0;
    }
}
