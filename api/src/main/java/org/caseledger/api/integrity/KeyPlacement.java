package org.caseledger.api.integrity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the anchor signing key and the personal-data master key are kept, judged against the data directory: a key in
 * the data directory (or in a backup, which is the data directory copied) travels with the data to whoever takes the
 * data, so it proves nothing against them. Said at start and in readiness's details.
 */
public record KeyPlacement(List<String> warnings) {

    /** {@code keys}: each key's name and file (null: not a file, e.g. from the environment or for this run only). */
    public static KeyPlacement of(Path dataDir, List<java.util.Map.Entry<String, Path>> keys) {
        List<String> warnings = new ArrayList<>();
        if (dataDir != null) {
            Path data = dataDir.toAbsolutePath().normalize();
            for (var key : keys) {
                if (key.getValue() != null && key.getValue().toAbsolutePath().normalize().startsWith(data)) {
                    warnings.add("the " + key.getKey() + " " + key.getValue() + " is inside the data directory " + data
                            + ": it is copied with the data and its backups; keep it on another volume or in a secret (see README)");
                }
            }
        }
        return new KeyPlacement(List.copyOf(warnings));
    }
}
