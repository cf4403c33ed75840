package org.caseledger.core.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A six-digit administrative division code (行政区划代码), e.g. 620800 for 平凉市. */
public record RegionCode(String value) {

    public RegionCode {
        if (value == null || !value.matches("[1-8]\\d{5}")) {
            throw new IllegalArgumentException("a region code is six digits (行政区划代码), got: " + value);
        }
    }

    @JsonCreator
    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** The province's two-digit prefix, e.g. "62" for 甘肃. */
    public String province() {
        return value.substring(0, 2);
    }

    /** The city's four-digit prefix, e.g. "6208" for 平凉. */
    public String city() {
        return value.substring(0, 4);
    }
}
