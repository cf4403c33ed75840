package org.caseledger.api.store;

import org.caseledger.api.support.Cases;
import org.caseledger.api.support.Node;

import java.util.Map;

/**
 * Run in a separate JVM by {@link KillDashNineTest}: the real service on an H2 file, filing claims as fast as
 * it can and printing "ACK <caseId>" the moment each command is acknowledged, until it is killed.
 */
public final class DurabilityProbe {

    public static void main(String[] args) {
        Node node = Node.start(Map.of("caseledger.embedded.backend", "FILE", "caseledger.embedded.data-dir", args[0]));
        System.out.println("READY");
        System.out.flush();
        for (int i = 0; ; i++) {
            String id = "K-" + i;
            node.commands().sendAndWait(Cases.file(id));
            System.out.println("ACK " + id);
            System.out.flush();
        }
    }
}
