package org.caseledger.bench;

import org.caseledger.api.CaseLedgerApplication;

import java.nio.file.Files;
import java.util.List;

/**
 * One benchmark run against the embedded server (H2 file, the service's default) or a MongoDB URI: the raw driver
 * baseline and caseledger measured in the same run, section by section ({@link AppendSection}, {@link RawSection},
 * {@link PeersSection}, {@link GrowthSection} with {@link QueriesSection}), printed as a table, appended to
 * bench/RESULTS.md and written to bench/target/results.json ({@link Report}). Sizes come from system properties so
 * CI can run a smoke size.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            runAll();
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        // background threads of the services started in this run (processors, the embedded server) must not keep it alive
        System.exit(status);
    }

    /** Runs every section and reports; used by main and by the CI smoke test. */
    static void runAll() throws Exception {
        CaseLedgerApplication.quietAxon();
        BenchRun bench = new BenchRun(Files.createTempDirectory("caseledger-bench"));
        long started = System.nanoTime();
        section(bench, "append", AppendSection::run);
        section(bench, "raw", RawSection::run);
        section(bench, "peers", PeersSection::run);
        section(bench, "trust", TrustSection::run);
        section(bench, "growth", GrowthSection::run);
        section(bench, "workorders", WorkOrdersSection::run);
        section(bench, "people", PeopleSection::run);
        double minutes = (System.nanoTime() - started) / 60e9;
        bench.rows.add(new Row("run", "whole benchmark", minutes, "min", ""));
        Report.write(bench);
    }

    interface Section {
        void run(BenchRun bench) throws Exception;
    }

    /** A section that fails is reported as such; the others still run and the table is still written. */
    private static void section(BenchRun bench, String name, Section section) {
        String only = System.getProperty("bench.sections", "");
        if (!only.isBlank() && !List.of(only.split(",")).contains(name)) {
            return; // a partial run, for profiling one section
        }
        long started = System.nanoTime();
        try {
            section.run(bench);
            bench.rows.add(new Row("run", "section " + name, (System.nanoTime() - started) / 60e9, "min", ""));
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            bench.rows.add(new Row(name, "FAILED", 0, "", String.valueOf(e).replace('|', '/').replace('\n', ' ')));
        }
    }
}
