package org.caseledger.embedded;

import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

/**
 * Gives the H2 file's free space back to the disk. H2 frees a chunk once none of its pages is live, but the file
 * shrinks only when its last chunks are free: {@link MVStore#compactFile} moves chunks to the front only after it has
 * rewritten sparse ones itself, so a file whose sparse chunks were already rewritten (online compaction) kept its
 * length — 258 MB holding 16 % live data after 14,000 durable appends. Moving the chunks at the end into the free space
 * before them (H2's own {@link RandomAccessStore#compactMoveChunks}, what its background housekeeping calls) lets it
 * truncate the file.
 */
final class FilePacking {

    /** A file with more live data than this (percent) is left as it is: moving its chunks would gain little. */
    static final int PACK_BELOW_FILL_RATE = 90;

    private FilePacking() {
    }

    /**
     * When less than {@value #PACK_BELOW_FILL_RATE} % of the file is live, moves its chunks to the front and cuts it, with
     * H2's retention time off: only while no reader needs old chunks and no write command is under way (shutdown). It
     * moves whole chunks, live data only: bounded by what the file holds, not by how sparse its chunks are (rewriting
     * sparse chunks — {@link MVStore#compactFile} — took the 30 s it was allowed on a rebuilt store and left it larger).
     */
    static void pack(MVStore store) {
        withoutRetention(store, () -> moveChunks(store, PACK_BELOW_FILL_RATE, Long.MAX_VALUE));
    }

    /** As {@link #pack(MVStore)}, sparse chunks rewritten first for at most {@code compactMillis} (on start). */
    static void compactAndPack(MVStore store, int compactMillis) {
        withoutRetention(store, () -> {
            store.compactFile(compactMillis);
            moveChunks(store, PACK_BELOW_FILL_RATE, Long.MAX_VALUE);
        });
    }

    /** Runs work with H2's retention time off (nothing reads old chunks: all of them may be written over), then restores it. */
    private static void withoutRetention(MVStore store, Runnable work) {
        int retention = store.getRetentionTime();
        store.setRetentionTime(0);
        try {
            work.run();
        } finally {
            store.setRetentionTime(retention);
        }
    }

    /**
     * When at most {@code belowFillRate} % of the file is live, moves up to {@code moveBytes} of chunks from its end into
     * free space nearer the front; the chunks freed at the end are cut off. It writes the file: call it while no write
     * command is under way.
     */
    private static void moveChunks(MVStore store, int belowFillRate, long moveBytes) {
        if (store.getFileStore() instanceof RandomAccessStore file) {
            file.compactMoveChunks(belowFillRate, moveBytes, store);
        }
    }
}
