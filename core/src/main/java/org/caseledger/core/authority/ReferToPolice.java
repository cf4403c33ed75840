package org.caseledger.core.authority;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.ObligorId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/**
 * 移送公安: the suspected crime of refusing to pay wages (拒不支付劳动报酬罪, 刑法 art. 276-1) was referred to the police
 * by {@code referredBy} (人社, 人社部发〔2014〕100号; 保障农民工工资支付条例 art. 41 ¶2).
 */
public record ReferToPolice(
        @TargetAggregateIdentifier CaseId caseId,
        ObligorId obligorId,
        String referredBy,
        LocalDate occurredOn) implements DatedCommand {

    public ReferToPolice {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(referredBy, "referredBy");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(referredBy, "referredBy");
    }
}
