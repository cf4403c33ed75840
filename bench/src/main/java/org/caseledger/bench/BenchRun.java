package org.caseledger.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the sections of one run share: where they work, the store they run on, the sizes, and the rows they report. */
final class BenchRun {

    final List<Row> rows = new ArrayList<>();
    final Path work;
    final Target target;
    final int cases = Integer.getInteger("bench.cases", 1000);
    final int commands = Integer.getInteger("bench.commands", 3000);
    final int rawDocs = Integer.getInteger("bench.raw", 20000);
    final List<Integer> growth = List.of(System.getProperty("bench.growth", "10000,100000,1000000").split(",")).stream()
            .map(String::trim).map(Integer::parseInt).toList();
    /** The stored size of an event document, measured by the append section; the raw baseline writes documents this big. */
    int eventDocBytes = 1200;

    BenchRun(Path work) {
        this.work = work;
        this.target = Target.fromEnvironment(work);
    }
}
