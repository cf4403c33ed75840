package org.caseledger.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The table of a run, with the ratios the goals are stated in. */
final class Report {

    private Report() {
    }

    /** Adds the ratios of the goals, prints the table, appends it to RESULTS.md and writes target/results.json. */
    static void write(BenchRun bench) throws IOException {
        Map<String, Double> f = figures(bench.rows);
        Double raw1 = f.get("raw: insertOne/s, 1 thread");
        Double raw4 = f.get("raw: insertOne/s, 4 threads");
        Double rawRead = f.get("raw: read by key, batches of 100");
        Double app1 = f.get("append: events/s, 1 thread");
        Double app4 = f.get("append: events/s, 4 threads");
        if (raw1 != null && app1 != null) {
            bench.rows.add(new Row("ratio", "append events/s ÷ raw insertOne/s, 1 thread", app1 / raw1, "×", "goal ≥ 0.5"));
        }
        if (raw4 != null && app4 != null) {
            bench.rows.add(new Row("ratio", "append events/s ÷ raw insertOne/s, 4 threads", app4 / raw4, "×", "goal ≥ 0.5"));
        }
        Double durableRaw1 = f.get("raw: durable insertOne/s, 1 thread");
        if (durableRaw1 != null && app1 != null) {
            bench.rows.add(new Row("ratio", "durable append events/s ÷ durable raw insertOne/s, 1 thread", app1 / durableRaw1, "×", "goal ≥ 0.5"));
        }
        if (app1 != null && app4 != null) {
            bench.rows.add(new Row("ratio", "durable append events/s, 4 threads ÷ 1 thread", app4 / app1, "×", "goal ≥ 2"));
        }
        List<Row> loads = bench.rows.stream().filter(r -> r.measure().startsWith("load one case")).toList();
        List<Row> cmds = bench.rows.stream().filter(r -> r.measure().startsWith("command (load")).toList();
        if (loads.size() > 1) {
            bench.rows.add(new Row("ratio", "case load, largest ÷ smallest store", loads.get(loads.size() - 1).value() / loads.get(0).value(),
                    "×", "goal ≤ 1.5 (flat)"));
            bench.rows.add(new Row("ratio", "command cost, largest ÷ smallest store", cmds.get(cmds.size() - 1).value() / cmds.get(0).value(),
                    "×", "goal ≤ 1.5 (flat)"));
        }
        Double rebuild = f.get("rebuild: replay into empty read models");
        if (rawRead != null && rebuild != null) {
            bench.rows.add(new Row("ratio", "rebuild events/s ÷ raw keyed read docs/s", rebuild / rawRead, "×", "goal ≥ 0.5"));
        }

        StringBuilder table = new StringBuilder();
        String machine = String.format(Locale.ROOT, "%d cores, %.1f GB RAM, Java %s (%s)", Runtime.getRuntime().availableProcessors(),
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() / 1e9,
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
        String command = System.getProperty("bench.command", "mvn -B -Pbench -DskipTests -pl bench -am verify");
        table.append("\n## ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append("\n\n")
                .append("- machine: ").append(machine).append("\n")
                .append("- command: `").append(command).append("`\n")
                .append("- store: ").append(bench.target.describe()).append("\n")
                .append(String.format(Locale.ROOT, "- sizes: %d cases, %d commands per run, %d raw documents, growth %s events%n%n",
                        bench.cases, bench.commands, bench.rawDocs, bench.growth))
                .append("| section | measure | value | unit | note |\n|---|---|---:|---|---|\n");
        for (Row r : bench.rows) {
            // small figures (ratios) with two decimals: 0.03× is not 0.0×
            String value = String.format(Locale.ROOT, Math.abs(r.value()) < 10 ? "%,.2f" : "%,.1f", r.value());
            table.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", r.section(), r.measure(), value, r.unit(), r.note()));
        }
        System.out.println(table);
        // a partial run (bench.sections) is for profiling: it does not go into the record of whole runs
        boolean partial = !System.getProperty("bench.sections", "").isBlank();
        Path results = Path.of(System.getProperty("bench.results", partial ? "target/partial-RESULTS.md" : "RESULTS.md"));
        if (!Files.exists(results)) {
            Files.writeString(results, "# Benchmark results\n\nAppended by each run of the benchmark (newest last).\n");
        }
        Files.writeString(results, table.toString(), StandardOpenOption.APPEND);
        Path json = Path.of(System.getProperty("bench.json", "target/results.json"));
        Files.createDirectories(json.toAbsolutePath().getParent());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("date", ZonedDateTime.now().toString());
        out.put("machine", machine);
        out.put("command", command);
        out.put("bench.rows", bench.rows);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), out);
    }

    private static Map<String, Double> figures(List<Row> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.section() + ": " + r.measure(), Row::value, (a, b) -> b, LinkedHashMap::new));
    }
}
