package org.caseledger.api.web;

/** The answer to taking a work order in: its id (assigned unless the request named one) and its version. */
public record WorkOrderTaken(String workOrderId, long version) {
}
