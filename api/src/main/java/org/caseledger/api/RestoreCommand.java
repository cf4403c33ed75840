package org.caseledger.api;

import org.caseledger.embedded.EmbeddedMongo;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar caseledger-exec.jar restore <backup.zip> [data-dir]}: puts a backup of the embedded store in place,
 * with the service stopped (a running service holds the file, and the restore refuses). The data directory is the
 * argument, else {@code CASELEDGER_DATA_DIR}, else {@code ./data}; the store it replaces is kept beside it.
 */
public final class RestoreCommand {

    private RestoreCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        if (args.length < 2 || args.length > 3) {
            out.println("usage: java -jar caseledger-exec.jar restore <backup.zip> [data-dir]");
            return 2;
        }
        Path backup = Path.of(args[1]);
        String env = System.getenv("CASELEDGER_DATA_DIR");
        Path dataDir = Path.of(args.length == 3 ? args[2] : env != null && !env.isBlank() ? env : "data");
        if (!Files.isRegularFile(backup)) {
            out.println("no backup at " + backup.toAbsolutePath());
            return 2;
        }
        try {
            Path kept = EmbeddedMongo.restore(backup, dataDir);
            out.println("restored " + backup.toAbsolutePath() + " into " + dataDir.toAbsolutePath().resolve(EmbeddedMongo.FILE_NAME)
                    + (kept == null ? "" : "; the store it replaced is kept as " + kept.toAbsolutePath()));
            out.println("start the service as usual: it serves the cases as they were when the backup was taken");
            return 0;
        } catch (RuntimeException e) {
            out.println("not restored: " + e.getMessage());
            return 1;
        }
    }
}
