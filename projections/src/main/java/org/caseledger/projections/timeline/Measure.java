package org.caseledger.projections.timeline;

import java.time.LocalDate;

/**
 * Enforcement measures: asset searches, added judgment debtors, freezes, 限高, 失信, warnings of criminal liability; what
 * each says is its entry's summary ({@code seq}).
 */
public class Measure {
    public String kind;
    public long seq;
    public LocalDate on;
    public String obligorId;
    public LocalDate until;
}
