package org.caseledger.api.crypto;

import org.caseledger.eventstore.CaseChain;

import java.util.ArrayList;
import java.util.List;

/**
 * A Merkle tree over the heads of the cases an anchor covers. A leaf is {@code sha256("leaf\n" + case + "\n" + seq +
 * "\n" + head hash)}, a node {@code sha256("node\n" + left + right)}; an odd node at the end of a level goes up as it
 * is. The inclusion proof of a leaf is the list of siblings from the leaf to the root, each with the side it sits on.
 */
public final class MerkleTree {

    /** A sibling on the path to the root: its hash, and whether it sits to the LEFT or the RIGHT. */
    public record Step(String side, String hash) {
    }

    private MerkleTree() {
    }

    public static String leaf(String caseId, long seq, String headHash) {
        return CaseChain.sha256("leaf\n" + caseId + "\n" + seq + "\n" + headHash);
    }

    static String node(String left, String right) {
        return CaseChain.sha256("node\n" + left + right);
    }

    public static String root(List<String> leaves) {
        if (leaves.isEmpty()) {
            return CaseChain.sha256("empty");
        }
        List<String> level = leaves;
        while (level.size() > 1) {
            level = up(level);
        }
        return level.get(0);
    }

    public static List<Step> proof(List<String> leaves, int index) {
        List<Step> path = new ArrayList<>();
        List<String> level = leaves;
        int i = index;
        while (level.size() > 1) {
            int sibling = i % 2 == 0 ? i + 1 : i - 1;
            if (sibling < level.size()) {
                path.add(new Step(i % 2 == 0 ? "RIGHT" : "LEFT", level.get(sibling)));
            }
            level = up(level);
            i /= 2;
        }
        return path;
    }

    /** The root a leaf and its proof lead to: equal to the anchor's root when the leaf is in it. */
    public static String rootFrom(String leaf, List<Step> proof) {
        String hash = leaf;
        for (Step s : proof) {
            hash = "LEFT".equals(s.side()) ? node(s.hash(), hash) : node(hash, s.hash());
        }
        return hash;
    }

    private static List<String> up(List<String> level) {
        List<String> next = new ArrayList<>((level.size() + 1) / 2);
        for (int i = 0; i < level.size(); i += 2) {
            next.add(i + 1 < level.size() ? node(level.get(i), level.get(i + 1)) : level.get(i));
        }
        return next;
    }
}
