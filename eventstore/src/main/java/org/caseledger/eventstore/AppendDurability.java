package org.caseledger.eventstore;

/**
 * What an append waits for before it returns (and so before a command is acknowledged). On a real MongoDB the
 * write concern does this (w:majority, journaled) and this is a no-op; the embedded server needs an explicit
 * commit of its H2 file.
 */
@FunctionalInterface
public interface AppendDurability {

    AppendDurability WRITE_CONCERN = () -> { };

    /** Called after the events of a commit were written; returns once they survive a process crash. */
    void awaitDurable();
}
