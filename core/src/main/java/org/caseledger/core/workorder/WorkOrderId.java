package org.caseledger.core.workorder;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** A work order's number (工单号), as the hotline platform gave it or the union numbered it: 1-64 letters, digits, '.', '_', ':' or '-'. */
public record WorkOrderId(String value) {

    public WorkOrderId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9._:-]{1,64}")) {
            throw new IllegalArgumentException("a work order number is 1-64 letters, digits, '.', '_', ':' or '-'");
        }
    }

    @JsonCreator
    public static WorkOrderId of(String value) {
        return new WorkOrderId(value);
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
