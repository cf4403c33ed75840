package org.caseledger.core.authority;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** The labour administration ordered the obligor to pay by {@code payBy}, served in person or posted ({@code service}). */
public record OrderToPayIssued(
        CaseId caseId,
        ObligorId obligorId,
        String authority,
        String documentNo,
        Money amount,
        LocalDate payBy,
        LocalDate occurredOn,
        OrderService service) implements WageCaseEvent {

    public OrderToPayIssued {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(documentNo, "documentNo");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(payBy, "payBy");
        Objects.requireNonNull(occurredOn, "occurredOn");
        service = service == null ? OrderService.IN_PERSON : service;
    }

    public OrderToPayIssued(CaseId caseId, ObligorId obligorId, String authority, String documentNo, Money amount, LocalDate payBy,
                            LocalDate occurredOn) {
        this(caseId, obligorId, authority, documentNo, amount, payBy, occurredOn, null);
    }

    @Override
    public List<Deadline> deadlinesSet() {
        return List.of(Deadline.of(DeadlineKind.ORDER_TO_PAY, documentNo, payBy));
    }

    @Override
    public Description describe() {
        return Description.step("OrderToPayIssued", text(authority), obligor(obligorId), money(amount), day(payBy), text(documentNo),
                code(service));
    }
}
