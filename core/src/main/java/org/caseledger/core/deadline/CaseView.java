package org.caseledger.core.deadline;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.RuleCode;

import java.time.LocalDate;
import java.util.Optional;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * What every phase of a case reads of the case it belongs to: which case, its stage, the day it was filed and its open
 * deadlines. Each phase's member is given a view of the rest of the case (this, and what that phase needs of other
 * phases) by the aggregate before each command; the view is never stored, so it is not part of a snapshot.
 */
public interface CaseView {

    CaseId caseId();

    CaseStage stage();

    LocalDate filedOn();

    OpenDeadlines deadlines();

    /** Today's date and the working-day calendar the command is decided with. */
    DecisionContext context();

    /**
     * 法律援助法 art. 44: before the legal-aid decision (in intake) a step is taken only as aid given first, with its reason;
     * arbitration or a suit only where fewer than 7 days remain of a limitation ({@code againstTheClock}). The reason to
     * record: null once aid is decided (none is needed).
     */
    default String aidFirst(String reason, boolean againstTheClock, LocalDate on) {
        if (stage() != CaseStage.INTAKE) {
            return null;
        }
        require(reason != null && !reason.isBlank(), RuleCode.AID_FIRST_REASON_REQUIRED,
                "aidFirstReason", null);
        if (againstTheClock) {
            Optional<LocalDate> last = deadlines().all().stream()
                    .filter(d -> d.kind() == DeadlineKind.ARBITRATION_LIMITATION)
                    .map(Deadline::dueOn).min(LocalDate::compareTo);
            require(last.isPresent() && last.get().isBefore(on.plusDays(7)),
                    RuleCode.AID_FIRST_NOT_ALLOWED, "aidFirstReason",
                    last.map(d -> "the limitation runs until " + d).orElse("no limitation is running"));
        }
        return reason.strip();
    }
}
