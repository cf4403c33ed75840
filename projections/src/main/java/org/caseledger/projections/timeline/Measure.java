package org.caseledger.projections.timeline;

import java.time.LocalDate;

/** Enforcement measures: asset searches, added judgment debtors, freezes, 限高, 失信, warnings of criminal liability. */
public class Measure {
    public String kind;
    public LocalDate on;
    public String obligorId;
    public String detail;
    public LocalDate until;
}
