package org.caseledger.bench;

import com.mongodb.client.MongoCollection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.caseledger.api.CaseLedgerApplication;
import org.caseledger.api.store.MongoConnection;
import org.caseledger.eventstore.KeyedEventStorageEngine;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The service, started in-process on its own data directory (embedded H2 file, or a MongoDB URI) for one section. */
/** The service, started in-process on its own data directory (embedded H2 file, no web server). */
public record Service(ConfigurableApplicationContext context) implements AutoCloseable {

    static Service start(Map<String, Object> settings) {
        return start(settings, false);
    }

    /** With the {@link Target}'s settings for the store (a data directory, or a MongoDB URI). */
    static Service start(Map<String, Object> settings, boolean web) {
        List<String> args = new ArrayList<>(List.of("--caseledger.embedded.port=0", "--logging.level.root=WARN"));
        if (web) {
            // the queries sign in as the demo auditor and dashboard users, also on a throwaway MONGODB_URI
            args.add("--spring.profiles.active=demo");
            args.add("--caseledger.security.allow-demo-passwords=true");
        }
        settings.forEach((k, v) -> args.add("--" + k + "=" + v));
        if (web) {
            args.add("--server.port=0");
        }
        return new Service(new SpringApplicationBuilder(CaseLedgerApplication.class)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE).run(args.toArray(String[]::new)));
    }

    CommandGateway commands() {
        return context.getBean(CommandGateway.class);
    }

    EventStore eventStore() {
        return context.getBean(EventStore.class);
    }

    KeyedEventStorageEngine engine() {
        return (KeyedEventStorageEngine) context.getBean(EventStorageEngine.class);
    }

    MongoConnection connection() {
        return context.getBean(MongoConnection.class);
    }

    MongoCollection<Document> events() {
        return connection().database().getCollection("events");
    }

    @Override
    public void close() {
        context.close();
    }
}
