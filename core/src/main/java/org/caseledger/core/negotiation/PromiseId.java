package org.caseledger.core.negotiation;

import org.caseledger.core.kernel.Identifiers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a payment promise (付款承诺); any non-blank string of at most 64 characters chosen by the caller. */
public record PromiseId(String value) {

    public PromiseId {
        Identifiers.requireValid(value, "PromiseId");
    }

    @JsonCreator
    public static PromiseId of(String value) {
        return new PromiseId(value);
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
