package org.caseledger.core.litigation;

import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.Description;
import org.axonframework.serialization.Revision;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.Instalment;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/**
 * An enforceable instrument took effect; enforcement may be applied for within 2 years of its performance deadline.
 * {@code amountsIncludeEarlierPayments}: false when its amounts are the sum still owed, so what the workers received
 * before is not deducted from them again; stored before 0.4 without it, and read as true, as it was then. {@code
 * instalments}: its schedule, each due on its own day (none: all due on {@code performanceDue}, or, as stored before 0.4
 * with a {@code lastInstalmentDue}, read as due on that last day).
 */
@Revision("2")
public record InstrumentBecameEffective(
        CaseId caseId,
        InstrumentKind instrumentKind,
        String documentNo,
        List<EnforceableAmount> amounts,
        LocalDate performanceDue,
        List<DeadlineClosure> deadlinesClosed,
        LocalDate lastInstalmentDue,
        String compensationOrderNo,
        LocalDate enforcementDueOn,
        List<CaseWarning> warnings,
        LocalDate preservationEnforcementDueOn,
        LocalDate occurredOn,
        Boolean amountsIncludeEarlierPayments,
        List<Instalment> instalments) implements WageCaseEvent {

    public InstrumentBecameEffective {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(instrumentKind, "instrumentKind");
        Objects.requireNonNull(documentNo, "documentNo");
        amounts = List.copyOf(Objects.requireNonNull(amounts, "amounts"));
        Objects.requireNonNull(performanceDue, "performanceDue");
        deadlinesClosed = List.copyOf(Objects.requireNonNull(deadlinesClosed, "deadlinesClosed"));
        Objects.requireNonNull(enforcementDueOn, "enforcementDueOn");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        Objects.requireNonNull(occurredOn, "occurredOn");
        amountsIncludeEarlierPayments = amountsIncludeEarlierPayments == null || amountsIncludeEarlierPayments;
        instalments = instalments == null ? List.of() : List.copyOf(instalments);
    }

    public InstrumentBecameEffective(CaseId caseId, InstrumentKind instrumentKind, String documentNo, List<EnforceableAmount> amounts,
                                     LocalDate performanceDue, List<DeadlineClosure> deadlinesClosed, LocalDate lastInstalmentDue,
                                     String compensationOrderNo, LocalDate enforcementDueOn, List<CaseWarning> warnings,
                                     LocalDate preservationEnforcementDueOn, LocalDate occurredOn, Boolean amountsIncludeEarlierPayments) {
        this(caseId, instrumentKind, documentNo, amounts, performanceDue, deadlinesClosed, lastInstalmentDue, compensationOrderNo,
                enforcementDueOn, warnings, preservationEnforcementDueOn, occurredOn, amountsIncludeEarlierPayments, null);
    }

    /** The key of the deadline of the instalments due on a later day than the first (the first is the performance day's). */
    public static String instalmentSubject(String documentNo, LocalDate dueOn) {
        return documentNo + "@" + dueOn;
    }

    /** Amounts that are the sum still owed. */
    public InstrumentBecameEffective(CaseId caseId, InstrumentKind instrumentKind, String documentNo, List<EnforceableAmount> amounts,
                                     LocalDate performanceDue, List<DeadlineClosure> deadlinesClosed, LocalDate lastInstalmentDue,
                                     String compensationOrderNo, LocalDate enforcementDueOn, List<CaseWarning> warnings,
                                     LocalDate preservationEnforcementDueOn, LocalDate occurredOn) {
        this(caseId, instrumentKind, documentNo, amounts, performanceDue, deadlinesClosed, lastInstalmentDue, compensationOrderNo,
                enforcementDueOn, warnings, preservationEnforcementDueOn, occurredOn, false);
    }

    /** Without property preserved; amounts that are the sum still owed. */
    public InstrumentBecameEffective(CaseId caseId, InstrumentKind instrumentKind, String documentNo, List<EnforceableAmount> amounts,
                                     LocalDate performanceDue, List<DeadlineClosure> deadlinesClosed, LocalDate lastInstalmentDue,
                                     String compensationOrderNo, LocalDate enforcementDueOn, List<CaseWarning> warnings, LocalDate occurredOn) {
        this(caseId, instrumentKind, documentNo, amounts, performanceDue, deadlinesClosed, lastInstalmentDue, compensationOrderNo,
                enforcementDueOn, warnings, null, occurredOn);
    }

    @Override
    public List<Deadline> deadlinesSet() {
        List<Deadline> set = new java.util.ArrayList<>(List.of(Deadline.of(DeadlineKind.PERFORMANCE, documentNo, performanceDue),
                Deadline.of(DeadlineKind.ENFORCEMENT_APPLICATION, documentNo, enforcementDueOn)));
        // each later instalment day is a day to perform by
        instalments.stream().map(Instalment::dueOn).filter(d -> d.isAfter(performanceDue)).distinct()
                .forEach(d -> set.add(Deadline.of(DeadlineKind.INSTALMENT, instalmentSubject(documentNo, d), d)));
        // 劳动争议解释(一) art. 49: with property preserved, enforcement within three months, or the court lifts it
        if (preservationEnforcementDueOn != null) {
            set.add(Deadline.of(DeadlineKind.ENFORCEMENT_AFTER_PRESERVATION, documentNo, preservationEnforcementDueOn));
        }
        return set;
    }

    @Override
    public Description describe() {
        return Description.step("InstrumentBecameEffective", code(instrumentKind), text(documentNo), day(performanceDue),
                money(Money.sum(amounts.stream().map(EnforceableAmount::amount).toList())));
    }
}
