package org.caseledger.core.supervision;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.wagecase.RuleCode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.caseledger.core.wagecase.CaseRuleViolation.require;

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

    public boolean isJointMechanismActive() {
        return jointMechanismActive;
    }

    @EventSourcingHandler
    void on(SupervisionLetterIssued e) {
        letters.put(e.letterId(), new Letter(e.letterType(), e.replyDue(), Letter.Status.OPEN, null));
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
