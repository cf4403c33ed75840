package org.caseledger.api.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.caseledger.projections.ProjectionRunner;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * The events the projection could not apply (ADMIN): which case, which event, the error, since when; retried one case
 * or all at once, after which the case's read models catch up. {@code caseledger_projection_dead_letters} counts the
 * cases waiting, so an alert can fire before anyone notices a frozen timeline.
 */
@RestController
public class DeadLetterController {

    private final ProjectionRunner projections;

    public DeadLetterController(ProjectionRunner projections, MeterRegistry meters) {
        this.projections = projections;
        Gauge.builder("caseledger.projection.dead.letters", projections, ProjectionRunner::deadLetteredCases)
                .description("cases whose events wait in the dead-letter queue of the live projection").register(meters);
    }

    @GetMapping("/api/admin/dead-letters")
    public List<ProjectionRunner.DeadLetterView> list() {
        return projections.deadLetters();
    }

    @PostMapping("/api/admin/dead-letters/retry")
    public Map<String, Object> retryAll() {
        int retried = projections.retryDeadLetters(null);
        return Map.of("retriedCases", retried, "casesWaiting", projections.deadLetteredCases());
    }

    @PostMapping("/api/admin/dead-letters/{caseId}/retry")
    public Map<String, Object> retry(@PathVariable String caseId) {
        int retried = projections.retryDeadLetters(caseId);
        return Map.of("retriedCases", retried, "casesWaiting", projections.deadLetteredCases());
    }
}
