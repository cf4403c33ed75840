package org.caseledger.core.kernel;

import org.caseledger.core.kernel.Identifiers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of an obligor (义务人); any non-blank string of at most 64 characters chosen by the caller. */
public record ObligorId(String value) {

    public ObligorId {
        Identifiers.requireValid(value, "ObligorId");
    }

    @JsonCreator
    public static ObligorId of(String value) {
        return new ObligorId(value);
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
