package org.caseledger.core.litigation;

import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.Instalment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * 文书生效: an instrument took effect, with each claimant's enforceable amounts and the performance deadline; for
 * payment in instalments, the last instalment's day too (the two years to apply run from it, 民事诉讼法 art. 250); where it
 * awards 加付赔偿金, the number of the labour administration's order to pay that was not obeyed (劳动合同法 art. 85).
 * The amounts are what the instrument states is owed; {@code amountsIncludeEarlierPayments} only where the instrument
 * counts in payments made before it (then they are deducted from its amounts, not added beside them). {@code
 * instalments}: the instrument's schedule, each claimant's instalments in the order due; the first is due on {@code
 * performanceDue} and the last on {@code lastInstalmentDue} (both taken from the schedule when left out).
 */
public record RecordInstrumentEffective(
        @TargetAggregateIdentifier CaseId caseId,
        InstrumentKind instrumentKind,
        String documentNo,
        List<EnforceableAmount> amounts,
        LocalDate performanceDue,
        LocalDate lastInstalmentDue,
        String compensationOrderNo,
        LocalDate occurredOn,
        Boolean amountsIncludeEarlierPayments,
        List<Instalment> instalments) implements DatedCommand {

    public RecordInstrumentEffective {
        amountsIncludeEarlierPayments = amountsIncludeEarlierPayments != null && amountsIncludeEarlierPayments; // left out by a client of 0.3: no
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(instrumentKind, "instrumentKind");
        Objects.requireNonNull(documentNo, "documentNo");
        amounts = List.copyOf(Objects.requireNonNull(amounts, "amounts"));
        instalments = instalments == null ? List.of()
                : instalments.stream().sorted(java.util.Comparator.comparing(Instalment::dueOn)).toList();
        for (Instalment i : instalments) {
            require(i.amount().isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "instalments", "instalment due " + i.dueOn());
            require(i.amount().isWithinLimit(), RuleCode.AMOUNT_TOO_LARGE, "instalments", "instalment due " + i.dueOn());
        }
        if (!instalments.isEmpty()) {
            LocalDate first = instalments.get(0).dueOn();
            LocalDate last = instalments.get(instalments.size() - 1).dueOn();
            require(performanceDue == null || performanceDue.equals(first), RuleCode.INSTALMENTS_NOT_AS_STATED, "performanceDue",
                    "the first instalment is due " + first);
            require(lastInstalmentDue == null || lastInstalmentDue.equals(last), RuleCode.INSTALMENTS_NOT_AS_STATED, "lastInstalmentDue",
                    "the last instalment is due " + last);
            performanceDue = first;
            lastInstalmentDue = instalments.size() > 1 ? last : lastInstalmentDue;
        }
        Objects.requireNonNull(performanceDue, "performanceDue");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(documentNo, "documentNo");
        require(!performanceDue.isBefore(occurredOn), RuleCode.PERFORMANCE_DUE_BEFORE_EFFECTIVE, "performanceDue", null);
        require(lastInstalmentDue == null || !lastInstalmentDue.isBefore(performanceDue), RuleCode.PERFORMANCE_DUE_BEFORE_EFFECTIVE,
                "lastInstalmentDue", "the last instalment falls on or after the first performance day");
    }

    /** The fields of the earlier layout; the new ones take their defaults. */
    public RecordInstrumentEffective(CaseId caseId, InstrumentKind instrumentKind, String documentNo, List<EnforceableAmount> amounts, LocalDate performanceDue, LocalDate occurredOn) {
        this(caseId, instrumentKind, documentNo, amounts, performanceDue, null, null, occurredOn, false, null);
    }

    /** With instalments or an order to pay behind 加付赔偿金; the amounts are the sum still owed. */
    public RecordInstrumentEffective(CaseId caseId, InstrumentKind instrumentKind, String documentNo, List<EnforceableAmount> amounts,
                                     LocalDate performanceDue, LocalDate lastInstalmentDue, String compensationOrderNo, LocalDate occurredOn) {
        this(caseId, instrumentKind, documentNo, amounts, performanceDue, lastInstalmentDue, compensationOrderNo, occurredOn, false, null);
    }

    public RecordInstrumentEffective(CaseId caseId, InstrumentKind instrumentKind, String documentNo, List<EnforceableAmount> amounts,
                                     LocalDate performanceDue, LocalDate lastInstalmentDue, String compensationOrderNo, LocalDate occurredOn,
                                     boolean amountsIncludeEarlierPayments) {
        this(caseId, instrumentKind, documentNo, amounts, performanceDue, lastInstalmentDue, compensationOrderNo, occurredOn,
                amountsIncludeEarlierPayments, null);
    }
}
