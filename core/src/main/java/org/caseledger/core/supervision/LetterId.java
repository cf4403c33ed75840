package org.caseledger.core.supervision;

import org.caseledger.core.kernel.Identifiers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a supervision letter (监督文书); any non-blank string of at most 64 characters chosen by the caller. */
public record LetterId(String value) {

    public LetterId {
        Identifiers.requireValid(value, "LetterId");
    }

    @JsonCreator
    public static LetterId of(String value) {
        return new LetterId(value);
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
