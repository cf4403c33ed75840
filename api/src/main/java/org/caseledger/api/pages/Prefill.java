package org.caseledger.api.pages;

import org.caseledger.api.i18n.Yuan;
import org.caseledger.core.litigation.ArbitralAwardIssued;
import org.caseledger.projections.timeline.CaseTimeline;
import org.caseledger.projections.timeline.ClaimantLine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Type once: a form starts with what the case already knows. The award's items start as each worker's claim (the
 * officer changes the few the commission cut); the instrument that makes the award enforceable starts as the award
 * (its number, its kind, its items), or, with no award, as the agreed amounts; the officer assigned starts as the one
 * signed in; nothing is typed twice.
 */
final class Prefill {

    private Prefill() {
    }

    static List<FormField> of(String route, List<FormField> fields, CaseTimeline t, ArbitralAwardIssued award, Yuan yuan, String officer) {
        List<FormField> filled = new ArrayList<>();
        for (FormField f : fields) {
            filled.add(switch (route + "#" + f.name()) {
                // each item as the award states it, else the award's own statement (never "final" by default)
                case "arbitration/award#items" -> f.withRows(t.ledger.stream().map(l -> {
                    Map<String, String> r = row(l.claimantId, "PRINCIPAL", yuan.plain(l.claimedFen));
                    r.put("statedType", "NOT_STATED");
                    return r;
                }).toList());
                case "instruments#amounts" -> award != null
                        ? f.withRows(award.items().stream().map(i -> row(i.claimantId().value(), i.component().name(), yuan.plain(i.amount().fen()))).toList())
                        : f.withRows(agreed(t, yuan));
                case "officer#officerId" -> f.withValue(officer); // the officer assigning himself, the usual case
                // a case with one obligor: he is who pays, whose property is searched, frozen, restricted
                case "payments#payerObligorId", "asset-searches#obligorId", "freezes#obligorId", "consumption-restrictions#obligorId",
                     "dishonest-listings#obligorId" -> t.obligors.size() == 1 ? f.withValue(t.obligors.get(0).obligorId) : f;
                // in enforcement the money comes through the court's account (执行款专户)
                case "payments#channel" -> "ENFORCEMENT".equals(t.stage) ? f.withValue("COURT_ESCROW") : f;
                case "instruments#instrumentKind" -> award != null ? f.withValue("ARBITRAL_AWARD") : f;
                case "instruments#documentNo" -> award != null ? f.withValue(award.awardNo()) : f;
                default -> f;
            });
        }
        return filled;
    }

    private static List<Map<String, String>> agreed(CaseTimeline t, Yuan yuan) {
        return t.ledger.stream().filter(l -> l.agreedFen != null).map((ClaimantLine l) -> row(l.claimantId, "PRINCIPAL", yuan.plain(l.agreedFen))).toList();
    }

    private static Map<String, String> row(String claimantId, String component, String amount) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("claimantId", claimantId);
        row.put("component", component);
        row.put("amount", amount);
        return row;
    }
}
