package org.caseledger.core.authority;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.money;
import static org.caseledger.core.kernel.SummaryArg.obligor;
import static org.caseledger.core.kernel.SummaryArg.text;

/** 人社 decided to draw {@code amount} from the wage deposit of {@code obligorId} (保障农民工工资支付条例 art. 32). */
public record WageDepositDrawDecided(
        CaseId caseId,
        String authority,
        ObligorId obligorId,
        Money amount,
        LocalDate occurredOn) implements WageCaseEvent {

    public WageDepositDrawDecided {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("WageDepositDrawDecided", text(authority), obligor(obligorId), money(amount));
    }
}
