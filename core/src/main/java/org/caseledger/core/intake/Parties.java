package org.caseledger.core.intake;

import org.caseledger.core.kernel.LiabilityKind;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.ObligorRole;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.enforcement.JudgmentDebtorAdded;
import org.caseledger.core.kernel.RuleCode;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.caseledger.core.kernel.CaseRuleViolation.require;

/** The obligors of a case (义务人): those named in the claim and those later added as judgment debtors. */
public class Parties {

    private final Map<ObligorId, Obligor> obligors = new LinkedHashMap<>();
    private transient IntakeView view;

    public void bind(IntakeView view) {
        this.view = view;
    }

    public Map<ObligorId, Obligor> obligors() {
        return Collections.unmodifiableMap(obligors);
    }

    public Obligor obligor(ObligorId id, String field) {
        Obligor o = obligors.get(id);
        require(o != null, RuleCode.UNKNOWN_OBLIGOR, field, "obligor " + id);
        return o;
    }

    public boolean isParty(ObligorId id) {
        return obligors.containsKey(id);
    }

    /** The obligors of a new claim: at least one, distinct ids, none claiming to be an added debtor already. */
    public static void checkNamedInClaim(List<Obligor> named) {
        require(!named.isEmpty(), RuleCode.NO_OBLIGORS, "obligors", null);
        Set<ObligorId> seen = new HashSet<>();
        for (Obligor o : named) {
            require(seen.add(o.obligorId()), RuleCode.DUPLICATE_OBLIGOR, "obligors", "obligor " + o.obligorId());
            require(o.role() != ObligorRole.ADDED_JUDGMENT_DEBTOR, RuleCode.WRONG_STAGE, "obligors",
                    "a judgment debtor is added during enforcement, not named in the claim");
            checkLiability(o.liability(), o.liabilityCap(), "obligors");
        }
    }

    /**
     * A cap belongs to a capped liability only, and is a positive amount within the limit; a capped obligor may be
     * recorded before its cap is known (the 建设单位's unsettled project funds are often established later).
     */
    public static void checkLiability(LiabilityKind kind, Money cap, String field) {
        if (cap != null) {
            require(kind.hasCap(), RuleCode.LIABILITY_CAP_WITHOUT_CAPPED_LIABILITY, field, kind + " liability has no cap");
            require(cap.isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, field, "liability cap " + cap);
            require(cap.isWithinLimit(), RuleCode.AMOUNT_TOO_LARGE, field, "liability cap " + cap);
        }
    }

    /** The obligors liable for the whole debt before anyone else: those whose liability is primary. */
    public boolean hasPrimaryObligor() {
        return obligors.values().stream().anyMatch(o -> o.liability() == LiabilityKind.PRIMARY);
    }

    public void checkNewObligor(ObligorId id) {
        require(!obligors.containsKey(id), RuleCode.DUPLICATE_OBLIGOR, "obligorId", "obligor " + id + " is already a party");
    }

    /** How an obligor answers for the wages, and up to what (保障农民工工资支付条例 arts. 19, 29-30; 劳动合同法 art. 92). */
    @CommandHandler
    void handle(RecordObligorLiability c) {
        obligor(c.obligorId(), "obligorId");
        view.checkCapCoversPaid(c.obligorId(), c.liabilityCap());
        apply(new ObligorLiabilityRecorded(view.caseId(), c.obligorId(), c.liability(), c.liabilityCap(), c.basis(), c.occurredOn(), c.ground()));
    }

    @EventSourcingHandler
    void on(WageClaimFiled e) {
        e.obligors().forEach(o -> obligors.put(o.obligorId(), o));
    }

    /** The employers a supervision matter concerns are its parties: its letters name them. */
    @EventSourcingHandler
    void on(org.caseledger.core.supervision.SupervisionMatterOpened e) {
        e.employers().forEach(m -> obligors.put(m.obligorId(), new Obligor(m.obligorId(), m.name(), org.caseledger.core.kernel.ObligorRole.EMPLOYER, null, null, m.creditCode())));
    }

    @EventSourcingHandler
    void on(JudgmentDebtorAdded e) {
        obligors.put(e.obligorId(), addedDebtor(e));
    }

    @EventSourcingHandler
    void on(ObligorLiabilityRecorded e) {
        obligors.computeIfPresent(e.obligorId(), (id, o) -> o.withLiability(e.liability(), e.liabilityCap()));
    }

    /** An added judgment debtor as a party: capped where its ground caps it, else liable for the whole debt. */
    public static Obligor addedDebtor(JudgmentDebtorAdded e) {
        return new Obligor(e.obligorId(), e.name(), ObligorRole.ADDED_JUDGMENT_DEBTOR,
                e.liabilityCap() == null ? LiabilityKind.JOINT : LiabilityKind.CAPPED, e.liabilityCap());
    }
}
