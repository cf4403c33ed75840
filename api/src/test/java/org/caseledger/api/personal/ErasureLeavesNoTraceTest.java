package org.caseledger.api.personal;

import org.caseledger.api.store.PersonalDataSealing;
import org.caseledger.api.store.PersonalDataKeys;
import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.bson.Document;
import org.caseledger.projections.timeline.TimelineDocuments;
import org.caseledger.api.store.StoreIntegrity;
import org.caseledger.api.support.Node;
import org.caseledger.core.intake.EraseClaimantPersonalData;
import org.caseledger.core.intake.NewClaimant;
import org.caseledger.core.intake.WageClaimFiled;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.MetadataKeys;
import org.caseledger.core.scenario.PingliangReferenceCaseTest;
import org.caseledger.eventstore.StoredStreams;
import org.caseledger.projections.ReadModels;
import org.caseledger.projections.ProjectionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 16, crypto-shredding: 平凉's 21 workers filed on a store on file; one of them is erased. His name and ID-card
 * number are then nowhere — in no collection, and after the embedded store's compaction in no byte of the data
 * directory — while the case's totals and its hash chain are unchanged and the other workers still read as filed.
 */
class ErasureLeavesNoTraceTest {

    static final String CASE = "PL-2025-001";
    static final ClaimantId ERASED = ClaimantId.of("PL-W07");

    @TempDir
    Path dataDir;

    @Test
    void an_erased_worker_is_in_no_collection_and_no_byte_of_the_data_directory_and_the_case_still_adds_up() throws IOException {
        List<Object> commands = PingliangReferenceCaseTest.run().commands();
        NewClaimant seventh = ((org.caseledger.core.intake.FileWageClaim) commands.get(0)).claimants().stream()
                .filter(c -> c.claimantId().equals(ERASED)).findFirst().orElseThrow();
        NewClaimant eighth = ((org.caseledger.core.intake.FileWageClaim) commands.get(0)).claimants().stream()
                .filter(c -> c.claimantId().value().equals("PL-W08")).findFirst().orElseThrow();
        String name = seventh.personalData().name();
        String idCard = seventh.personalData().idCardNumber();
        Map<String, Object> onFile = Map.of("caseledger.embedded.backend", "FILE", "caseledger.embedded.data-dir", dataDir.toString(),
                "caseledger.deadlines.sweep-enabled", false, "caseledger.personal-data.master-key-file", dataDir.resolveSibling(
                        dataDir.getFileName() + "-master.key").toString());
        long receivedBefore;
        try (Node node = Node.start(onFile)) {
            commands.forEach(c -> node.commands().sendAndWait(GenericCommandMessage.asCommandMessage(c)
                    .andMetaData(Map.of(MetadataKeys.ACTING_USER, "officer-pingliang"))));
            ReadModels readModels = node.bean(ReadModels.class);
            // projected up to the case's last event (not merely begun: the totals are read next)
            long lastSeq = node.mongo().database().getCollection("events").countDocuments(new Document("aggregateId", CASE)) - 1;
            await().atMost(Duration.ofSeconds(60)).until(() -> projected(readModels) != null
                    && ((Number) projected(readModels).get("lastSeq")).longValue() >= lastSeq);
            receivedBefore = ((Number) totals(readModels).get("receivedFen")).longValue();
            // sealed from the start: a copy of the database without the master key names no one
            assertThat(everything(node.mongo().database())).doesNotContain(name).doesNotContain(idCard);

            node.commands().sendAndWait(GenericCommandMessage.asCommandMessage(new EraseClaimantPersonalData(CaseId.of(CASE), ERASED,
                    "the worker asked (个人信息保护法 art. 47)", LocalDate.of(2026, 11, 27))).andMetaData(Map.of(MetadataKeys.ACTING_USER, "admin")));
            assertThat(node.bean(PersonalDataKeys.class).erase(CASE, ERASED.value())).isTrue();

            // every read of the filing shows 已删除 for him, the others as filed
            WageClaimFiled filed = (WageClaimFiled) node.bean(StoredStreams.class).firstEvent(CASE).orElseThrow().getPayload();
            assertThat(filed.claimants()).filteredOn(c -> c.claimantId().equals(ERASED)).singleElement()
                    .satisfies(c -> {
                        assertThat(c.personalData().name()).isEqualTo(PersonalDataSealing.ERASED);
                        assertThat(c.personalData().idCardNumber()).isNull();
                        assertThat(c.claimed()).isEqualTo(seventh.claimed());
                    });
            assertThat(filed.claimants()).filteredOn(c -> c.claimantId().value().equals("PL-W08")).singleElement()
                    .satisfies(c -> assertThat(c.personalData().name()).isEqualTo(eighth.personalData().name()));

            // a rebuild of every projection from the events, the chain verified, the totals unchanged
            ProjectionRunner runner = node.bean(ProjectionRunner.class);
            int generation = runner.rebuild();
            await().atMost(Duration.ofSeconds(60)).until(() -> readModels.activeGeneration() == generation);
            assertThat(((Number) totals(readModels).get("receivedFen")).longValue()).isEqualTo(receivedBefore);
            assertThat(node.bean(StoreIntegrity.class).verifyCase(CASE).valid()).isTrue();
            assertThat(everything(node.mongo().database())).doesNotContain(name).doesNotContain(idCard);
        }
        // after the clean shutdown's compaction, no byte of the data directory holds him
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(file.toString()).doesNotContain(new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
                        .doesNotContain(idCard);
            }
        }
    }

    private static Document projected(ReadModels readModels) {
        return readModels.active().timelines().find(new Document("_id", CASE)).first();
    }

    private static Document totals(ReadModels readModels) {
        Document t = projected(readModels);
        Document timeline = Document.parse(org.caseledger.projections.ReadModels.JSON.valueToTree(TimelineDocuments.read(t)).toString());
        return timeline.get("totals", Document.class);
    }

    /** Every document of every collection, as text. */
    private static String everything(MongoDatabase db) {
        StringBuilder all = new StringBuilder();
        List<String> names = db.listCollectionNames().into(new ArrayList<>());
        for (String collection : names) {
            db.getCollection(collection).find().forEach(d -> {
                all.append(d.toJson()).append('\n');
                if (d.get("utf8") instanceof org.bson.types.Binary utf8) { // a timeline's JSON kept as bytes: searched as its text
                    all.append(new String(utf8.getData(), java.nio.charset.StandardCharsets.UTF_8)).append('\n');
                }
            });
        }
        return all.toString();
    }
}
