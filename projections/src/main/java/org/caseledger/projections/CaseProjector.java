package org.caseledger.projections;

import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.caseledger.core.wagecase.WageCaseEvent;
import org.caseledger.projections.caselist.CaseListEntry;
import org.caseledger.projections.dashboard.Contribution;
import org.caseledger.projections.deadlines.DeadlineBuckets;
import org.caseledger.projections.timeline.CaseTimeline;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Projects each event of a case into one generation of read models: its timeline, its case-list row, its
 * contribution to a dashboard cell and its open deadlines. Idempotent: the timeline records the last sequence
 * number applied, and every other write is derived from the new timeline (set, never increment), so an event
 * delivered twice changes nothing. The timeline is written last: a crash before it means the event is
 * delivered again and every derived write is simply repeated.
 */
public class CaseProjector {

    private final ReadModels.Generation generation;
    private final DeadlineBuckets deadlines;

    public CaseProjector(ReadModels.Generation generation) {
        this.generation = generation;
        this.deadlines = new DeadlineBuckets(generation.deadlines());
    }

    public ReadModels.Generation generation() {
        return generation;
    }

    @EventHandler
    public void on(WageCaseEvent event, DomainEventMessage<?> message) {
        project(event, message.getSequenceNumber(), message.getTimestamp());
    }

    /** Applies one event; also what the handler calls. */
    public void project(WageCaseEvent event, long seq, Instant recordedAt) {
        String caseId = event.caseId().value();
        Document stored = generation.timelines().find(new Document("_id", caseId)).first();
        CaseTimeline after = stored == null ? new CaseTimeline() : ReadModels.fromDocument(stored, CaseTimeline.class);
        if (seq <= after.lastSeq) {
            return; // already applied
        }
        List<CaseTimeline.DeadlineView> openedBefore = List.copyOf(after.openDeadlines);
        Set<String> openBefore = openedBefore.stream().map(d -> d.key + "@" + d.dueOn).collect(Collectors.toSet());
        // most events change only the timeline: the row and the dashboard contribution are written when they change
        Document rowBefore = stored == null ? null : ReadModels.toDocument(CaseListEntry.of(after));
        Document contributionBefore = stored == null ? null : ReadModels.toDocument(Contribution.of(after));
        after.apply(event, seq, recordedAt);
        if (after.filedOn == null) {
            return; // not a case this projection knows (an event without its filing): nothing to show
        }

        Set<String> openAfter = after.openDeadlines.stream().map(d -> d.key + "@" + d.dueOn).collect(Collectors.toSet());
        for (CaseTimeline.DeadlineView d : openedBefore) {
            if (!openAfter.contains(d.key + "@" + d.dueOn)) {
                deadlines.close(caseId, d);
            }
        }
        for (CaseTimeline.DeadlineView d : after.openDeadlines) {
            if (!openBefore.contains(d.key + "@" + d.dueOn)) {
                deadlines.open(caseId, d);
            }
        }
        Document row = ReadModels.toDocument(CaseListEntry.of(after));
        if (!row.equals(rowBefore)) {
            generation.cases().replaceOne(new Document("_id", caseId), row.append("_id", caseId), new ReplaceOptions().upsert(true));
        }
        String cell = Contribution.cellId(after);
        if (stored == null) {
            generation.dashboard().updateOne(new Document("_id", "cells"), new Document("$addToSet", new Document("ids", cell)),
                    new UpdateOptions().upsert(true));
        }
        Document contribution = ReadModels.toDocument(Contribution.of(after));
        if (!contribution.equals(contributionBefore)) {
            generation.dashboard().updateOne(new Document("_id", cell), new Document("$set",
                    new Document("cases." + ReadModels.fieldKey(caseId), contribution)), new UpdateOptions().upsert(true));
        }
        generation.timelines().replaceOne(new Document("_id", caseId), ReadModels.toDocument(after).append("_id", caseId),
                new ReplaceOptions().upsert(true));
    }
}
