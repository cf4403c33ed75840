package org.caseledger.api.web;

/** The answer to a filing: the case's id (assigned or the one sent) and its version (also the ETag). */
public record CaseFiled(String caseId, long version) {
}
