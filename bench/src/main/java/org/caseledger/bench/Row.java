package org.caseledger.bench;

/** One figure of a run: its section, what was measured, the value and unit, and a note on how. */
record Row(String section, String measure, double value, String unit, String note) {
}
