package org.caseledger.core.authority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.DatedCommand;

import java.time.LocalDate;
import java.util.Objects;

/** 立案: the labour inspectorate filed the case under {@code caseNo} (its lateness against the filing day is flagged, 关于实施《劳动保障监察条例》若干规定 art. 18); its investigation is due in 60 working days (劳动保障监察条例 art. 17). */
public record RecordInspectionFiled(
        @TargetAggregateIdentifier CaseId caseId,
        String caseNo,
        LocalDate occurredOn) implements DatedCommand {

    public RecordInspectionFiled {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(caseNo, "caseNo");
        org.caseledger.core.kernel.CaseRuleViolation.requireText(caseNo, "caseNo");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
