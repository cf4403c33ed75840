package org.caseledger.api.support;

import org.caseledger.api.store.MongoConnection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.caseledger.api.CaseLedgerApplication;
import org.caseledger.api.config.StoreConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.HashMap;
import java.util.Map;

/** One running instance of the service (no web server), for tests that need several or restart one. */
public final class Node implements AutoCloseable {

    public static final String TEST_MASTER_KEY = java.util.Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'B');

    private final ConfigurableApplicationContext context;

    private Node(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts a node; {@code properties} override application.yml (e.g. caseledger.mongodb-uri). */
    public static Node start(Map<String, Object> properties, Class<?>... extraConfiguration) {
        CaseLedgerApplication.quietAxon();
        Map<String, Object> props = new HashMap<>(properties);
        props.putIfAbsent("caseledger.embedded.backend", "MEMORY");
        props.putIfAbsent("caseledger.embedded.port", 0);
        // nodes that share a store share its master key (test data: 32 bytes of 0x01)
        props.putIfAbsent("caseledger.personal-data.master-key", TEST_MASTER_KEY);
        Class<?>[] sources = new Class<?>[extraConfiguration.length + 1];
        sources[0] = CaseLedgerApplication.class;
        System.arraycopy(extraConfiguration, 0, sources, 1, extraConfiguration.length);
        // as arguments: they must outrank application.yml
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(sources)
                .web(WebApplicationType.NONE).run(args);
        return new Node(context);
    }

    public CommandGateway commands() {
        return context.getBean(CommandGateway.class);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public MongoConnection mongo() {
        return context.getBean(MongoConnection.class);
    }

    /** The embedded server's address, for a second node to connect to. */
    public String embeddedConnectionString() {
        return mongo().embedded().connectionString() + "/caseledger";
    }

    @Override
    public void close() {
        context.close();
    }
}
