package org.caseledger.api.cases;

import org.caseledger.api.problems.ApiProblem;
import org.caseledger.projections.ReadModels;
import org.caseledger.projections.timeline.CaseTimeline;
import org.caseledger.projections.timeline.TimelineDocuments;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** A case's timeline as projected, with the version it shows: what every read of a case (API and pages) answers. */
@Component
public class ProjectedCases {

    /** A case's timeline and the case version (last sequence number) it shows. */
    public record Projected(CaseTimeline timeline, long version) {
    }

    private final ReadModels readModels;
    private final CommandService commands;
    private final ProjectionLag lag;

    public ProjectedCases(ReadModels readModels, CommandService commands, ProjectionLag lag) {
        this.readModels = readModels;
        this.commands = commands;
        this.lag = lag;
    }

    /**
     * Read your writes: wait briefly until the projection has the case at the version the store has. The
     * timeline's own last sequence number is the hint: one key lookup tells whether the store has a later event.
     * While the read models are catching up (after a restart, in a rebuild) nothing is waited for: the answer is what
     * is projected, with the version it shows.
     */
    public Projected await(String caseId) {
        TimelineDocuments timelines = readModels.active().timelineDocuments();
        Instant deadline = lag.caughtUp() ? Instant.now().plusSeconds(3) : Instant.now();
        while (true) {
            Optional<TimelineDocuments.Stored> stored = timelines.find(caseId);
            long seq = stored.map(TimelineDocuments.Stored::lastSeq).orElse(-1L);
            boolean current = stored.isPresent() && !commands.hasEvent(caseId, seq + 1);
            if (current || Instant.now().isAfter(deadline)) {
                if (stored.isEmpty()) {
                    throw new ApiProblem(HttpStatus.NOT_FOUND, "NOT_YET_PROJECTED", "caseId", "the case is recorded but not yet projected; retry shortly");
                }
                return new Projected(stored.get().timeline(), seq); // the version of the body answered, never the store's newer one
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
