package org.caseledger.api.web;

import org.caseledger.api.cases.ProjectedCases;
import org.caseledger.api.cases.CommandService;
import org.caseledger.api.problems.ApiProblem;
import org.caseledger.projections.timeline.TimelineDocuments;
import org.caseledger.api.cases.ProjectionLag;
import org.caseledger.api.security.CaseAccess;
import org.caseledger.api.security.CaseOwnership;
import org.caseledger.api.security.CaseledgerUser;
import org.caseledger.api.security.CurrentUser;
import org.caseledger.projections.ReadModels;
import org.caseledger.projections.audit.CaseAudit;
import org.caseledger.projections.caselist.CaseListEntry;
import org.caseledger.projections.caselist.CaseListQuery;
import org.caseledger.projections.deadlines.DeadlineBuckets;
import org.caseledger.projections.timeline.CaseTimeline;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading cases: the list, one case, its timeline (from the projection), and for auditors its history, its
 * state as of any day or instant and a verification (all three from the event store). Officers see only their
 * own union body's cases: another body's case is answered 404, as if it did not exist.
 */
@RestController
public class CaseQueryController {

    private final ReadModels readModels;
    private final CaseListQuery list;
    private final CaseAudit audit;
    private final CaseOwnership ownership;
    private final CurrentUser currentUser;
    private final CommandService commands;
    private final Clock clock;
    private final ProjectionLag lag;
    private final ProjectedCases projectedCases;
    private final CaseAccess access;
    private final org.caseledger.core.deadline.ChineseWorkingDayCalendar calendar;
    private final CaseSteps caseSteps;
    private final org.caseledger.api.i18n.EventSummaries summaries;
    private final org.springframework.context.MessageSource messages;

    public CaseQueryController(ReadModels readModels, CaseListQuery list, CaseAudit audit, CaseOwnership ownership, CurrentUser currentUser,
                               CommandService commands, Clock clock, ProjectionLag lag, ProjectedCases projectedCases,
                               CaseAccess access, org.caseledger.core.deadline.ChineseWorkingDayCalendar calendar, CaseSteps caseSteps,
                               org.caseledger.api.i18n.EventSummaries summaries, org.springframework.context.MessageSource messages) {
        this.calendar = calendar;
        this.summaries = summaries;
        this.messages = messages;
        this.caseSteps = caseSteps;
        this.access = access;
        this.lag = lag;
        this.projectedCases = projectedCases;
        this.readModels = readModels;
        this.list = list;
        this.audit = audit;
        this.ownership = ownership;
        this.currentUser = currentUser;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping("/api/cases")
    public CaseListQuery.Page cases(@RequestParam(required = false) String stage, @RequestParam(required = false) String officer,
                                    @RequestParam(required = false) String unionBody, @RequestParam(required = false) String obligor,
                                    @RequestParam(required = false) String channel, @RequestParam(required = false) Boolean overdue,
                                    @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        CaseledgerUser user = currentUser.get();
        if (page < 0 || size < 1 || size > 200) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", size < 1 || size > 200 ? "size" : "page",
                    "page ≥ 0 and 1 ≤ size ≤ 200");
        }
        // an officer's list: his body's cases and those of the bodies below it (narrowed by unionBody if given)
        return list.find(new CaseListQuery.Filter(stage, officer, unionBody, obligor, channel, overdue,
                user.readsOnlyOwnBodies() ? user.readableBodies() : null), today(), page, size);
    }

    @GetMapping("/api/cases/{caseId}")
    public ResponseEntity<CaseListEntry> one(@PathVariable String caseId) {
        authorize(caseId);
        ProjectedCases.Projected projected = awaitProjected(caseId);
        CaseTimeline t = projected.timeline();
        return ResponseEntity.ok().eTag("\"" + projected.version() + "\"").body(CaseListEntry.of(t));
    }

    @GetMapping("/api/cases/{caseId}/timeline")
    public ResponseEntity<TimelineAnswer> timeline(@PathVariable String caseId, java.util.Locale locale) {
        authorize(caseId);
        ProjectedCases.Projected projected = awaitProjected(caseId);
        CaseTimeline t = projected.timeline();
        LocalDate today = today();
        List<TimelineAnswer.OpenDeadline> open = t.openDeadlines.stream().map(d -> {
            // a day counted before its year's arrangement was published, now a holiday: shown moved, never silently
            LocalDate moved = org.caseledger.core.deadline.Redated.movedTo(org.caseledger.core.kernel.DeadlineKind.valueOf(d.kind), d.dueOn, calendar)
                    .orElse(null);
            LocalDate due = moved == null ? d.dueOn : moved;
            return new TimelineAnswer.OpenDeadline(d.key, d.kind, d.dueOn, ChronoUnit.DAYS.between(today, due), due.isBefore(today),
                    calendar.isProvisional(due), moved);
        }).toList();
        java.util.Map<String, String> obligorNames = t.obligors.stream().collect(java.util.stream.Collectors.toMap(o -> o.obligorId, o -> o.name));
        List<TimelineAnswer.Line> lines = t.entries.stream().map(e -> new TimelineAnswer.Line(e.seq, e.on,
                messages.getMessage("event." + e.type, null, e.type, locale),
                summaries.line(e.type, e.summary, locale, java.util.Map.of(), obligorNames))).toList();
        return ResponseEntity.ok().eTag("\"" + projected.version() + "\"").body(new TimelineAnswer(t, open, lines));
    }

    @GetMapping("/api/cases/{caseId}/history")
    public List<CaseAudit.HistoryEntry> history(@PathVariable String caseId) {
        authorize(caseId);
        return audit.history(caseId);
    }

    /** {@code asOf} a day (2025-08-20: the facts' own dates) or an instant (2026-11-01T02:00:00Z: when recorded). */
    @GetMapping("/api/cases/{caseId}/state")
    public CaseTimeline state(@PathVariable String caseId, @RequestParam String asOf) {
        authorize(caseId);
        try {
            return asOf.contains("T") ? audit.asOfRecorded(caseId, Instant.parse(asOf)) : audit.asOfDay(caseId, LocalDate.parse(asOf));
        } catch (java.time.format.DateTimeParseException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "asOf", "a day (2025-08-20) or an instant (2026-11-01T02:00:00Z)");
        }
    }

    @GetMapping("/api/cases/{caseId}/verify")
    public CaseAudit.Verification verify(@PathVariable String caseId) {
        authorize(caseId);
        awaitProjected(caseId);
        return audit.verify(caseId);
    }

    /** The commands the case allows now (for its own officers; empty for a reader of a body above), ETag its version. */
    @GetMapping("/api/cases/{caseId}/next-steps")
    public ResponseEntity<List<CaseSteps.Step>> nextSteps(@PathVariable String caseId) {
        String owner = authorize(caseId);
        if (!currentUser.get().mayChange(owner)) {
            return ResponseEntity.ok().eTag("\"" + commands.version(caseId) + "\"").body(List.of());
        }
        CaseSteps.Steps steps = caseSteps.of(caseId);
        return ResponseEntity.ok().eTag("\"" + steps.version() + "\"").body(steps.steps());
    }

    /** Any other path under a case (a misspelt read, a trailing slash): not found, whoever asks. */
    @GetMapping("/api/cases/{caseId}/**")
    public void noSuchRead(HttpServletRequest request) {
        throw new ApiProblem(HttpStatus.NOT_FOUND, "NOT_FOUND", null, "no such path: " + request.getRequestURI());
    }

    @GetMapping("/api/deadlines")
    public List<DeadlineBuckets.Due> deadlines(@RequestParam(defaultValue = "true") boolean overdue) {
        CaseledgerUser user = currentUser.get();
        LocalDate last = overdue ? today().minusDays(1) : LocalDate.of(9999, 12, 31);
        return new DeadlineBuckets(readModels.active().deadlines()).dueOnOrBefore(last).stream()
                .filter(d -> ownership.unionBodyOf(d.caseId()).map(user::maySee).orElse(false)).toList();
    }

    private String authorize(String caseId) {
        return access.visibleOwner(caseId).orElseThrow(() -> ApiProblem.notFound(caseId)); // another body's case: not even its existence
    }

    private ProjectedCases.Projected awaitProjected(String caseId) {
        return projectedCases.await(caseId);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
