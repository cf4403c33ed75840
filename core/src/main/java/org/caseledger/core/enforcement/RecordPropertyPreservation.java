package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.ObligorId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * 财产保全: the court froze an obligor's property before or during the arbitration or suit (民事诉讼法 arts. 103-104;
 * 劳动争议解释(一) art. 49: a worker in economic difficulty, or facing an employer likely to abscond, posts less or no
 * security). Before any arbitration or suit, one must follow within 30 days (民事诉讼法 art. 104 ¶3); once the award or
 * judgment takes effect, enforcement within three months (解释(一) art. 49), or the court lifts it. {@code expiresOn}
 * defaults to the longest a freeze of its kind may last. {@code aidFirstReason}: before the legal-aid decision, why the
 * preservation is urgent (法律援助法 art. 44(2)).
 */
public record RecordPropertyPreservation(
        @TargetAggregateIdentifier CaseId caseId,
        FreezeId freezeId,
        ObligorId obligorId,
        String court,
        AssetKind assetKind,
        Money amount,
        LocalDate expiresOn,
        LocalDate occurredOn,
        String aidFirstReason) implements DatedCommand {

    public RecordPropertyPreservation {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(freezeId, "freezeId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(assetKind, "assetKind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(court, "court");
        require(amount.isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "amount", null);
        require(amount.isWithinLimit(), RuleCode.AMOUNT_TOO_LARGE, "amount", null);
    }

    public RecordPropertyPreservation(CaseId caseId, FreezeId freezeId, ObligorId obligorId, String court, AssetKind assetKind, Money amount,
                                      LocalDate expiresOn, LocalDate occurredOn) {
        this(caseId, freezeId, obligorId, court, assetKind, amount, expiresOn, occurredOn, null);
    }
}
