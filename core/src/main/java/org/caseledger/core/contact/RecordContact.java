package org.caseledger.core.contact;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.PersonalText;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.DatedCommand;
import org.caseledger.core.kernel.RuleCode;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * 联系记录: record a call, a visit, a message or a note on a case — about one of its workers ({@code claimantId}) or
 * the case as a whole — and the minutes it took (for the annual report of legal-aid work).
 */
public record RecordContact(
        @TargetAggregateIdentifier CaseId caseId,
        ContactKind kind,
        ClaimantId claimantId,
        String text,
        int minutes,
        LocalDate occurredOn) implements DatedCommand {

    public RecordContact {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredOn, "occurredOn");
        new PersonalText(text);
        require(minutes >= 0 && minutes <= 24 * 60, RuleCode.MINUTES_OUT_OF_RANGE, "minutes", "0 to 1440 minutes");
    }
}
