package org.caseledger.core.supervision;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.code;
import static org.caseledger.core.kernel.SummaryArg.count;

/** A supervision matter was opened: no claimants, no money; its letters go to the employers it names. */
public record SupervisionMatterOpened(
        CaseId caseId,
        UnionBody unionBody,
        SupervisionMode mode,
        LetterSubject subject,
        List<ConcernedEmployer> employers,
        String facts,
        String workOrderNo,
        LocalDate occurredOn) implements WageCaseEvent {

    public SupervisionMatterOpened {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(unionBody, "unionBody");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(subject, "subject");
        employers = List.copyOf(Objects.requireNonNull(employers, "employers"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    /** Opened in negotiation: the stage in which the union's letters go out. */
    @Override
    public CaseStage stageAfter(CaseStage current) {
        return CaseStage.NEGOTIATION;
    }

    @Override
    public Description describe() {
        return Description.step("SupervisionMatterOpened", code(mode), code(subject), count(employers.size()));
    }
}
