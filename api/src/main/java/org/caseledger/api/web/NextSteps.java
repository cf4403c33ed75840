package org.caseledger.api.web;

import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.wagecase.CommandStages;
import org.caseledger.projections.timeline.CaseTimeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The commands a case allows now, for the officer's "next steps": the case's stage against the table the case itself
 * checks ({@link CommandStages}), an active enforcement round for measures, and the facts a route needs to exist (an
 * open promise to mark broken, a letter awaiting its reply, a payment with an unallocated rest). Rules on amounts and
 * dates are checked when the command is sent; the answer then names the rule.
 */
public final class NextSteps {

    /** A command the case allows: its route, its name, and for a route with an id in its path the ids it may take. */
    public record Step(String route, String command, String summary, Map<String, List<String>> pathChoices) {
    }

    /** Ended enforcement rounds: a measure needs the round resumed first. */
    private static final Set<String> ROUND_ENDED = Set.of("SETTLED", "ROUND_TERMINATED");

    private NextSteps() {
    }

    public static List<Step> of(CaseTimeline t) {
        CaseStage stage = CaseStage.valueOf(t.stage);
        List<Step> steps = new ArrayList<>();
        for (CommandRoute route : CommandRoutes.ALL) {
            CommandStages.Allowed allowed = CommandStages.all().get(route.command());
            if (allowed == null || !allowed.stages().contains(stage)) {
                continue;
            }
            if (allowed.needsActiveEnforcement() && t.enforcementState != null && ROUND_ENDED.contains(t.enforcementState)) {
                continue;
            }
            if (route.path().startsWith("limitation/") && !limitationStepFits(route.path(), t)) {
                continue;
            }
            if (!courtStepFits(route.path(), stage, t)) {
                continue;
            }
            Map<String, List<String>> choices = new LinkedHashMap<>();
            if (route.path().startsWith("mediation-agreements/{promiseId}")) {
                // 司法确认 confirms an agreement, kept or not (民事诉讼法 art. 205)
                choices.put("promiseId", t.promises.stream().filter(p -> p.fromMediationAgreement).map(p -> p.promiseId).toList());
            } else if (route.path().contains("{promiseId}")) {
                choices.put("promiseId", t.promises.stream().filter(p -> "OPEN".equals(p.status)).map(p -> p.promiseId).toList());
            }
            if (route.path().contains("{letterId}")) {
                boolean overdue = route.path().endsWith("/overdue"); // only a letter with a reply due can go overdue
                choices.put("letterId", t.letters.stream().filter(l -> !"ANSWERED".equals(l.status)
                        && (!overdue || l.replyDue != null && "OPEN".equals(l.status))).map(l -> l.letterId).toList());
            }
            if (route.path().contains("{freezeId}")) {
                choices.put("freezeId", List.copyOf(t.freezesInForce));
            }
            if (route.path().contains("{paymentId}")) {
                choices.put("paymentId", t.payments.stream().filter(p -> p.amountFen - p.allocatedFen - p.refundedFen > 0)
                        .map(p -> p.paymentId).toList());
            }
            if (choices.values().stream().anyMatch(List::isEmpty)) {
                continue; // nothing to act on
            }
            steps.add(new Step(route.path(), route.command().getSimpleName(), route.summary(), choices));
        }
        return steps;
    }

    /**
     * The steps that answer an earlier one: a ruling on 司法确认 or on setting an award aside once applied for, the
     * payment order's service once applied for, setting aside once there is an award, the police's decision once a
     * referral was made; in negotiation, the confirmation
     * ruling and enforcement only on the road of 司法确认 (the case still decides).
     */
    private static boolean courtStepFits(String path, CaseStage stage, CaseTimeline t) {
        return switch (path) {
            case "judicial-confirmation/refusal" -> pending(t, "JudicialConfirmationApplied", "JudicialConfirmationRefused", "InstrumentBecameEffective");
            case "instruments" -> stage == CaseStage.NEGOTIATION
                    ? pending(t, "JudicialConfirmationApplied", "JudicialConfirmationRefused", "InstrumentBecameEffective")
                    : stage != CaseStage.ENFORCEMENT || suitGoingOn(t);
            case "court-mediation", "judgments", "appeals" -> stage != CaseStage.ENFORCEMENT || suitGoingOn(t);
            // in enforcement, another group's instrument not yet enforced (劳动争议解释(一) art. 17)
            case "enforcement" -> switch (stage) {
                case NEGOTIATION -> happened(t, "InstrumentBecameEffective");
                case ENFORCEMENT -> pending(t, "InstrumentBecameEffective", "EnforcementApplied");
                default -> true;
            };
            case "payment-order/service" -> pending(t, "PaymentOrderApplied", "PaymentOrderIssued");
            case "arbitration/award/set-aside" -> happened(t, "ArbitralAwardIssued") && !pending(t, "SetAsideApplied", "SetAsideRuled");
            case "arbitration/award/set-aside/ruling" -> pending(t, "SetAsideApplied", "SetAsideRuled");
            case "police-decisions" -> happened(t, "ReferredToPolice");
            default -> true;
        };
    }

    /** A suit filed and no court instrument (mediation statement, judgment, payment order) effective since. */
    private static boolean suitGoingOn(CaseTimeline t) {
        boolean going = false;
        for (var e : t.entries) {
            if (e.type.equals("LawsuitFiled")) {
                going = true;
            } else if (e.type.equals("InstrumentBecameEffective") && e.summary != null
                    && (e.summary.startsWith("COURT_MEDIATION") || e.summary.startsWith("JUDGMENT ") || e.summary.startsWith("PAYMENT_ORDER"))) {
                going = false;
            }
        }
        return going;
    }

    private static boolean happened(CaseTimeline t, String type) {
        return t.entries.stream().anyMatch(e -> e.type.equals(type));
    }

    /** The last of these entries is {@code opened}: something applied for and not yet answered. */
    private static boolean pending(CaseTimeline t, String opened, String... answers) {
        Set<String> answered = Set.of(answers);
        return t.entries.stream().map(e -> e.type).filter(type -> type.equals(opened) || answered.contains(type))
                .reduce((a, b) -> b).map(opened::equals).orElse(false);
    }

    /**
     * A limitation is interrupted or suspended while its deadline is open; a suspension ends only after one began. The
     * case still decides (a limitation that ran out is restarted only by the obligor's agreement).
     */
    private static boolean limitationStepFits(String path, CaseTimeline t) {
        String lastLimitationEvent = t.entries.stream().map(e -> e.type)
                .filter(type -> type.equals("LimitationSuspended") || type.equals("LimitationSuspensionEnded") || type.equals("LimitationInterrupted"))
                .reduce((a, b) -> b).orElse("");
        boolean suspended = lastLimitationEvent.equals("LimitationSuspended");
        if (path.equals("limitation/suspension/end")) {
            return suspended;
        }
        boolean running = t.openDeadlines.stream().anyMatch(d -> "ARBITRATION_LIMITATION".equals(d.kind) || "ENFORCEMENT_APPLICATION".equals(d.kind));
        return path.equals("limitation/suspension") ? running && !suspended : running || suspended;
    }

}
