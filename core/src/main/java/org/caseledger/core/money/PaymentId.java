package org.caseledger.core.money;

import org.caseledger.core.kernel.Identifiers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a received payment (收款); any non-blank string of at most 64 characters chosen by the caller. */
public record PaymentId(String value) {

    public PaymentId {
        Identifiers.requireValid(value, "PaymentId");
    }

    @JsonCreator
    public static PaymentId of(String value) {
        return new PaymentId(value);
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
