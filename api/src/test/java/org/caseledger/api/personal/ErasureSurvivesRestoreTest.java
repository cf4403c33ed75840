package org.caseledger.api.personal;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.bson.Document;
import org.bson.types.Binary;
import org.caseledger.core.kernel.MetadataKeys;
import org.caseledger.eventstore.StoredStreams;
import org.caseledger.api.security.CaseledgerUser;
import org.caseledger.api.store.PersonalDataSealing;
import org.caseledger.api.store.StoreBackup;
import org.caseledger.api.support.Cases;
import org.caseledger.api.support.Node;
import org.caseledger.core.intake.WageClaimFiled;
import org.caseledger.embedded.EmbeddedMongo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * trust II, attack 7: an erasure lasts. The person's wrapped key is in no byte of the data directory once the erasure
 * has answered (searched as the file holds it: H2 compresses pages with LZF, which keeps random bytes as literal runs of
 * at most 32, so every 16-byte window of the 60-byte wrapped key is looked for); and a store restored from a backup made
 * before the erasure does not bring the person back.
 */
class ErasureSurvivesRestoreTest {

    static final String CASE = "LD-ER-1";

    @TempDir
    Path dataDir;

    Map<String, Object> onFile() {
        return Map.of("caseledger.embedded.backend", "FILE", "caseledger.embedded.data-dir", dataDir.toString(),
                "caseledger.deadlines.sweep-enabled", false, "caseledger.personal-data.master-key", Node.TEST_MASTER_KEY);
    }

    @Test
    void an_erased_person_leaves_no_key_in_the_file_and_stays_erased_after_a_restore_of_an_older_backup() throws IOException {
        Path backup;
        byte[] wrapped;
        try (Node node = Node.start(onFile())) {
            Cases.fileAndAssign(CASE).forEach(c -> node.commands().sendAndWait(GenericCommandMessage.asCommandMessage(c)
                    .andMetaData(Map.of(MetadataKeys.ACTING_USER, "officer-ludian"))));
            Document key = node.mongo().database().getCollection("personal_keys").find(new Document("_id", CASE + "/W1")).first();
            assertThat(key).as("the person's wrapped key").isNotNull();
            wrapped = key.get("wrapped", Binary.class).getData();
            backup = Path.of(node.bean(StoreBackup.class).backup().file());

            node.bean(Erasures.class).erase(CASE, "W1", "the worker asked (个人信息保护法 art. 47)",
                    new CaseledgerUser("admin", Set.of("ADMIN"), null, Set.of()), "test");
            assertThat(windowsFoundIn(dataDir.resolve("caseledger.mv.db"), wrapped)).as("the wrapped key in the running store's file").isZero();
            assertThat(nameOfW1(node)).isEqualTo(PersonalDataSealing.ERASED);
        }
        EmbeddedMongo.restore(backup, dataDir);
        try (Node node = Node.start(onFile())) {
            assertThat(node.mongo().database().getCollection("personal_keys").find(new Document("_id", CASE + "/W1")).first())
                    .as("erased again at start").isNull();
            assertThat(nameOfW1(node)).isEqualTo(PersonalDataSealing.ERASED);
            assertThat(node.mongo().database().getCollection("events").countDocuments(new Document("payloadType", "ClaimantPersonalDataErased")))
                    .as("the erasure recorded again").isEqualTo(1L);
        }
    }

    private static String nameOfW1(Node node) {
        WageClaimFiled filed = (WageClaimFiled) node.bean(StoredStreams.class).firstEvent(CASE).orElseThrow().getPayload();
        return filed.claimants().stream().filter(c -> c.claimantId().value().equals("W1")).findFirst().orElseThrow().personalData().name();
    }

    /** How many 16-byte windows of {@code secret} the file holds. */
    private static int windowsFoundIn(Path file, byte[] secret) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int found = 0;
        for (int start = 0; start + 16 <= secret.length; start++) {
            byte[] window = Arrays.copyOfRange(secret, start, start + 16);
            if (indexOf(bytes, window) >= 0) {
                found++;
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
