package org.caseledger.core.intake;

import org.caseledger.core.kernel.LiabilityGround;
import org.caseledger.core.kernel.RuleCode;
import static org.caseledger.core.kernel.CaseRuleViolation.require;

import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.LiabilityKind;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.ObligorId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * 登记清偿责任: how an obligor answers for the wages (joint, pay-first, capped, supplementary) and, for a capped one, its
 * cap, e.g. the 建设单位's project funds still unsettled once the accounts are known (保障农民工工资支付条例 art. 29 ¶2).
 * {@code basis} says where the liability comes from (an article, a contract, a finding); {@code ground}, when it is one
 * the law names, gives the liability (which may then be left out; given, it must be the ground's).
 */
public record RecordObligorLiability(
        @TargetAggregateIdentifier CaseId caseId,
        ObligorId obligorId,
        LiabilityKind liability,
        Money liabilityCap,
        String basis,
        LocalDate occurredOn,
        LiabilityGround ground) implements DatedCommand {

    public RecordObligorLiability {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(obligorId, "obligorId");
        if (liability == null && ground != null) {
            liability = ground.liability();
        }
        Objects.requireNonNull(liability, "liability");
        require(ground == null || ground.liability() == liability, RuleCode.LIABILITY_NOT_AS_GROUND, "liability",
                ground + " gives " + (ground == null ? null : ground.liability()));
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(basis, "basis");
        Parties.checkLiability(liability, liabilityCap, "liabilityCap");
    }

    public RecordObligorLiability(CaseId caseId, ObligorId obligorId, LiabilityKind liability, Money liabilityCap, String basis,
                                  LocalDate occurredOn) {
        this(caseId, obligorId, liability, liabilityCap, basis, occurredOn, null);
    }
}
