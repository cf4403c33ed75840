package org.caseledger.api.web;

/** The answer to an accepted command: the case, its version after the command (also the ETag), the command's name. */
public record CommandAccepted(String caseId, long version, String command) {
}
