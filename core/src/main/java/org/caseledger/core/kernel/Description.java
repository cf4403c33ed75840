package org.caseledger.core.kernel;

import java.util.List;
import java.util.Objects;

/**
 * How a fact is shown to a person, declared once with the fact itself: the mark it makes on the case's lanes,
 * whether it alerts the officer (a broken promise, an overdue reply), and its summary line as data for the reader's
 * language. The timeline, the lanes and the event list of every page read it; none words it again.
 */
public record Description(MarkKind mark, boolean alert, Summary summary) {

    public Description {
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(summary, "summary");
    }

    /** A step of the case, worded by {@code summary.<key>}. */
    public static Description step(String key, SummaryArg... args) {
        return new Description(MarkKind.STEP, false, new Summary(key, List.of(args)));
    }

    /** A fact that makes a mark of this kind, worded by {@code summary.<key>}. */
    public static Description mark(MarkKind mark, String key, SummaryArg... args) {
        return new Description(mark, false, new Summary(key, List.of(args)));
    }

    /** The same, shown as an alert. */
    public Description alerting() {
        return new Description(mark, true, summary);
    }
}
