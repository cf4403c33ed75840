package org.caseledger.core.authority;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.InspectionPeriods;
import org.caseledger.core.kernel.RuleCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * 劳动保障监察: the labour inspectorate's own road, after the union handed it the complaint (a referral to
 * LABOUR_INSPECTION): 立案 within 5 working days, the investigation within 60 (+30 when complex), the decision, the
 * application to the court to enforce it, and the decision to draw the wage deposit. All are the authority's acts:
 * recorded as they happened, a late one flagged with its article, never refused; only what makes no sense on the record
 * (an extension or a decision with no inspection filed) is.
 */
public class Inspection {

    private boolean filed;
    private int extensions;
    private transient AuthorityView view;

    public void bind(AuthorityView view) {
        this.view = view;
    }

    public boolean isFiled() {
        return filed;
    }

    @CommandHandler
    void handle(RecordInspectionFiled c) {
        List<CaseWarning> warnings = new ArrayList<>();
        List<DeadlineClosure> closed = new ArrayList<>();
        view.deadlines().find(DeadlineKind.INSPECTION_FILING, InspectionPeriods.SUBJECT).ifPresent(d -> {
            closed.add(d.doneOn(c.occurredOn()));
            if (d.isPassedOn(c.occurredOn())) {
                warnings.add(CaseWarning.INSPECTION_FILED_LATE);
            }
        });
        // a second filing restarts the investigation: the one running ends here
        view.deadlines().find(DeadlineKind.INSPECTION_INVESTIGATION, InspectionPeriods.SUBJECT).ifPresent(d -> closed.add(d.cancelled()));
        LocalDate due = view.context().calendar().plusWorkingDays(c.occurredOn(), InspectionPeriods.INVESTIGATION_WORKING_DAYS);
        apply(new InspectionFiled(view.caseId(), c.caseNo().strip(), due, closed, warnings, c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordInspectionExtension c) {
        require(filed, RuleCode.NO_INSPECTION_FILED, null, "record the inspectorate's 立案 first");
        var running = view.deadlines().find(DeadlineKind.INSPECTION_INVESTIGATION, InspectionPeriods.SUBJECT);
        require(running.isPresent(), RuleCode.NO_INSPECTION_FILED, null, "the investigation was decided already");
        LocalDate due = view.context().calendar().plusWorkingDays(running.get().dueOn(), InspectionPeriods.EXTENSION_WORKING_DAYS);
        // art. 17 allows one extension of 30 working days
        List<CaseWarning> warnings = extensions > 0 ? List.of(CaseWarning.INSPECTION_EXTENDED_AGAIN) : List.of();
        apply(new InspectionExtended(view.caseId(), due, List.of(running.get().cancelled()), warnings, c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordInspectionDecision c) {
        require(filed, RuleCode.NO_INSPECTION_FILED, null, "record the inspectorate's 立案 first");
        if (c.obligorId() != null) {
            view.obligor(c.obligorId(), "obligorId");
        }
        List<CaseWarning> warnings = new ArrayList<>();
        List<DeadlineClosure> closed = new ArrayList<>();
        view.deadlines().find(DeadlineKind.INSPECTION_INVESTIGATION, InspectionPeriods.SUBJECT).ifPresent(d -> {
            closed.add(d.doneOn(c.occurredOn()));
            if (d.isPassedOn(c.occurredOn())) {
                warnings.add(CaseWarning.INSPECTION_DECIDED_LATE);
            }
        });
        apply(new InspectionDecided(view.caseId(), c.outcome(), c.documentNo().strip(), c.obligorId(), c.amount(), closed, warnings,
                c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordInspectionEnforcementApplication c) {
        require(filed, RuleCode.NO_INSPECTION_FILED, null, "record the inspectorate's 立案 and decision first");
        apply(new InspectionEnforcementApplied(view.caseId(), c.court().strip(), c.documentNo().strip(), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordWageDepositDrawn c) {
        if (c.obligorId() != null) {
            view.obligor(c.obligorId(), "obligorId");
        }
        apply(new WageDepositDrawDecided(view.caseId(), c.authority().strip(), c.obligorId(), c.amount(), c.occurredOn()));
    }

    @EventSourcingHandler
    void on(InspectionFiled e) {
        filed = true;
    }

    @EventSourcingHandler
    void on(InspectionExtended e) {
        extensions++;
    }
}
