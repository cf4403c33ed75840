package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.Identifiers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of an asset freeze (冻结); any non-blank string of at most 64 characters chosen by the caller. */
public record FreezeId(String value) {

    public FreezeId {
        Identifiers.requireValid(value, "FreezeId");
    }

    @JsonCreator
    public static FreezeId of(String value) {
        return new FreezeId(value);
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
