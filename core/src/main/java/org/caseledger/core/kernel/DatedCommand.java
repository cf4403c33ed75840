package org.caseledger.core.kernel;

import java.time.LocalDate;

/**
 * A command that records a fact of a day: the day is never after today and never before the case was filed (checked
 * for every such command in one place, before its handler runs). The deadline sweeper's commands carry no day.
 */
public interface DatedCommand {

    /** The day the fact happened. */
    LocalDate occurredOn();
}
