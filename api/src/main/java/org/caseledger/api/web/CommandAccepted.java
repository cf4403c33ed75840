package org.caseledger.api.web;

import java.util.List;

/**
 * The answer to an accepted command: the case, its version after the command (also the ETag), the command's name, and
 * the warnings its events were recorded with (已登记，但…: recorded, and irregular as the law reads it), each by its
 * stable code and in the reader's language with the article it rests on.
 */
public record CommandAccepted(String caseId, long version, String command, List<WarningNote> warnings) {

    public CommandAccepted(String caseId, long version, String command) {
        this(caseId, version, command, List.of());
    }

    /** A warning: its code ({@code ROUND_TERMINATED_WITHIN_THREE_MONTHS}) and its words with the article. */
    public record WarningNote(String code, String text) {
    }
}
