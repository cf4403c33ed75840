package org.caseledger.core.authority;

import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.ObligorId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * 责令支付: the labour administration ordered an obligor to pay the wages by {@code payBy} (劳动合同法 art. 85; 劳动保障
 * 监察条例 art. 26). Refusing to pay after such an order is what makes non-payment a crime (刑法 art. 276-1). {@code service}:
 * served in person, or posted because the obligor absconded (it counts as ordered, 法释〔2013〕3号 art. 4 ¶2).
 */
public record RecordOrderToPay(
        @TargetAggregateIdentifier CaseId caseId,
        ObligorId obligorId,
        String authority,
        String documentNo,
        Money amount,
        LocalDate payBy,
        LocalDate occurredOn,
        OrderService service) implements DatedCommand {

    public RecordOrderToPay {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(documentNo, "documentNo");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(payBy, "payBy");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(authority, "authority");
        requireText(documentNo, "documentNo");
        require(amount.isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "amount", null);
        require(amount.isWithinLimit(), RuleCode.AMOUNT_TOO_LARGE, "amount", null);
        require(payBy.isAfter(occurredOn), RuleCode.PAY_BY_NOT_AFTER_ORDER, "payBy", null);
        service = service == null ? OrderService.IN_PERSON : service;
    }

    public RecordOrderToPay(CaseId caseId, ObligorId obligorId, String authority, String documentNo, Money amount, LocalDate payBy,
                            LocalDate occurredOn) {
        this(caseId, obligorId, authority, documentNo, amount, payBy, occurredOn, null);
    }
}
