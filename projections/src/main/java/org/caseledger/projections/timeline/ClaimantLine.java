package org.caseledger.projections.timeline;

import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.Money;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.money.ClaimantBalance;

/**
 * One claimant's line of the case's ledger, as the case's own ledger ({@link ClaimantBalance}) has it after each event:
 * the figures are read from it, never computed again here (see {@link CaseTimeline}).
 */
public class ClaimantLine {
    public String claimantId;
    public long originalClaimedFen;
    public long claimedFen;
    public Long agreedFen;
    public Long enforceableFen;
    /** The 迟延履行利息 among the enforceable amounts. */
    public long lateInterestFen;
    public long receivedFen;
    public long disbursedFen;
    /** What the claimant is owed now: enforceable, else agreed, else claimed (legal-basis §6.5 rule 4). */
    public long targetFen;
    /** The target less what was received for him. */
    public long outstandingFen;
    /** The same by kind (wages, overtime pay, 经济补偿 …), every kind claimed or owed, in the order payments discharge them. */
    public List<KindLine> items = new ArrayList<>();

    /** One kind of the claimant's money. */
    public static class KindLine {
        public String component;
        public long claimedFen;
        public long targetFen;
        public long receivedFen;
        public long outstandingFen;
    }

    void show(ClaimantBalance b) {
        claimedFen = b.claimed().fen();
        agreedFen = b.agreed() == null ? null : b.agreed().fen();
        enforceableFen = b.hasEnforceable() ? b.enforceableTotal().fen() : null;
        lateInterestFen = b.lateInterest().fen();
        receivedFen = b.received().fen();
        disbursedFen = b.disbursed().fen();
        targetFen = b.target().fen();
        outstandingFen = b.outstanding().fen();
        Set<AmountComponent> kinds = EnumSet.noneOf(AmountComponent.class);
        kinds.addAll(b.claimedItems().keySet());
        kinds.addAll(b.targetItems().keySet());
        kinds.addAll(b.receivedItems().keySet());
        items = new ArrayList<>();
        for (AmountComponent kind : kinds) {
            KindLine k = new KindLine();
            k.component = kind.name();
            k.claimedFen = b.claimedItems().getOrDefault(kind, Money.ZERO).fen();
            k.targetFen = b.targetItems().getOrDefault(kind, Money.ZERO).fen();
            k.receivedFen = b.receivedItems().getOrDefault(kind, Money.ZERO).fen();
            k.outstandingFen = b.outstandingOf(kind).fen();
            items.add(k);
        }
    }

    ClaimantId id() {
        return ClaimantId.of(claimantId);
    }
}
