package org.caseledger.api.config;

import org.caseledger.api.store.MongoConnection;
import org.caseledger.api.store.MongoDeployment;
import org.caseledger.api.settings.CaseledgerProperties;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.caseledger.embedded.EmbeddedMongo;
import org.caseledger.eventstore.AppendDurability;
import org.caseledger.eventstore.KeyedEventStorageEngine;
import org.caseledger.eventstore.StableNameSerializer;
import org.caseledger.eventstore.StoredTypeNames;
import org.caseledger.core.wagecase.DueDaysUpcaster;
import org.caseledger.core.wagecase.StoredNames;
import org.caseledger.core.wagecase.WageCase;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.serialization.AnnotationRevisionResolver;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The MongoDB the service runs on: the embedded server by default, or MONGODB_URI; and the Axon event
 * storage engine and token store on it.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);

        @Bean(destroyMethod = "close")
    public MongoConnection mongoConnection(CaseledgerProperties properties) {
        if (properties.useEmbedded()) {
            CaseledgerProperties.Embedded e = properties.embedded();
            EmbeddedMongo embedded = e.inMemory()
                    ? EmbeddedMongo.startInMemory()
                    : EmbeddedMongo.startOnFile(e.dataDir(), e.host(), e.port(), e.compactMillis(), e.cacheMb());
            MongoClient client = MongoClients.create(embedded.connectionString());
            if (!e.durableAppends()) {
                log.warn("caseledger.embedded.durable-appends=false: a crash may lose the last second of acknowledged commands");
            }
            return new MongoConnection(client, client.getDatabase(properties.database()), embedded, false, e.durableAppends());
        }
        ConnectionString uri = new ConnectionString(properties.mongodbUri());
        MongoClientSettings.Builder settings = MongoClientSettings.builder().applyConnectionString(uri);
        if (uri.getWriteConcern() == null) {
            // an acknowledged command must survive the loss of the primary: majority, journaled
            settings.writeConcern(WriteConcern.MAJORITY.withJournal(true));
        }
        MongoClient client = MongoClients.create(settings.build());
        String database = uri.getDatabase() != null ? uri.getDatabase() : properties.database();
        // asked of the server, not read from the URI: a replica set reached without replicaSet= still has transactions
        MongoDeployment deployment = MongoDeployment.of(client);
        log.info("Using MongoDB at {} (database {}, {}: commits of several events {})", uri.getHosts(), database, deployment,
                deployment.hasTransactions() ? "in transactions" : "without transactions");
        if (!deployment.hasTransactions()) {
            log.warn("MongoDB at {} has no transactions: a crash of the server while it applies a command's events could "
                    + "leave the first of them without the rest. Make it a one-node replica set (README: Pointing at a real MongoDB)",
                    uri.getHosts());
        }
        return new MongoConnection(client, client.getDatabase(database), null, deployment.hasTransactions(), true);
    }

    /** The connection's client for whoever asks for one; it is closed with the connection, after the processors stop. */
    @Bean(destroyMethod = "")
    public MongoClient mongoClient(MongoConnection connection) {
        return connection.client();
    }

    @Bean
    public MongoDatabase mongoDatabase(MongoConnection connection) {
        return connection.database();
    }

    /** The stored names of the case's and the work orders' events and snapshots: Java classes may move, stored names never do. */
    public static StoredTypeNames storedNames() {
        return new StoredTypeNames().addAll(StoredNames.CURRENT, StoredNames.RETIRED)
                .addAll(org.caseledger.core.workorder.WorkOrderStoredNames.CURRENT, Map.of());
    }

    /**
     * Events as JSON under their stored names, with the object mapper Axon would pick (its own if defined, else the
     * application's), so the JSON of every event is what earlier versions wrote.
     */
    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(Map<String, ObjectMapper> mappers) {
        ObjectMapper mapper = mappers.containsKey("defaultAxonObjectMapper") ? mappers.get("defaultAxonObjectMapper")
                : mappers.values().iterator().next();
        return StableNameSerializer.of(mapper, storedNames());
    }

    /**
     * Snapshots hold the aggregate's fields as JSON; the aggregate exposes no setters, so fields are read
     * directly. Not a bean: Axon's auto-configuration expects a single general Serializer.
     */
    public static Serializer snapshotSerializer() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
        return StableNameSerializer.of(mapper, storedNames());
    }

    /**
     * Only snapshots of the case's current layout are used: one written by a version whose aggregate had other
     * fields (another {@code @Revision}) is passed over and the case is loaded from its events.
     */
    static boolean isCurrentSnapshot(DomainEventData<?> snapshot) {
        String revision = new AnnotationRevisionResolver().revisionOf(WageCase.class);
        return "WageCase".equals(snapshot.getPayload().getType().getName())
                && Objects.equals(revision, snapshot.getPayload().getType().getRevision());
    }

    @Bean
    public KeyedEventStorageEngine eventStorageEngine(MongoConnection connection, CaseledgerProperties properties,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.caseledger.api.store.PersonalDataSealing sealing) {
        CaseledgerProperties.Store store = properties.store();
        return KeyedEventStorageEngine.builder()
                .mongo(connection.client(), connection.database())
                .durability(connection.durability())
                .transactionsForMultiEventCommits(connection.replicaSet())
                .gapTimeout(store.gapTimeout())
                .batchSize(store.batchSize())
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer())
                .snapshotFilter(StoreConfiguration::isCurrentSnapshot)
                .upcasterChain(new org.axonframework.serialization.upcasting.event.EventUpcasterChain(new DueDaysUpcaster()))
                .protection(sealing)
                .build();
    }

    @Bean
    public TokenStore tokenStore(MongoConnection connection, @Qualifier("serializer") Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(connection.database()).build())
                .serializer(serializer)
                .build();
    }
}
