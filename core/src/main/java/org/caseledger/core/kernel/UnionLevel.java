package org.caseledger.core.kernel;

/** Level of a union body (工会层级). Only county level or above may send a 建议书 or refer to the procuratorate. */
public enum UnionLevel {
    NATIONAL,
    PROVINCIAL,
    CITY,
    COUNTY,
    /** 基层工会: an enterprise or street-level union. */
    GRASSROOTS;

    public boolean isCountyOrAbove() {
        return this != GRASSROOTS;
    }
}
