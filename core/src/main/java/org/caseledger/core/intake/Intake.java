package org.caseledger.core.intake;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.lifecycle.CaseClosed;
import org.caseledger.core.lifecycle.CaseReopened;
import org.caseledger.core.lifecycle.CloseReason;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * 受理: the claim as filed (the union body handling it, the day), the legal-aid decision and the officer assigned
 * (法律援助法 art. 43), the claimants who join later, and whose personal data was erased.
 */
public class Intake {

    private LocalDate filedOn;
    private UnionBody unionBody;
    private LocalDate aidDecidedOn;
    private boolean aidGranted;
    private boolean officerAssigned;
    private final Set<ClaimantId> erased = new HashSet<>();
    private transient IntakeView view;

    public void bind(IntakeView view) {
        this.view = view;
    }

    public LocalDate filedOn() {
        return filedOn;
    }

    public UnionBody unionBody() {
        return unionBody;
    }

    @CommandHandler
    void handle(AddClaimant c) {
        view.checkNewClaimants(List.of(c.claimant()));
        List<Deadline> moved = view.arbitrationLimitationWithNewClaimant();
        List<DeadlineClosure> replaced = moved.isEmpty() ? List.of()
                : view.deadlines().find(DeadlineKind.ARBITRATION_LIMITATION, view.caseId()).map(d -> List.of(d.cancelled())).orElse(List.of());
        apply(new ClaimantAdded(view.caseId(), c.claimant(), replaced, moved, c.occurredOn()));
    }

    /** A worker list added at once: every newcomer checked against the case and each other first, then one event each. */
    @CommandHandler
    void handle(AddClaimants c) {
        view.checkNewClaimants(c.claimants());
        for (NewClaimant claimant : c.claimants()) {
            handle(new AddClaimant(c.caseId(), claimant, c.occurredOn()));
        }
    }

    @CommandHandler
    void handle(GrantLegalAid c) {
        checkUndecided();
        // 法律援助法 art. 43: decided within 7 days of the application
        List<CaseWarning> warnings = c.occurredOn().isAfter(filedOn.plusDays(7)) ? List.of(CaseWarning.LEGAL_AID_DECISION_LATE) : List.of();
        apply(new LegalAidGranted(view.caseId(), warnings, view.deadlines().doneOn(c.occurredOn(), DeadlineKind.LEGAL_AID_DECISION), c.occurredOn()));
    }

    /** A refusal closes the case in intake: the applicant may object (法律援助法 art. 49), and the case is then reopened. */
    @CommandHandler
    void handle(RefuseLegalAid c) {
        checkUndecided();
        apply(new LegalAidRefused(view.caseId(), c.reason(), view.deadlines().doneOn(c.occurredOn(), DeadlineKind.LEGAL_AID_DECISION),
                c.occurredOn()));
        apply(new CaseClosed(view.caseId(), CloseReason.REFUSED, c.reason(), view.stage(), view.deadlines().cancelAll(), c.occurredOn()));
    }

    @CommandHandler
    void handle(AssignLegalOfficer c) {
        require(aidGranted, RuleCode.LEGAL_AID_NOT_GRANTED, null, null);
        // 法律援助法 art. 43: assigned within 3 days of the decision
        List<CaseWarning> warnings = !officerAssigned && c.occurredOn().isAfter(aidDecidedOn.plusDays(3))
                ? List.of(CaseWarning.OFFICER_ASSIGNMENT_LATE) : List.of();
        apply(new LegalOfficerAssigned(view.caseId(), c.officerId(), c.officerName(), warnings,
                view.deadlines().doneOn(c.occurredOn(), DeadlineKind.OFFICER_ASSIGNMENT), c.occurredOn()));
    }

    /** Allowed in every stage, a closed case too: the right to erasure outlives the case (个人信息保护法 art. 47). */
    @CommandHandler
    void handle(EraseClaimantPersonalData c) {
        view.checkClaimant(c.claimantId());
        require(!erased.contains(c.claimantId()), RuleCode.PERSONAL_DATA_ALREADY_ERASED, "claimantId", "claimant " + c.claimantId());
        apply(new ClaimantPersonalDataErased(view.caseId(), c.claimantId(), c.reason(), c.occurredOn()));
    }

    /** Whether the claimant's personal data was erased. */
    public boolean isErased(ClaimantId claimant) {
        return erased.contains(claimant);
    }

    /** 更正: the claimant's data as filed was wrong; corrected by an event, never in place (an erased person stays erased). */
    @CommandHandler
    void handle(CorrectClaimantPersonalData c) {
        view.checkClaimant(c.claimantId());
        require(!erased.contains(c.claimantId()), RuleCode.PERSONAL_DATA_ALREADY_ERASED, "claimantId", "claimant " + c.claimantId());
        apply(new ClaimantPersonalDataCorrected(view.caseId(), c.claimantId(), c.personalData(), c.reason().strip(), c.occurredOn()));
    }

    private void checkUndecided() {
        require(aidDecidedOn == null, RuleCode.LEGAL_AID_ALREADY_DECIDED, null, "decided on " + aidDecidedOn);
    }

    @EventSourcingHandler
    void on(WageClaimFiled e) {
        filedOn = e.occurredOn();
        unionBody = e.unionBody();
    }

    /** A supervision matter is taken in like a claim: its day and its body (a fold across phases, see CorePackagesTest). */
    @EventSourcingHandler
    void on(org.caseledger.core.supervision.SupervisionMatterOpened e) {
        filedOn = e.occurredOn();
        unionBody = e.unionBody();
    }

    @EventSourcingHandler
    void on(LegalAidGranted e) {
        aidDecidedOn = e.occurredOn();
        aidGranted = true;
    }

    @EventSourcingHandler
    void on(LegalAidRefused e) {
        aidDecidedOn = e.occurredOn();
        aidGranted = false;
    }

    @EventSourcingHandler
    void on(LegalOfficerAssigned e) {
        officerAssigned = true;
    }

    @EventSourcingHandler
    void on(ClaimantPersonalDataErased e) {
        erased.add(e.claimantId());
    }

    /** Reopened after a refusal: the objection succeeded (法律援助法 art. 49), so aid is decided again. */
    @EventSourcingHandler
    void on(CaseReopened e) {
        if (aidDecidedOn != null && !aidGranted) {
            aidDecidedOn = null;
        }
    }
}
