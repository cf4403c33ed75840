package org.caseledger.api.web;

import org.caseledger.api.problems.ApiProblem;
import org.caseledger.projections.ProjectionRunner;
import org.caseledger.projections.dashboard.DashboardFigures;
import org.caseledger.projections.dashboard.DashboardQuery;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

/** Dashboard figures (counts and amounts, never personal data) and the admin's rebuild of the read models. */
@RestController
public class DashboardController {

    private final DashboardQuery dashboard;
    private final ProjectionRunner runner;
    private final Clock clock;

    public DashboardController(DashboardQuery dashboard, ProjectionRunner runner, Clock clock) {
        this.dashboard = dashboard;
        this.runner = runner;
        this.clock = clock;
    }

    /** Months as yyyy-MM (of filing), inclusive; region as a prefix of the six-digit code (62 = 甘肃, 6208 = 平凉). */
    @GetMapping("/api/dashboard")
    public DashboardFigures figures(@RequestParam(required = false) String unionBody, @RequestParam(required = false) String region,
                                    @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        for (String month : new String[]{from, to}) {
            if (month != null && !month.matches("\\d{4}-\\d{2}")) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", month.equals(from) ? "from" : "to", "a month is yyyy-MM");
            }
        }
        if (region != null && !region.matches("\\d{2,6}")) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "region", "a region is 2 to 6 digits of the division code");
        }
        return dashboard.figures(unionBody, region, from, to, LocalDate.now(clock));
    }

    @PostMapping("/api/admin/projections/rebuild")
    public ResponseEntity<ProjectionRunner.RebuildProgress> rebuild() {
        try {
            runner.rebuild();
        } catch (IllegalStateException running) {
            throw new ApiProblem(HttpStatus.CONFLICT, "REBUILD_RUNNING", null, running.getMessage());
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(runner.progress());
    }

    @GetMapping("/api/admin/projections/rebuild")
    public ProjectionRunner.RebuildProgress progress() {
        return runner.progress();
    }
}
