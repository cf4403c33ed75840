package org.caseledger.core.workorder;

/** How hard the problem is (一般 / 难点 / 特别复杂): it sets the time to handle it. */
public enum WorkOrderGrade {
    ORDINARY,
    DIFFICULT,
    ESPECIALLY_COMPLEX
}
