package org.caseledger.core.wagecase;

import org.caseledger.core.authority.RecordPoliceDecision;
import org.caseledger.core.enforcement.ApplyForEnforcement;
import org.caseledger.core.enforcement.FreezeId;
import org.caseledger.core.enforcement.LiftFreeze;
import org.caseledger.core.enforcement.RenewFreeze;
import org.caseledger.core.enforcement.ResumeEnforcement;
import org.caseledger.core.kernel.EnforcementState;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.limitation.EndLimitationSuspension;
import org.caseledger.core.limitation.LimitationKind;
import org.caseledger.core.limitation.RecordLimitationInterruption;
import org.caseledger.core.limitation.RecordLimitationSuspension;
import org.caseledger.core.litigation.RecordAppeal;
import org.caseledger.core.litigation.RecordCourtMediation;
import org.caseledger.core.litigation.RecordInstrumentEffective;
import org.caseledger.core.litigation.RecordJudgment;
import org.caseledger.core.litigation.RecordPaymentOrderIssued;
import org.caseledger.core.litigation.RecordSetAsideApplication;
import org.caseledger.core.litigation.RecordSetAsideRuling;
import org.caseledger.core.money.AllocatePayment;
import org.caseledger.core.money.PaymentId;
import org.caseledger.core.money.RefundUnallocatedFunds;
import org.caseledger.core.negotiation.ApplyForJudicialConfirmation;
import org.caseledger.core.negotiation.MarkPaymentPromiseBroken;
import org.caseledger.core.negotiation.Promise;
import org.caseledger.core.negotiation.RecordJudicialConfirmationRefused;
import org.caseledger.core.supervision.Letter;
import org.caseledger.core.supervision.MarkLetterReplyOverdue;
import org.caseledger.core.supervision.RecordLetterReply;
import org.caseledger.core.supervision.RecordLetterServed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The commands a case allows now, for an officer's next steps, asked of the case itself: its stage against the table
 * it checks ({@link CommandStages}), a round of enforcement going on for a measure, and the facts a command needs to
 * exist (a 司法确认 or a set-aside awaiting the court, a suit going on, an instrument not yet enforced, an open promise, a
 * letter awaiting its reply, a freeze not lifted, a payment with a rest, a referral awaiting the police). Amounts and
 * days are checked when the command is sent.
 */
public final class NextSteps {

    /** A command the case allows, and for the one existing thing it acts on (a promise, a letter...), the ids it may take. */
    public record Step(Class<?> command, Map<String, List<String>> choices) {
    }

    /** What a command needs of the case besides its stage. */
    private static final Map<Class<?>, Predicate<WageCase>> FITS = Map.ofEntries(
            // a worker list and an attachment are files, sent by the page's upload forms, not next-step forms
            Map.entry(org.caseledger.core.intake.AddClaimants.class, c -> false),
            Map.entry(org.caseledger.core.contact.AttachDocument.class, c -> false),
            Map.entry(RecordLimitationInterruption.class, c -> running(c)),
            Map.entry(RecordLimitationSuspension.class, c -> running(c) && !c.limitations().isSuspended()),
            Map.entry(EndLimitationSuspension.class, c -> c.limitations().isSuspended()),
            Map.entry(RecordJudicialConfirmationRefused.class, c -> c.instruments().isJudicialConfirmationPending()),
            // 司法确认 ends a mediation; in enforcement, an instrument of the suing workers' own (劳动争议解释(一) art. 17)
            Map.entry(RecordInstrumentEffective.class, c -> c.stage() == CaseStage.NEGOTIATION ? c.instruments().isJudicialConfirmationPending()
                    : suitGoesOnBesideEnforcement(c)),
            Map.entry(RecordCourtMediation.class, NextSteps::suitGoesOnBesideEnforcement),
            Map.entry(RecordJudgment.class, NextSteps::suitGoesOnBesideEnforcement),
            Map.entry(RecordAppeal.class, NextSteps::suitGoesOnBesideEnforcement),
            Map.entry(ApplyForEnforcement.class, c -> switch (c.stage()) {
                case NEGOTIATION -> c.instruments().hasEffectiveInstrument();
                case ENFORCEMENT -> c.instruments().numbers().stream()
                        .anyMatch(no -> !c.enforcement().isEnforced(no, no.equals(c.instruments().latestNo())));
                default -> true;
            }),
            // a round ended by a settlement or by 终本 is resumed; one going on is not
            Map.entry(ResumeEnforcement.class, c -> c.enforcement().state() == EnforcementState.SETTLED
                    || c.enforcement().state() == EnforcementState.ROUND_TERMINATED),
            Map.entry(RecordPaymentOrderIssued.class, c -> c.paymentOrder().awaitsOrder()),
            Map.entry(org.caseledger.core.enforcement.SuspendEnforcement.class, c -> c.suspension().suspendedFor() == null),
            Map.entry(org.caseledger.core.enforcement.EndEnforcementSuspension.class, c -> c.suspension().suspendedFor() != null),
            // 劳动争议解释(一) art. 24: the court refuses to enforce an award or an arbitral mediation statement
            Map.entry(org.caseledger.core.litigation.RecordNonEnforcementRuling.class, c -> c.instruments().latestKind() == org.caseledger.core.litigation.InstrumentKind.ARBITRAL_AWARD
                    || c.instruments().latestKind() == org.caseledger.core.litigation.InstrumentKind.ARBITRAL_MEDIATION),
            Map.entry(RecordSetAsideApplication.class, c -> c.arbitration().hasAward() && !c.arbitration().isSetAsidePending()),
            Map.entry(RecordSetAsideRuling.class, c -> c.arbitration().isSetAsidePending()),
            Map.entry(RecordPoliceDecision.class, c -> c.authorities().hasReferral()));

    /** The existing things a command acts on, by the name of its field: what it may choose from. */
    private static final Map<Class<?>, Map.Entry<String, Function<WageCase, List<String>>>> CHOICES = Map.ofEntries(
            // 司法确认 confirms an agreement, kept or not (民事诉讼法 art. 205)
            choice(ApplyForJudicialConfirmation.class, "promiseId", c -> promises(c, p -> p.fromMediationAgreement())),
            choice(MarkPaymentPromiseBroken.class, "promiseId", c -> promises(c, p -> p.status() == Promise.Status.OPEN)),
            choice(RecordLetterServed.class, "letterId", c -> letters(c, l -> l.status() != Letter.Status.ANSWERED)),
            choice(RecordLetterReply.class, "letterId", c -> letters(c, l -> l.status() != Letter.Status.ANSWERED)),
            // only a letter with a reply due can go overdue
            choice(MarkLetterReplyOverdue.class, "letterId", c -> letters(c, l -> l.status() == Letter.Status.OPEN && l.replyDue() != null)),
            // 更正: a claimant whose data is still there (an erased one is not corrected)
            choice(org.caseledger.core.intake.CorrectClaimantPersonalData.class, "claimantId", c -> c.ledger().claimants().keySet().stream()
                    .filter(id -> !c.intake().isErased(id)).map(org.caseledger.core.kernel.ClaimantId::value).sorted().toList()),
            choice(RenewFreeze.class, "freezeId", c -> c.freezes().notLifted().stream().map(FreezeId::value).toList()),
            choice(LiftFreeze.class, "freezeId", c -> c.freezes().notLifted().stream().map(FreezeId::value).toList()),
            choice(AllocatePayment.class, "paymentId", c -> c.ledger().paymentsWithRest().stream().map(PaymentId::value).toList()),
            choice(RefundUnallocatedFunds.class, "paymentId", c -> c.ledger().paymentsWithRest().stream().map(PaymentId::value).toList()));

    private NextSteps() {
    }

    /** Every command the case allows now, in the order of {@link CommandStages}; one acting on nothing that exists is left out. */
    public static List<Step> of(WageCase c) {
        List<Step> steps = new ArrayList<>();
        for (Map.Entry<Class<?>, CommandStages.Allowed> entry : CommandStages.all().entrySet()) {
            Class<?> command = entry.getKey();
            CommandStages.Allowed allowed = entry.getValue();
            if (!allowed.stages().contains(c.stage()) || allowed.needsActiveEnforcement() && !c.enforcement().isActive()
                    || c.matter().isMatter() && !CommandStages.takenByMatters(command)
                    || !FITS.getOrDefault(command, x -> true).test(c)) {
                continue;
            }
            Map.Entry<String, Function<WageCase, List<String>>> choice = CHOICES.get(command);
            if (choice == null) {
                steps.add(new Step(command, Map.of()));
                continue;
            }
            List<String> ids = choice.getValue().apply(c);
            if (!ids.isEmpty()) {
                steps.add(new Step(command, Map.of(choice.getKey(), ids)));
            }
        }
        return steps;
    }

    /** A limitation runs (a suspended one too: it may be interrupted or its suspension ended). */
    private static boolean running(WageCase c) {
        return c.limitations().isRunning(LimitationKind.ARBITRATION) || c.limitations().isRunning(LimitationKind.ENFORCEMENT);
    }

    /** Outside enforcement a step of litigation may come; in it, only while the suing workers' suit goes on. */
    private static boolean suitGoesOnBesideEnforcement(WageCase c) {
        return c.stage() != CaseStage.ENFORCEMENT || c.court().isLawsuitPending();
    }

    private static List<String> promises(WageCase c, Predicate<Promise> which) {
        return c.promises().all().entrySet().stream().filter(e -> which.test(e.getValue())).map(e -> e.getKey().value()).toList();
    }

    private static List<String> letters(WageCase c, Predicate<Letter> which) {
        return c.letters().all().entrySet().stream().filter(e -> which.test(e.getValue())).map(e -> e.getKey().value()).toList();
    }

    private static Map.Entry<Class<?>, Map.Entry<String, Function<WageCase, List<String>>>> choice(
            Class<?> command, String field, Function<WageCase, List<String>> ids) {
        return Map.entry(command, Map.entry(field, ids));
    }
}
