package org.caseledger.api.store;

import org.caseledger.api.settings.CaseledgerProperties;
import org.caseledger.embedded.EmbeddedMongo;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Backups of the embedded store while the service runs: a zip of the H2 file under {@code <data-dir>/backups}. On
 * {@code MONGODB_URI} the database is backed up with its own tools (mongodump, a snapshot of its volume).
 */
@Component
public class StoreBackup {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** A backup written: where, how large, when. */
    public record Written(String file, long bytes, Instant createdAt) {
    }

    private final MongoConnection connection;
    private final CaseledgerProperties properties;
    private final Clock clock;

    public StoreBackup(MongoConnection connection, CaseledgerProperties properties, Clock clock) {
        this.connection = connection;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether this service can back up its store (the embedded one, on a file). */
    public boolean available() {
        return connection.embedded() != null && !properties.embedded().inMemory();
    }

    public synchronized Written backup() {
        if (!available()) {
            throw new IllegalStateException("only the embedded store on a file is backed up by the service");
        }
        Instant now = clock.instant();
        Path target = properties.embedded().dataDir().resolve("backups").resolve("caseledger-" + NAME.format(now) + ".zip");
        connection.embedded().backupTo(target);
        try {
            return new Written(target.toAbsolutePath().normalize().toString(), Files.size(target), now);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
