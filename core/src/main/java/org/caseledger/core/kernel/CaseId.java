package org.caseledger.core.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a wage case (案件); any non-blank string of at most 64 characters chosen by the caller. */
public record CaseId(String value) {

    public CaseId {
        Identifiers.requireValid(value, "CaseId");
    }

    @JsonCreator
    public static CaseId of(String value) {
        return new CaseId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
