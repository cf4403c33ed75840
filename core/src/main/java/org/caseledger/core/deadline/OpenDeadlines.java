package org.caseledger.core.deadline;

import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.kernel.WageCaseEvent;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The deadlines of a case that are set and not yet met, missed or cancelled; derived from the events alone. */
public class OpenDeadlines {

    private final Map<String, Deadline> open = new LinkedHashMap<>();

    public Collection<Deadline> all() {
        return Collections.unmodifiableCollection(open.values());
    }

    public Optional<Deadline> find(DeadlineKind kind, Object subject) {
        return Optional.ofNullable(open.get(kind + ":" + subject));
    }

    /** Closures for the open deadlines of these kinds, judged by whether {@code day} is within them. */
    public List<DeadlineClosure> doneOn(java.time.LocalDate day, DeadlineKind... kinds) {
        List<DeadlineKind> wanted = List.of(kinds);
        return open.values().stream().filter(d -> wanted.contains(d.kind())).map(d -> d.doneOn(day)).toList();
    }

    public List<DeadlineClosure> cancelAll() {
        return open.values().stream().map(Deadline::cancelled).toList();
    }

    @EventSourcingHandler
    void on(WageCaseEvent e) {
        e.deadlinesClosed().forEach(c -> open.remove(c.key()));
        e.deadlinesSet().forEach(d -> open.put(d.key(), d));
    }
}
