package org.caseledger.api.web;

import org.caseledger.api.store.MongoConnection;
import org.caseledger.api.CaseLedgerApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.caseledger.api.config.StoreConfiguration;
import org.bson.Document;

/** The service on a random port over the embedded store (in memory); one context shared by the API tests. */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "caseledger.embedded.backend=MEMORY", "caseledger.embedded.port=0", "caseledger.deadlines.sweep-enabled=false",
        "spring.profiles.active=demo"})
abstract class ApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoConnection mongo;

    HttpApi api;

    @BeforeAll
    static void quiet() {
        CaseLedgerApplication.quietAxon();
    }

    @BeforeEach
    void client() {
        api = new HttpApi(port);
    }

    long storedEvents() {
        return mongo.database().getCollection("events").countDocuments();
    }

    long storedEvents(String caseId) {
        return mongo.database().getCollection("events").countDocuments(new Document("aggregateId", caseId));
    }
}
