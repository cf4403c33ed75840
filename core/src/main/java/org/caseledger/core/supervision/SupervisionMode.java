package org.caseledger.core.supervision;

/** How a supervision matter without a wage claim watches employers (工会劳动法律监督). */
public enum SupervisionMode {
    /** 定点监督: one employer, on a matter raised by workers or found by the union. */
    TARGETED,
    /** 公开提示: a notice to the employers of a park or an industry at once. */
    PUBLIC_NOTICE
}
