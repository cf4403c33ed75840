package org.caseledger.core.supervision;

import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.ObligorRole;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.kernel.RuleCode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/** The 一函两书 issued in a case, and whether the joint mechanism is active. */
public class Letters {

    private final Map<LetterId, Letter> letters = new LinkedHashMap<>();
    private boolean jointMechanismActive;

    public Map<LetterId, Letter> all() {
        return Collections.unmodifiableMap(letters);
    }

    public Letter letter(LetterId id) {
        Letter l = letters.get(id);
        require(l != null, RuleCode.UNKNOWN_LETTER, "letterId", "letter " + id);
        return l;
    }

    public void checkNew(LetterId id) {
        require(!letters.containsKey(id), RuleCode.DUPLICATE_LETTER, "letterId", "letter " + id);
    }

    public boolean hasIssued(LetterType type) {
        return letters.values().stream().anyMatch(l -> l.type() == type);
    }

    public boolean hasFailedOpinion() {
        return letters.values().stream().anyMatch(Letter::isFailedOpinion);
    }

    /**
     * Who a letter may go to: a 建议书 to a government department, from a union at county level or above (全总
     * 《工会劳动法律监督办法》; legal-basis §1); a 提示函 or 意见书 to an obligor of the case in its role, or to the public.
     */
    public static void checkRecipient(IssueSupervisionLetter c, Function<ObligorId, Obligor> partyOfTheCase) {
        if (c.letterType() == LetterType.RECOMMENDATION) {
            require(c.recipientKind() == RecipientKind.GOVERNMENT_DEPARTMENT && c.recipientObligorId() == null,
                    RuleCode.LETTER_RECIPIENT_NOT_ALLOWED, "recipientKind", "a 建议书 cannot go to " + c.recipientKind());
            require(c.issuer().level().isCountyOrAbove(), RuleCode.RECOMMENDATION_NEEDS_COUNTY_UNION, "issuer",
                    "issuer level " + c.issuer().level());
            return;
        }
        require(c.recipientKind() != RecipientKind.GOVERNMENT_DEPARTMENT, RuleCode.LETTER_RECIPIENT_NOT_ALLOWED,
                "recipientKind", "a " + c.letterType() + " cannot go to a government department");
        if (c.recipientKind() == RecipientKind.PUBLIC) {
            require(c.recipientObligorId() == null, RuleCode.LETTER_RECIPIENT_NOT_ALLOWED, "recipientObligorId",
                    "a public letter names no obligor");
            return;
        }
        require(c.recipientObligorId() != null, RuleCode.RECIPIENT_NOT_A_PARTY, "recipientObligorId", "name the obligor");
        Obligor recipient = partyOfTheCase.apply(c.recipientObligorId());
        boolean kindMatches = switch (c.recipientKind()) {
            case EMPLOYER -> recipient.role() == ObligorRole.EMPLOYER;
            case GENERAL_CONTRACTOR -> recipient.role() == ObligorRole.GENERAL_CONTRACTOR;
            case LABOUR_SUBCONTRACTOR -> recipient.role() == ObligorRole.LABOUR_SUBCONTRACTOR;
            default -> true;
        };
        require(kindMatches, RuleCode.RECIPIENT_NOT_A_PARTY, "recipientKind",
                recipient.obligorId() + " is " + recipient.role() + ", not " + c.recipientKind());
    }

    /** The letters go 提示函 → 意见书 → 建议书; one issued out of that order is recorded with a warning. */
    public List<CaseWarning> warningsFor(LetterType type) {
        List<CaseWarning> warnings = new ArrayList<>();
        if (type == LetterType.OPINION && !hasIssued(LetterType.REMINDER)) {
            warnings.add(CaseWarning.OPINION_WITHOUT_REMINDER);
        }
        if (type == LetterType.RECOMMENDATION && !hasFailedOpinion()) {
            warnings.add(CaseWarning.RECOMMENDATION_WITHOUT_FAILED_OPINION);
        }
        return warnings;
    }

    public boolean isJointMechanismActive() {
        return jointMechanismActive;
    }

    @EventSourcingHandler
    void on(SupervisionLetterIssued e) {
        letters.put(e.letterId(), new Letter(e.letterType(), e.occurredOn(), e.issuer().region(), e.replyDue(), Letter.Status.OPEN, null));
    }

    @EventSourcingHandler
    void on(SupervisionLetterServed e) {
        letters.computeIfPresent(e.letterId(), (id, l) -> l.servedWithReplyDue(e.replyDue()));
    }

    @EventSourcingHandler
    void on(SupervisionLetterAnswered e) {
        letters.computeIfPresent(e.letterId(), (id, l) -> l.answered(e.outcome()));
    }

    @EventSourcingHandler
    void on(SupervisionLetterReplyOverdue e) {
        letters.computeIfPresent(e.letterId(), (id, l) -> l.overdue());
    }

    @EventSourcingHandler
    void on(JointMechanismActivated e) {
        jointMechanismActive = true;
    }
}
