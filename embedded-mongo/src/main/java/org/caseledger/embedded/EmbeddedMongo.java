package org.caseledger.embedded;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The in-process MongoDB-compatible server (de.bwaldvogel:mongo-java-server) used when no MONGODB_URI is set.
 * Its H2 file is opened with auto-commit off: appends commit it explicitly (see {@link GroupCommit}) before a
 * command is acknowledged, a timer commits other writes every second, and the file is compacted on start
 * and on a clean shutdown (H2 does not compact a file while it runs).
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);
    /** The H2 file under the data directory. */
    public static final String FILE_NAME = "caseledger.mv.db";

    private final MVStore mvStore;
    private final OrderedIndexH2Backend h2;
    private final MongoServer server;
    private final GroupCommit groupCommit;
    private final ScheduledExecutorService timer;
    private final Path file;
    private final int compactMillis;

    private EmbeddedMongo(MVStore mvStore, OrderedIndexH2Backend h2, MongoServer server, Path file, int compactMillis) {
        this.mvStore = mvStore;
        this.h2 = h2;
        this.server = server;
        this.file = file;
        this.compactMillis = compactMillis;
        // each group commit is forced to the disk: an acknowledged durable append survives a power cut
        this.groupCommit = h2 == null ? null : new GroupCommit(h2::commitAndSync);
        if (groupCommit != null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "embedded-mongo-commit");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(groupCommit::commitNow, 1, 1, TimeUnit.SECONDS);
            timer.scheduleWithFixedDelay(this::compactWhileRunning, 5, 5, TimeUnit.SECONDS);
        } else {
            timer = null;
        }
    }

    /**
     * How long a chunk emptied by a commit is kept before H2 may write over it. H2's default, 45 s, assumes the operating
     * system flushes its write buffers within that time; here every commit is forced to the disk (FileChannel.force)
     * before the next one starts, so nothing is left for it to flush, and what the time still guards is a reader of
     * this process walking an older version of a map (a request's read: milliseconds). With 45 s a file written by
     * durable appends (a commit each) carried 45 s of commits' chunks: 14 to 18 KB per event.
     */
    static final int RETENTION_MILLIS = 5_000;

    /**
     * H2's page cache unless configured (H2's own default, 16 MB, re-reads pages past a few 100k events). H2 counts a
     * cached page by {@link BsonDocumentType#getMemory}, which is what its BSON would take, not the decoded document's
     * maps and strings on the heap (about two and a half times as much): 96 holds about 250 MB of heap. At 256 the cache
     * alone held over 600 MB, and the queries after a 1M-event rebuild ran the 1.5 GB heap full (a full collection of
     * 1.2 s in the middle of them).
     */
    public static final int DEFAULT_CACHE_MB = 96;

    /** Starts the server on an H2 file under {@code dataDir}, listening on host:port (port 0 picks a free one). */
    public static EmbeddedMongo startOnFile(Path dataDir, String host, int port, int compactMillis) {
        return startOnFile(dataDir, host, port, compactMillis, DEFAULT_CACHE_MB);
    }

    /** As above, with H2's page cache of {@code cacheMb} MB. */
    public static EmbeddedMongo startOnFile(Path dataDir, String host, int port, int compactMillis, int cacheMb) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
        Path file = dataDir.resolve(FILE_NAME);
        long before = size(file);
        // "async:": a thread interrupted while it commits (a request cancelled, an executor shut down) would
        // otherwise close the shared file channel and leave the store unusable (and H2's close spinning)
        MVStore mv = new MVStore.Builder().fileName("async:" + file).autoCommitDisabled().compress()
                .cacheSize(cacheMb).open();
        mv.setRetentionTime(RETENTION_MILLIS);
        if (before > 0) {
            long started = System.nanoTime();
            FilePacking.compactAndPack(mv, compactMillis); // nothing reads old chunks yet: all may be rewritten
            log.info("Compacted {} from {} to {} bytes in {} ms", file, before, size(file), (System.nanoTime() - started) / 1_000_000);
        }
        OrderedIndexH2Backend backend = new OrderedIndexH2Backend(mv);
        MongoServer server = new MongoServer(backend);
        server.bind(host, port);
        EmbeddedMongo embedded = new EmbeddedMongo(mv, backend, server, file, compactMillis);
        log.info("Embedded MongoDB-compatible server listening on mongodb://{}:{} (data: {})",
                host, embedded.address().getPort(), file.toAbsolutePath());
        return embedded;
    }

    /** Starts a server that keeps everything in memory (tests, benchmarks). */
    public static EmbeddedMongo startInMemory() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        return new EmbeddedMongo(null, null, server, null, 0);
    }

    public InetSocketAddress address() {
        return server.getLocalAddress();
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + address().getPort();
    }

    /** Returns once what was written before the call is in the H2 file (a grouped commit); at once in memory. */
    public void awaitDurable() {
        if (groupCommit != null) {
            groupCommit.awaitDurable();
        }
    }

    public GroupCommit groupCommit() {
        return groupCommit;
    }

    /** Bytes of the H2 file now (0 in memory). */
    public long fileSize() {
        return file == null ? 0 : size(file);
    }

    /** Below this share of live data in the file (percent), chunks are rewritten while the service runs. */
    static final int COMPACT_BELOW_FILL_RATE = 60;
    /** Bytes rewritten per round of online compaction (writes wait meanwhile), so one round holds up appends briefly. */
    static final int COMPACT_WRITE_BYTES = 4 << 20;

    /**
     * Online compaction: each commit writes new chunks and leaves older ones partly dead, so a file written by durable
     * appends grows by several KB per event (a chunk per commit, in 4 KB blocks). When less than
     * {@value #COMPACT_BELOW_FILL_RATE}% of the chunks' bytes are live,
     * the live pages of the sparsest chunks are rewritten (at most {@value #COMPACT_WRITE_BYTES} bytes a round) and
     * committed; the emptied chunks are reused once the retention time ({@value #RETENTION_MILLIS} ms) has passed, so
     * the file stops growing instead of shrinking at once.
     */
    void compactWhileRunning() {
        try {
            if (mvStore.getFileStore().getChunksFillRate() < COMPACT_BELOW_FILL_RATE) {
                // it commits the file itself: between write commands, like every commit
                h2.exclusively(() -> mvStore.compact(COMPACT_BELOW_FILL_RATE + 20, COMPACT_WRITE_BYTES));
                groupCommit.commitNow();
            }
        } catch (RuntimeException e) {
            log.warn("Online compaction of {} failed; it is tried again in 5 s and at shutdown", file, e);
        }
    }

    /** Compacts the H2 file now (it is otherwise compacted on start and on close). */
    public void compact() {
        if (mvStore != null) {
            groupCommit.commitNow();
            h2.exclusively(() -> FilePacking.compactAndPack(mvStore, compactMillis));
        }
    }

    /**
     * Leaves no byte of deleted data in the file (an erased person's key): every chunk is rewritten until the live
     * pages are packed (H2 frees a chunk only when none of its pages is live), the emptied chunks are freed, and the blocks H2
     * then holds free are overwritten with zeros and the file forced to the disk. Writes wait meanwhile: it rewrites the
     * store, seconds per hundred megabytes. Answers the blocks overwritten.
     */
    public int purgeFreedSpace() {
        if (mvStore == null) {
            return 0;
        }
        groupCommit.commitNow();
        int[] scrubbed = {0};
        h2.exclusively(() -> scrubbed[0] = FreeBlocks.purge(mvStore));
        return scrubbed[0];
    }

    /**
     * Writes a consistent copy of the H2 file, while the server runs, into a zip at {@code target} (the one entry
     * {@value #FILE_NAME}): what was acknowledged before the call is committed first, then H2's own online backup
     * copies the file with space reuse off, so no chunk the copy needs is overwritten meanwhile. Written beside the
     * target and moved into place, so a half-written backup never carries the target's name.
     */
    public void backupTo(Path target) {
        if (mvStore == null) {
            throw new IllegalStateException("the in-memory store has no file to back up");
        }
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            groupCommit.commitNow();
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                IOException[] failed = new IOException[1];
                mvStore.executeFilestoreOperation(() -> {
                    try {
                        mvStore.getFileStore().backup(zip);
                    } catch (IOException e) {
                        failed[0] = e;
                    }
                });
                if (failed[0] != null) {
                    throw failed[0];
                }
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup " + target, e);
        }
    }

    /**
     * Puts a backup made by {@link #backupTo} in place as the store of {@code dataDir}; the service must be stopped.
     * The file it replaces is kept beside it ({@code caseledger.mv.db.before-restore-<millis>}). The backup is opened
     * once before it is put in place, so a damaged or foreign file is refused and the data directory left as it was.
     * Answers the file the replaced store was moved to, or null when there was none.
     */
    public static Path restore(Path backup, Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path extracted = dataDir.resolve(FILE_NAME + ".restoring");
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
                ZipEntry entry = zip.getNextEntry();
                if (entry == null || !entry.getName().equals(FILE_NAME)) {
                    throw new IllegalArgumentException(backup + " is not a caseledger backup (one entry " + FILE_NAME + ")");
                }
                Files.copy(zip, extracted, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                new MVStore.Builder().fileName(extracted.toString()).readOnly().open().close(); // readable, or refused here
            } catch (RuntimeException e) {
                Files.deleteIfExists(extracted);
                throw new IllegalArgumentException(backup + " does not hold a readable store: " + e.getMessage(), e);
            }
            Path current = dataDir.resolve(FILE_NAME);
            Path kept = null;
            if (Files.exists(current)) {
                try {
                    new MVStore.Builder().fileName(current.toString()).readOnly().open().close(); // locked while a service runs on it
                } catch (RuntimeException e) {
                    Files.deleteIfExists(extracted);
                    throw new IllegalStateException(current + " is in use (" + e.getMessage() + "): stop the service first", e);
                }
                kept = dataDir.resolve(FILE_NAME + ".before-restore-" + System.currentTimeMillis());
                Files.move(current, kept);
            }
            Files.move(extracted, current, StandardCopyOption.ATOMIC_MOVE);
            return kept;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore " + backup + " into " + dataDir, e);
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdown(); // let a running commit finish: it must not be interrupted
            try {
                timer.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long before = file == null ? 0 : size(file);
        if (h2 != null) {
            groupCommit.commitNow(); // forced to the disk, before the packing rewrites chunks
        }
        server.shutdownNow(); // it closes the backend: the file is committed, packed and closed there
        if (h2 != null) {
            h2.close(); // closed already: a no-op unless the server had not opened the backend
            log.info("Embedded store closed; {} compacted from {} to {} bytes", file, before, size(file));
        }
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
