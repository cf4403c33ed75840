package org.caseledger.embedded;

import org.h2.mvstore.FreeSpaceBitSet;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.h2.mvstore.SingleFileStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Overwrites with zeros the blocks of an H2 file that H2 holds free — what H2 would write over when it reuses them —
 * so that data deleted and compacted away leaves no byte behind. H2 has no public call for it: its free-space map and
 * file channel are read by reflection (H2 2.3; checked by the erasure tests), under H2's file-store operation lock,
 * while no write command runs.
 */
final class FreeBlocks {

    static final int BLOCK = 4096;
    /** The two store headers at the start of the file are never free. */
    static final long FIRST = 2L * BLOCK;

    private FreeBlocks() {
    }

    /**
     * Rewrites every chunk until the live pages are packed (H2 frees a chunk only when none of its pages is live), frees
     * the emptied chunks, then zeroes the blocks H2 holds free; with no write command under way. The file is not shrunk
     * here (it is on start and shutdown): H2 2.3's chunk move trips its own assertion on a file this purge leaves with
     * many free chunks. Answers the blocks zeroed.
     */
    static int purge(MVStore store) {
        int retention = store.getRetentionTime();
        int versions = (int) store.getVersionsToKeep();
        store.setRetentionTime(0);
        // H2 frees no chunk still holding a page of the last few versions (5 by default): a purge that rewrote
        // the pages in fewer commits than that left the erased key's chunk in use, its bytes in the file
        store.setVersionsToKeep(0);
        try {
            int lastFill = -1;
            for (int round = 0; round < 10; round++) {
                store.compact(100, Integer.MAX_VALUE);
                store.commit();
                int fill = store.getFileStore().getChunksFillRate();
                if (fill == lastFill) {
                    break;
                }
                lastFill = fill;
            }
            store.commit();
            int[] zeroed = {0};
            store.executeFilestoreOperation(() -> {
                store.getFileStore().dropUnusedChunks(); // the chunks the last round emptied, freed now
                zeroed[0] = zero(store);
            });
            return zeroed[0];
        } finally {
            store.setVersionsToKeep(versions);
            store.setRetentionTime(retention);
        }
    }

    static int zero(MVStore store) {
        try {
            Field free = RandomAccessStore.class.getDeclaredField("freeSpace");
            free.setAccessible(true);
            Field channel = SingleFileStore.class.getDeclaredField("fileChannel");
            channel.setAccessible(true);
            FreeSpaceBitSet bits = (FreeSpaceBitSet) free.get(store.getFileStore());
            FileChannel file = (FileChannel) channel.get(store.getFileStore());
            ByteBuffer zeros = ByteBuffer.allocate(BLOCK);
            int written = 0;
            for (long pos = FIRST; pos + BLOCK <= file.size(); pos += BLOCK) {
                if (bits.isFree(pos, BLOCK)) {
                    zeros.clear();
                    while (zeros.hasRemaining()) {
                        file.write(zeros, pos + zeros.position());
                    }
                    written++;
                }
            }
            file.force(true);
            return written;
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("this H2 version does not expose its free-space map as 2.3 does: erased data may stay in freed blocks", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
