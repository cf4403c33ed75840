package org.caseledger.api.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.caseledger.api.crypto.MerkleTree;
import org.caseledger.api.crypto.TrustedKeys;
import org.caseledger.eventstore.CaseChain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The anchors' own log, checked before an anchor is built on it: each anchor signed by a trusted key in its period, its
 * hash as recomputed, numbered from 1 without a gap, linking to the one before; and, for a case, the leaf of the latest
 * anchor that holds it, the anchor's kept leaves leading to its signed root. What does not hold throws
 * {@link Anchors.LogBroken} naming it.
 */
final class AnchorLog {

    private final MongoCollection<Document> anchors;
    private final Function<Anchors.Statement, TrustedKeys.Verdict> verdict;
    private final Consumer<String> found;

    AnchorLog(MongoCollection<Document> anchors, Function<Anchors.Statement, TrustedKeys.Verdict> verdict, Consumer<String> found) {
        this.anchors = anchors;
        this.verdict = verdict;
        this.found = found;
    }

    /** The log, checked: its statements in order and the cases' anchored leaves. */
    final class Checked {
        private final List<Anchors.Statement> log;
        private final Map<Long, Anchors.Statement> byNumber = new HashMap<>();
        /** Anchors whose kept leaves were found to lead to their signed root in this run (read once each). */
        private final Set<Long> rootsChecked = new HashSet<>();

        private Checked(List<Anchors.Statement> log) {
            this.log = log;
            log.forEach(s -> byNumber.put(s.number(), s));
        }

        Anchors.Statement last() {
            return log.isEmpty() ? null : log.get(log.size() - 1);
        }

        /** The case's leaf in the latest anchor of the log that holds it. */
        Optional<Anchors.Leaf> lastLeafOf(String caseId) {
            List<Document> holding = new ArrayList<>();
            anchors.find(Filters.eq("leaves.caseId", caseId)).forEach(holding::add);
            holding.sort(java.util.Comparator.comparingLong(d -> -((Number) d.get("_id")).longValue()));
            for (Document d : holding) {
                Anchors.Statement st = byNumber.get(((Number) d.get("_id")).longValue());
                if (st == null) {
                    continue;
                }
                List<Document> leafDocs = d.getList("leaves", Document.class);
                if (rootsChecked.add(st.number())) {
                    List<String> hashes = leafDocs.stream().map(l -> MerkleTree.leaf(l.getString("caseId"), ((Number) l.get("seq")).longValue(),
                            l.getString("hash"))).toList();
                    if (!MerkleTree.root(hashes).equals(st.merkleRoot())) {
                        throw broken("the leaves kept with anchor " + st.number() + " do not lead to its signed root");
                    }
                }
                for (Document l : leafDocs) {
                    if (caseId.equals(l.getString("caseId"))) {
                        return Optional.of(new Anchors.Leaf(caseId, ((Number) l.get("seq")).longValue(), l.getString("hash")));
                    }
                }
            }
            return Optional.empty();
        }
    }

    Checked check() {
        List<Anchors.Statement> log = new ArrayList<>();
        for (Document d : anchors.find().projection(Projections.exclude("leaves"))) {
            log.add(Anchors.fromDocument(d));
        }
        log.sort(java.util.Comparator.comparingLong(Anchors.Statement::number));
        String previous = CaseChain.GENESIS;
        long expected = 1;
        for (Anchors.Statement s : log) {
            String problem = s.number() != expected ? "anchor " + expected + " is missing"
                    : verdict.apply(s) != TrustedKeys.Verdict.TRUSTED ? "anchor " + s.number() + " is not signed by a trusted key: forged"
                    : !s.computedAnchorHash().equals(s.anchorHash()) ? "anchor " + s.number() + " was altered (its hash does not match)"
                    : !previous.equals(s.previousAnchorHash()) ? "anchor " + s.number() + " does not link to anchor " + (s.number() - 1)
                    : null;
            if (problem != null) {
                throw broken(problem);
            }
            previous = s.anchorHash();
            expected++;
        }
        found.accept(null);
        return new Checked(log);
    }

    private Anchors.LogBroken broken(String problem) {
        found.accept(problem);
        return new Anchors.LogBroken(problem);
    }
}
