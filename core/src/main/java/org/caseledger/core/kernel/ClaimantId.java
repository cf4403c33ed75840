package org.caseledger.core.kernel;

import org.caseledger.core.kernel.Identifiers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a claimant (劳动者); any non-blank string of at most 64 characters chosen by the caller. */
public record ClaimantId(String value) {

    public ClaimantId {
        Identifiers.requireValid(value, "ClaimantId");
    }

    @JsonCreator
    public static ClaimantId of(String value) {
        return new ClaimantId(value);
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
