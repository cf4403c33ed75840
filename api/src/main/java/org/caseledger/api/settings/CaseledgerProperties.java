package org.caseledger.api.settings;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * caseledger's settings (application.yml, environment, command line).
 *
 * @param mongodbUri  a MongoDB URI (env MONGODB_URI); blank starts the embedded server
 * @param database    the database name when the URI names none
 * @param embedded    the embedded server's settings
 * @param store       the event store's settings
 * @param rules       jurisdiction-specific rules
 */
@ConfigurationProperties(prefix = "caseledger")
public record CaseledgerProperties(String mongodbUri, String database, Embedded embedded, Store store, Rules rules) {

    public CaseledgerProperties {
        database = database == null || database.isBlank() ? "caseledger" : database;
        embedded = embedded == null ? new Embedded(null, null, 0, null, 0, null, 0) : embedded;
        store = store == null ? new Store(0, null, 0, 0) : store;
        rules = rules == null ? new Rules(null, null, null, null, null) : rules;
    }

    public boolean useEmbedded() {
        return mongodbUri == null || mongodbUri.isBlank();
    }

    /**
     * @param dataDir       where the H2 file lives (default ./data)
     * @param host          the interface to listen on (default 127.0.0.1)
     * @param port          the port (default 27018; 0 picks a free one)
     * @param backend       FILE (default) or MEMORY
     * @param compactMillis how long compaction may take on start and shutdown (default 30 s)
     * @param durableAppends commit the H2 file before a command is acknowledged (default true; false trades the
     *                      last second of acknowledged commands on a crash for append speed)
     * @param cacheMb       H2's page cache in MB as H2 counts them (default 96, about 250 MB of heap): pages outside it
     *                      are read, decompressed and deserialized again on every access
     */
    public record Embedded(Path dataDir, String host, int port, String backend, int compactMillis, Boolean durableAppends, int cacheMb) {
        public Embedded {
            cacheMb = cacheMb <= 0 ? org.caseledger.embedded.EmbeddedMongo.DEFAULT_CACHE_MB : cacheMb;
            durableAppends = durableAppends == null || durableAppends;
            dataDir = dataDir == null ? Path.of("data") : dataDir;
            host = host == null || host.isBlank() ? "127.0.0.1" : host;
            port = port < 0 ? 0 : port;
            backend = backend == null || backend.isBlank() ? "FILE" : backend.toUpperCase();
            compactMillis = compactMillis <= 0 ? 30_000 : compactMillis;
        }

        public boolean inMemory() {
            return "MEMORY".equals(backend);
        }
    }

    /**
     * @param batchSize         events per key-lookup batch (default 100)
     * @param gapTimeout        how long a reserved but unwritten index is waited for (default 60 s)
     * @param snapshotThreshold events loaded before a case is snapshotted (default 50)
     * @param cacheSize         cases kept loaded in memory, least recently used out first (default 10,000)
     */
    public record Store(int batchSize, Duration gapTimeout, int snapshotThreshold, int cacheSize) {
        public Store {
            cacheSize = cacheSize <= 0 ? 10_000 : cacheSize;
            batchSize = batchSize <= 0 ? 100 : batchSize;
            gapTimeout = gapTimeout == null ? Duration.ofSeconds(60) : gapTimeout;
            snapshotThreshold = snapshotThreshold <= 0 ? 50 : snapshotThreshold;
        }
    }

    /**
     * @param timeZone     the zone in which "today" is judged (default Asia/Shanghai)
     * @param replyWindows per jurisdiction (region-code prefix of 2, 4 or 6 digits) and letter type, a window such
     *                     as {@code 15WD} (working days) or {@code 60D} (calendar days); e.g. 南昌 {@code 3601: {OPINION: 60D}}
     * @param calendarFiles files of holiday arrangements ({@code 2027-01-01 HOLIDAY} / {@code 2027-02-07 WORKDAY}, one
     *                      a line) added to the built-in ones: a year published after this version, without a rebuild
     * @param minimumWageFiles files of monthly minimum wages (region code, first day, yuan, source; tab-separated) added
     *                         to the built-in {@code minimum-wages.tsv}: the figure 劳动争议调解仲裁法 art. 47 tests
     *                         award items against, for regions and years this version does not carry
     * @param criminalThresholdFiles files of a province's 拒不支付劳动报酬罪 thresholds (region code, first day, one
     *                               worker's and ten workers' yuan, source; tab-separated) added to the built-in
     *                               {@code criminal-thresholds.tsv} (法释〔2013〕3号 art. 3)
     */
    public record Rules(String timeZone, Map<String, Map<String, String>> replyWindows, java.util.List<Path> calendarFiles,
                        java.util.List<Path> minimumWageFiles, java.util.List<Path> criminalThresholdFiles) {
        public Rules {
            timeZone = timeZone == null || timeZone.isBlank() ? "Asia/Shanghai" : timeZone;
            replyWindows = replyWindows == null ? Map.of() : replyWindows;
            calendarFiles = calendarFiles == null ? java.util.List.of() : java.util.List.copyOf(calendarFiles);
            minimumWageFiles = minimumWageFiles == null ? java.util.List.of() : java.util.List.copyOf(minimumWageFiles);
            criminalThresholdFiles = criminalThresholdFiles == null ? java.util.List.of() : java.util.List.copyOf(criminalThresholdFiles);
        }
    }
}
