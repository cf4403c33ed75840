package org.caseledger.core.enforcement;

/** The crime an obligor is warned of. */
public enum CriminalBasis {
    /** 刑法 art. 313: refusing to carry out a judgment or ruling. */
    CRIMINAL_LAW_ART_313,
    /** 刑法 art. 276-1: refusing to pay labour remuneration. */
    CRIMINAL_LAW_ART_276_1
}
