package org.caseledger.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The same command mix through a plain Axon configuration on ours, Axon's Mongo extension and Axon's JDBC engine on H2. */
final class PeersSection {

    private PeersSection() {
    }

    /** The goal is set against Axon's JDBC engine on H2; the deprecated Mongo extension has none. */
    private static String goal(Peers.Result peer) {
        return peer.engine().equals("axon-jdbc-h2") ? "goal ≥ 1.0" : "";
    }

    static void run(BenchRun bench) throws Exception {
        long cap = Long.getLong("bench.peerCapSeconds", 180) * 1_000_000_000L;
        List<Peers.Result> results = new ArrayList<>();
        // each engine is measured after a warm-up of its own in this JVM (the JIT compiles Axon, Jackson and the
        // engine's code meanwhile): measured cold, the first engine paid for the compilation the later ones used
        long warmUp = Long.getLong("bench.peerWarmUpSeconds", Math.min(60, cap / 3_000_000_000L)) * 1_000_000_000L;
        try (Target.Raw warm = bench.target.raw("peer-ours-warm-up"); Target.Raw store = bench.target.raw("peer-ours")) {
            Peers.measure("ours", json -> Peers.ours(warm.client(), warm.databaseName(), json), warmUp);
            results.add(Peers.measure("ours", json -> Peers.ours(store.client(), store.databaseName(), json), cap));
        }
        if (!Boolean.getBoolean("bench.skipMongoExtension")) { // a partial run may leave out the slow, deprecated peer
            try (Target.Raw store = bench.target.raw("peer-mongo-ext")) {
                results.add(Peers.measure("axon-mongo-extension", json -> Peers.mongoExtension(store.client(), store.databaseName(), json), cap));
            }
        }
        Peers.measure("axon-jdbc-h2", json -> Peers.jdbcH2(bench.work.resolve("peer-jdbc-warm-up"), json), warmUp);
        results.add(Peers.measure("axon-jdbc-h2", json -> Peers.jdbcH2(bench.work.resolve("peer-jdbc"), json), cap));
        Peers.Result ours = results.get(0);
        for (Peers.Result r : results) {
            String capped = r.capped() ? String.format(Locale.ROOT, " (capped at %d s: reached %,d events)", cap / 1_000_000_000L, r.eventsReached()) : "";
            bench.rows.add(new Row("peers", r.engine() + ": commands/s to 10k events", r.appendTo10k(), "cmd/s", "same command mix, plain Axon configuration" + capped));
            bench.rows.add(new Row("peers", r.engine() + ": commands/s from 10k to 20k", r.appendTo20k(), "cmd/s", capped));
            bench.rows.add(new Row("peers", r.engine() + ": replay from the tail", r.replayRate(), "ev/s", String.format(Locale.ROOT, "%,d events", r.eventsReached())));
            if (r != ours) {
                bench.rows.add(new Row("ratio", "ours ÷ " + r.engine() + ", commands to 10k", ours.appendTo10k() / r.appendTo10k(), "×",
                        (ours.capped() || r.capped() ? "rates over the events each reached; " : "") + goal(r)));
                // only where both passed 10k (a capped run has no rate beyond what it reached)
                if (ours.appendTo20k() > 0 && r.appendTo20k() > 0) {
                    bench.rows.add(new Row("ratio", "ours ÷ " + r.engine() + ", commands 10k→20k", ours.appendTo20k() / r.appendTo20k(), "×", goal(r)));
                }
                bench.rows.add(new Row("ratio", "ours ÷ " + r.engine() + ", replay", ours.replayRate() / r.replayRate(), "×",
                        String.format(Locale.ROOT, "%,d and %,d events; ", ours.eventsReached(), r.eventsReached()) + goal(r)));
            }
        }
    }
}
