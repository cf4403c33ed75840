package org.caseledger.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.caseledger.api.config.StoreConfiguration;
import org.caseledger.api.crypto.MasterKeys;
import org.caseledger.api.store.PersonalDataKeys;
import org.caseledger.api.store.PersonalDataSealing;
import org.caseledger.eventstore.AppendDurability;
import org.caseledger.eventstore.KeyedEventStorageEngine;
import org.caseledger.eventstore.PayloadProtection;
import org.caseledger.eventstore.StableNameSerializer;

import java.util.List;

/**
 * What the hash chain and the sealing of personal data cost: the same cases appended one event a commit (as
 * commands append them) and replayed, by the store engine with both on (as the service runs) and with both off. Each
 * case is a filing of three claimants (sealed three times) and nine more events.
 */
final class TrustSection {

    private TrustSection() {
    }

    static void run(BenchRun bench) throws Exception {
        int cases = Math.max(500, bench.cases / 5);
        int perCase = 12;
        try (Target.Raw raw = bench.target.raw("trust")) {
            StableNameSerializer serializer = StableNameSerializer.of(new ObjectMapper().findAndRegisterModules()
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS), StoreConfiguration.storedNames());
            // with the commit per append the service makes, and without it (the work of the chain and the cipher alone)
            for (boolean durable : new boolean[]{true, false}) {
                AppendDurability durability = durable && raw.server() != null ? raw.server()::awaitDurable : AppendDurability.WRITE_CONCERN;
                for (boolean on : new boolean[]{false, true}) {
                    MongoDatabase db = raw.client().getDatabase(raw.databaseName() + (on ? "-on" : "-off") + (durable ? "" : "-nd"));
                    PayloadProtection protection = on ? new PersonalDataSealing(new PersonalDataKeys(db, MasterKeys.ephemeral())) : PayloadProtection.NONE;
                    KeyedEventStorageEngine engine = KeyedEventStorageEngine.builder().mongo(raw.client(), db).durability(durability)
                            .eventSerializer(serializer).snapshotSerializer(serializer).hashChain(on).protection(protection).build();
                    String mode = (on ? "chain and sealing on" : "chain and sealing off") + (durable ? "" : ", no commit per append");
                    List<List<DomainEventMessage<?>>> histories = new java.util.ArrayList<>();
                    for (int c = 0; c < cases; c++) {
                        histories.add(Fixtures.history((durable ? "T-" : "TN-") + c, c, perCase));
                    }
                    long started = System.nanoTime();
                    for (int seq = 0; seq < perCase; seq++) {
                        for (List<DomainEventMessage<?>> h : histories) {
                            engine.appendEvents(h.get(seq));
                        }
                    }
                    double appendSeconds = (System.nanoTime() - started) / 1e9;
                    bench.rows.add(new Row("trust", "appends/s, one event a commit, " + mode, cases * perCase / appendSeconds, "ev/s",
                            cases + " cases × " + perCase + " events, 1 thread"));
                    started = System.nanoTime();
                    long read = 0;
                    for (int c = 0; c < cases; c++) {
                        read += engine.readEvents((durable ? "T-" : "TN-") + c).asStream().count();
                    }
                    double replaySeconds = (System.nanoTime() - started) / 1e9;
                    bench.rows.add(new Row("trust", "replay events/s, " + mode, read / replaySeconds, "ev/s", "each case read whole, deserialized"));
                }
            }
        }
    }
}
