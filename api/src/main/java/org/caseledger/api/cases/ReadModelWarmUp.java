package org.caseledger.api.cases;

import org.caseledger.projections.ReadModels;
import org.caseledger.projections.caselist.CaseListQuery;
import org.caseledger.projections.dashboard.DashboardQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Reads the whole case list and the whole dashboard once when the read models have caught up with the store (after a
 * start, after a rebuild's switch), so that the first officer or leader to open a union body's list is not the one who
 * waits for its parts to be fetched and decoded: at 100k cases that was 140–280 ms a body (bench/RESULTS.md), against
 * 10–20 ms once read. Nothing is answered from this reading: every later read still checks each part's revision and
 * fetches what changed, as before.
 */
@Component
public class ReadModelWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ReadModelWarmUp.class);

    private final ReadModels readModels;
    private final ProjectionLag lag;
    private final CaseListQuery caseList;
    private final DashboardQuery dashboard;
    private final Clock clock;
    /** The generation read once already (0: none). */
    private volatile int warmed;

    public ReadModelWarmUp(ReadModels readModels, ProjectionLag lag, CaseListQuery caseList, DashboardQuery dashboard, Clock clock) {
        this.readModels = readModels;
        this.lag = lag;
        this.caseList = caseList;
        this.dashboard = dashboard;
        this.clock = clock;
    }

    /** The generation this node has read once (0: none yet). */
    public int warmedGeneration() {
        return warmed;
    }

    @Scheduled(initialDelayString = "${caseledger.projections.warm-up-check:5s}", fixedDelayString = "${caseledger.projections.warm-up-check:5s}")
    public void readOnceWhenCaughtUp() {
        try {
            int generation = readModels.active().number();
            if (generation == warmed || !lag.caughtUp()) {
                return; // read already, or still catching up (its parts would change under the reading)
            }
            long started = System.nanoTime();
            LocalDate today = LocalDate.now(clock);
            long cases = caseList.find(CaseListQuery.Filter.none(), today, 0, 1).total();
            dashboard.figures(null, null, null, null, today);
            warmed = generation;
            log.info("Read models of generation {} read once ({} cases) in {} ms", generation, cases, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Could not read the read models once after catching up: {}", e.toString()); // tried again at the next check
        }
    }
}
