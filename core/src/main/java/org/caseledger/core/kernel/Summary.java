package org.caseledger.core.kernel;

import java.util.List;
import java.util.Objects;

/**
 * A fact's summary line as data: the message that words it ({@code summary.<key>} in the readers' messages: the event's
 * stored name, or that and a variant such as {@code SupervisionLetterIssued.replyDue}) and the values it shows, in
 * the order the message numbers them.
 */
public record Summary(String key, List<SummaryArg> args) {

    public Summary {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(Objects.requireNonNull(args, "args"));
    }
}
