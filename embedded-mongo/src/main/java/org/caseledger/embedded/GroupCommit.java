package org.caseledger.embedded;


import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes appends durable with as few store commits as possible: an append takes a ticket after its write, then
 * waits for a commit that started after its ticket. Appends that arrive while a commit runs are covered together
 * by the next one (group commit), so concurrent commands share the cost of one file commit.
 */
public final class GroupCommit {

    private final Runnable commit;
    private final AtomicLong requested = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private long committed; // guarded by lock

    public GroupCommit(Runnable commit) {
        this.commit = commit;
    }

    /** Returns once a commit that began after this call's write has finished. */
    public void awaitDurable() {
        long ticket = requested.incrementAndGet();
        lock.lock();
        try {
            if (committed >= ticket) {
                return; // a commit that began after our write already covered it
            }
            long covering = requested.get();
            commit.run();
            commits.incrementAndGet();
            committed = covering;
        } finally {
            lock.unlock();
        }
    }

    /** Commits now, e.g. from a timer, so writes other than appends (tokens, read models) reach the file too. */
    public void commitNow() {
        lock.lock();
        try {
            long covering = requested.get();
            commit.run();
            commits.incrementAndGet();
            committed = Math.max(committed, covering);
        } finally {
            lock.unlock();
        }
    }

    /** Appends that asked for durability so far. */
    public long appends() {
        return requested.get();
    }

    /** File commits made so far. */
    public long commits() {
        return commits.get();
    }
}
