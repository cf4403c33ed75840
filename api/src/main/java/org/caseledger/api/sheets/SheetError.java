package org.caseledger.api.sheets;

/**
 * One refused cell of a worker list: the row and column as the spreadsheet shows them (row 1, column A), the column's
 * header, the field it was read as, a stable code (its words in the reader's language on the pages) and the reason.
 */
public record SheetError(int row, String column, String header, String field, String code, String reason) {
}
