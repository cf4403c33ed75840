package org.caseledger.core.supervision;

import org.caseledger.core.kernel.DatedCommand;
import org.caseledger.core.kernel.RuleCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.require;
import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/** 发出一函两书: issue a 提示函, 意见书 or 建议书. */
public record IssueSupervisionLetter(
        @TargetAggregateIdentifier CaseId caseId,
        LetterId letterId,
        LetterType letterType,
        String documentNo,
        UnionBody issuer,
        String signer,
        RecipientKind recipientKind,
        ObligorId recipientObligorId,
        String recipientName,
        LetterSubject subject,
        String facts,
        String legalBasis,
        String demands,
        LocalDate occurredOn) implements DatedCommand {

    public IssueSupervisionLetter {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(letterType, "letterType");
        Objects.requireNonNull(documentNo, "documentNo");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(recipientKind, "recipientKind");
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(demands, "demands");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(documentNo, "documentNo");
        requireText(recipientName, "recipientName");
        checkRecipientKind(letterType, issuer, recipientKind, recipientObligorId);
    }

    /**
     * Who a letter may go to: a 建议书 to a government department, from a union at county level or above (全总
     * 《工会劳动法律监督办法》; 浙江条例 art. 23; legal-basis §1); a 提示函 or 意见书 to an obligor of the case, named, or to
     * the public. Whether the obligor named is a party in that role is the case's to check.
     */
    private static void checkRecipientKind(LetterType type, UnionBody issuer, RecipientKind kind, ObligorId obligor) {
        if (type == LetterType.RECOMMENDATION) {
            require(kind == RecipientKind.GOVERNMENT_DEPARTMENT && obligor == null, RuleCode.LETTER_RECIPIENT_NOT_ALLOWED,
                    "recipientKind", "a 建议书 cannot go to " + kind);
            require(issuer.level().isCountyOrAbove(), RuleCode.RECOMMENDATION_NEEDS_COUNTY_UNION, "issuer", "issuer level " + issuer.level());
            return;
        }
        require(kind != RecipientKind.GOVERNMENT_DEPARTMENT, RuleCode.LETTER_RECIPIENT_NOT_ALLOWED, "recipientKind",
                "a " + type + " cannot go to a government department");
        if (kind == RecipientKind.PUBLIC) {
            require(obligor == null, RuleCode.LETTER_RECIPIENT_NOT_ALLOWED, "recipientObligorId", "a public letter names no obligor");
            return;
        }
        require(obligor != null, RuleCode.RECIPIENT_NOT_A_PARTY, "recipientObligorId", "name the obligor");
    }

    /** The letter goes to an obligor of the case (not to a department or the public). */
    public boolean toAnObligor() {
        return recipientObligorId != null;
    }
}
