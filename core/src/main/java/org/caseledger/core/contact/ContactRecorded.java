package org.caseledger.core.contact;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.PersonalText;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.SummaryArg;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A contact or note was recorded on a case. Its words are the {@code personalData} beside {@code claimantId}: sealed
 * under that worker's key (the case's own when it concerns the whole case) and gone with his erasure; who recorded it
 * is the event's metadata.
 */
public record ContactRecorded(
        CaseId caseId,
        ContactKind kind,
        ClaimantId claimantId,
        PersonalText personalData,
        int minutes,
        LocalDate occurredOn) implements WageCaseEvent {

    public ContactRecorded {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(personalData, "personalData");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return claimantId == null ? Description.step("ContactRecorded", SummaryArg.code(kind), SummaryArg.count(minutes))
                : Description.step("ContactRecordedAbout", SummaryArg.code(kind), SummaryArg.count(minutes), SummaryArg.claimant(claimantId));
    }
}
