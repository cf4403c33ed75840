package org.caseledger.core.litigation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 文书生效: an instrument took effect, with each claimant's enforceable amounts and the performance deadline; for
 * payment in instalments, the last instalment's day too (the two years to apply run from it, 民事诉讼法 art. 250); where it
 * awards 加付赔偿金, the number of the labour administration's order to pay that was not obeyed (劳动合同法 art. 85).
 */
public record RecordInstrumentEffective(
        @TargetAggregateIdentifier CaseId caseId,
        InstrumentKind instrumentKind,
        String documentNo,
        List<EnforceableAmount> amounts,
        LocalDate performanceDue,
        LocalDate lastInstalmentDue,
        String compensationOrderNo,
        LocalDate occurredOn) {

    public RecordInstrumentEffective {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(instrumentKind, "instrumentKind");
        Objects.requireNonNull(documentNo, "documentNo");
        amounts = List.copyOf(Objects.requireNonNull(amounts, "amounts"));
        Objects.requireNonNull(performanceDue, "performanceDue");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    /** The fields of the earlier layout; the new ones take their defaults. */
    public RecordInstrumentEffective(CaseId caseId, InstrumentKind instrumentKind, String documentNo, List<EnforceableAmount> amounts, LocalDate performanceDue, LocalDate occurredOn) {
        this(caseId, instrumentKind, documentNo, amounts, performanceDue, null, null, occurredOn);
    }

}
