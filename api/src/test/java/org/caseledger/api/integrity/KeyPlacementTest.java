package org.caseledger.api.integrity;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Attack 2: a key kept beside the data goes wherever the data (or a backup of it) goes: said, for each key. */
class KeyPlacementTest {

    @Test
    void keys_inside_the_data_directory_are_warned_about_and_keys_elsewhere_are_not() {
        Path data = Path.of("/srv/caseledger/data");
        KeyPlacement beside = KeyPlacement.of(data, List.of(Map.entry("anchor signing key", data.resolve("anchor-signing.key")),
                Map.entry("personal-data master key", data.resolve("master.key"))));
        assertThat(beside.warnings()).hasSize(2).allMatch(w -> w.contains("inside the data directory"));
        KeyPlacement apart = KeyPlacement.of(data, List.of(Map.entry("anchor signing key", Path.of("/run/secrets/anchor-signing.key")),
                Map.entry("personal-data master key", Path.of("/run/secrets/master.key"))));
        assertThat(apart.warnings()).isEmpty();
        assertThat(KeyPlacement.of(data, List.of(Map.entry("anchor signing key", Path.of("/srv/caseledger/data-keys/a.key")))).warnings())
                .as("a sibling directory whose name begins like the data directory's is apart").isEmpty();
    }
}
