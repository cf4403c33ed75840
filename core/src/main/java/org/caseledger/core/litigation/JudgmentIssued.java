package org.caseledger.core.litigation;

import org.caseledger.core.kernel.Description;
import org.axonframework.serialization.Revision;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/**
 * A judgment was served; a first-instance judgment may be appealed within 15 days of each side's own service (民事诉讼法
 * art. 171): {@code appealDueOn} the workers', {@code employerAppealDueOn} the employer's (null: the same, or not known).
 * A {@code smallClaims} judgment is final at first instance and has no appeal period (民事诉讼法 art. 165).
 */
@Revision("2")
public record JudgmentIssued(
        CaseId caseId,
        String documentNo,
        CourtInstance instance,
        LocalDate appealDueOn,
        LocalDate employerAppealDueOn,
        LocalDate occurredOn,
        Boolean smallClaims) implements WageCaseEvent {

    public JudgmentIssued {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(documentNo, "documentNo");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(occurredOn, "occurredOn");
        smallClaims = smallClaims != null && smallClaims;
    }

    public JudgmentIssued(CaseId caseId, String documentNo, CourtInstance instance, LocalDate appealDueOn, LocalDate employerAppealDueOn,
                          LocalDate occurredOn) {
        this(caseId, documentNo, instance, appealDueOn, employerAppealDueOn, occurredOn, null);
    }

    /** The fields of the earlier layout: one service day for both sides. */
    public JudgmentIssued(CaseId caseId, String documentNo, CourtInstance instance, LocalDate appealDueOn, LocalDate occurredOn) {
        this(caseId, documentNo, instance, appealDueOn, null, occurredOn);
    }

    @Override
    public List<Deadline> deadlinesSet() {
        return instance == CourtInstance.FIRST && appealDueOn != null
                ? List.of(Deadline.of(DeadlineKind.APPEAL, documentNo, appealDueOn))
                : List.of();
    }

    @Override
    public Description describe() {
        return Description.step("JudgmentIssued", code(instance), text(documentNo), flag(smallClaims));
    }
}
