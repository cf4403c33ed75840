package org.caseledger.core.kernel;

/** The labour inspectorate's own periods, in working days (劳动保障监察条例; 劳社部令第25号). */
public final class InspectionPeriods {

    /** 关于实施《劳动保障监察条例》若干规定 art. 18: a complaint is accepted, and filed, within 5 working days of its receipt. */
    public static final int FILING_WORKING_DAYS = 5;
    /** 劳动保障监察条例 art. 17: the investigation is done within 60 working days of 立案. */
    public static final int INVESTIGATION_WORKING_DAYS = 60;
    /** 劳动保障监察条例 art. 17: a complex one may be extended by 30 working days, with the head of the department's approval. */
    public static final int EXTENSION_WORKING_DAYS = 30;

    /** The subject of the inspectorate's deadlines in a case (one inspection a case). */
    public static final String SUBJECT = "inspection";

    private InspectionPeriods() {
    }
}
