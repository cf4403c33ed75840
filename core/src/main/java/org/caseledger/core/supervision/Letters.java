package org.caseledger.core.supervision;

import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorRole;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.InterruptionCause;
import org.caseledger.core.kernel.InterruptionSource;
import org.caseledger.core.kernel.RuleCode;

import java.time.LocalDate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * 一函两书: the supervision letters issued in a case, their service and replies, referrals and whether the joint
 * mechanism (工会+法院+检察院+人社+司法+N) is active.
 */
public class Letters {

    private final Map<LetterId, Letter> letters = new LinkedHashMap<>();
    private boolean jointMechanismActive;
    private transient SupervisionView view;

    public void bind(SupervisionView view) {
        this.view = view;
    }

    public Map<LetterId, Letter> all() {
        return Collections.unmodifiableMap(letters);
    }

    public Letter letter(LetterId id) {
        Letter l = letters.get(id);
        require(l != null, RuleCode.UNKNOWN_LETTER, "letterId", "letter " + id);
        return l;
    }

    private void checkNew(LetterId id) {
        require(!letters.containsKey(id), RuleCode.DUPLICATE_LETTER, "letterId", "letter " + id);
    }

    public boolean hasIssued(LetterType type) {
        return letters.values().stream().anyMatch(l -> l.type() == type);
    }

    public boolean hasFailedOpinion() {
        return letters.values().stream().anyMatch(Letter::isFailedOpinion);
    }

    /** A letter to an obligor goes to a party of the case in the role the letter names (the 总包 of 鲁甸, not its employer). */
    private void checkRecipientIsTheParty(IssueSupervisionLetter c) {
        if (!c.toAnObligor()) {
            return;
        }
        Obligor recipient = view.obligor(c.recipientObligorId(), "recipientObligorId");
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
    List<CaseWarning> warningsFor(LetterType type) {
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

    @CommandHandler
    void handle(IssueSupervisionLetter c, ReplyWindows windows) {
        checkNew(c.letterId());
        checkRecipientIsTheParty(c);
        List<CaseWarning> warnings = warningsFor(c.letterType());
        LocalDate replyDue = windows.replyDue(c.letterType(), c.issuer().region(), c.occurredOn(), view.context().calendar()).orElse(null);
        apply(new SupervisionLetterIssued(view.caseId(), c.letterId(), c.letterType(), c.documentNo(), c.issuer(), c.signer(),
                c.recipientKind(), c.recipientObligorId(), c.recipientName(), c.subject(), c.facts(), c.legalBasis(),
                c.demands(), replyDue, warnings, c.occurredOn()));
        if (c.recipientKind() != RecipientKind.PUBLIC) {
            // a letter to the obligor asserts the workers' right; a 建议书 asks a department for relief (劳动争议调解仲裁法 art. 27 ¶2)
            view.interruptionBy(c.letterType() == LetterType.RECOMMENDATION ? InterruptionCause.COMPLAINT_TO_AUTHORITY
                            : InterruptionCause.DEMAND_TO_OBLIGOR, List.of(), source(c.letterType()).note(c.documentNo()), c.occurredOn())
                    .ifPresent(e -> apply(e));
        }
    }

    @CommandHandler
    void handle(RecordLetterServed c, ReplyWindows windows) {
        Letter letter = letter(c.letterId());
        require(letter.status() != Letter.Status.ANSWERED, RuleCode.LETTER_ALREADY_ANSWERED, "letterId", null);
        require(!c.occurredOn().isBefore(letter.issuedOn()), RuleCode.DATE_BEFORE_FILING, "occurredOn",
                "a letter is received on or after the day it was issued, " + letter.issuedOn());
        // 浙江条例 arts. 21-22: the window runs from receipt
        LocalDate replyDue = windows.replyDue(letter.type(), letter.issuerRegion(), c.occurredOn(), view.context().calendar()).orElse(null);
        List<DeadlineClosure> replaced = view.deadlines().find(DeadlineKind.LETTER_REPLY, c.letterId()).map(d -> List.of(d.cancelled()))
                .orElse(List.of());
        apply(new SupervisionLetterServed(view.caseId(), c.letterId(), replyDue, replaced, c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordLetterReply c) {
        Letter letter = letter(c.letterId());
        require(letter.status() != Letter.Status.ANSWERED, RuleCode.LETTER_ALREADY_ANSWERED, "letterId", null);
        boolean late = letter.replyDue() != null && c.occurredOn().isAfter(letter.replyDue());
        List<DeadlineClosure> closed = view.deadlines().find(DeadlineKind.LETTER_REPLY, c.letterId())
                .map(d -> List.of(d.doneOn(c.occurredOn()))).orElse(List.of());
        apply(new SupervisionLetterAnswered(view.caseId(), c.letterId(), c.outcome(), c.summary(),
                late ? List.of(CaseWarning.REPLY_LATE) : List.of(), closed, c.occurredOn()));
    }

    /** Sent by the deadline sweeper, perhaps more than once: a letter already overdue stays as it is. */
    @CommandHandler
    void handle(MarkLetterReplyOverdue c) {
        Letter letter = letter(c.letterId());
        if (letter.status() == Letter.Status.OVERDUE) {
            return;
        }
        require(letter.status() != Letter.Status.ANSWERED, RuleCode.LETTER_ALREADY_ANSWERED, "letterId", null);
        require(letter.replyDue() != null, RuleCode.LETTER_HAS_NO_REPLY_DUE, "letterId", null);
        require(view.context().today().isAfter(letter.replyDue()), RuleCode.DEADLINE_NOT_PASSED, "letterId", "reply due " + letter.replyDue());
        List<DeadlineClosure> closed = view.deadlines().find(DeadlineKind.LETTER_REPLY, c.letterId())
                .map(d -> List.of(d.missed())).orElse(List.of());
        apply(new SupervisionLetterReplyOverdue(view.caseId(), c.letterId(), letter.replyDue(), closed, letter.replyDue().plusDays(1)));
    }

    @CommandHandler
    void handle(ActivateJointMechanism c) {
        require(!jointMechanismActive, RuleCode.JOINT_MECHANISM_ALREADY_ACTIVE, null, null);
        apply(new JointMechanismActivated(view.caseId(), c.partners(), c.occurredOn()));
    }

    /** Leads go to the procuratorate from a county-level union or above (最高检+全总 2024 通知); a referral asks for relief. */
    @CommandHandler
    void handle(ReferCase c) {
        // 劳动保障监察: the complaint is accepted and filed within 5 working days (关于实施《劳动保障监察条例》若干规定 art. 18)
        LocalDate filingDue = c.target() == ReferralTarget.LABOUR_INSPECTION
                ? view.context().calendar().plusWorkingDays(c.occurredOn(), org.caseledger.core.kernel.InspectionPeriods.FILING_WORKING_DAYS) : null;
        apply(new CaseReferred(view.caseId(), c.target(), c.referredBy(), c.reason(), c.occurredOn(), filingDue));
        view.interruptionBy(InterruptionCause.COMPLAINT_TO_AUTHORITY, List.of(), source(c.target()).note(""), c.occurredOn())
                .ifPresent(e -> apply(e));
    }

    private static InterruptionSource source(LetterType type) {
        return switch (type) {
            case REMINDER -> InterruptionSource.LETTER_REMINDER;
            case OPINION -> InterruptionSource.LETTER_OPINION;
            case RECOMMENDATION -> InterruptionSource.LETTER_RECOMMENDATION;
        };
    }

    private static InterruptionSource source(ReferralTarget target) {
        return switch (target) {
            case LABOUR_INSPECTION -> InterruptionSource.REFERRAL_TO_LABOUR_INSPECTION;
            case PROCURATORATE -> InterruptionSource.REFERRAL_TO_PROCURATORATE;
            case OTHER_DEPARTMENT -> InterruptionSource.REFERRAL_TO_OTHER_DEPARTMENT;
        };
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
