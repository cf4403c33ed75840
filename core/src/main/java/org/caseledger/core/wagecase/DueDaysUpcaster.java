package org.caseledger.core.wagecase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Events of revision 1 (written by 0.1.0) derived their due days when read: 15 calendar days for an appeal or a suit
 * after an award, 5 and 45 for the commission, two years for enforcement, a year for the arbitration limitation. From
 * revision 2 the event carries the day the law's counting gave when it was recorded (民事诉讼法 art. 85). This upcaster
 * writes into an old event the day 0.1.0 derived, so an old case replays to the deadlines it showed: history is not
 * rewritten by a later, better calculation.
 */
public final class DueDaysUpcaster extends SingleEventUpcaster {

    private static final String REVISION = "2";

    /** What each event of revision 1 gains, by its stored names (the current one and 0.1.0's class name). */
    private static final Map<String, Consumer<ObjectNode>> FILL = Map.of(
            "WageClaimFiled", p -> {
                boolean ended = p.path("employmentEnded").asBoolean(false) && p.hasNonNull("employmentEndedOn");
                p.put("arbitrationLimitationEndsOn", ended ? day(p, "employmentEndedOn").plusYears(1).toString() : null);
            },
            "ArbitrationApplied", p -> {
                p.put("acceptanceDueOn", day(p, "occurredOn").plusDays(5).toString());
                p.putArray("warnings");
            },
            "ArbitrationAccepted", p -> p.put("awardDueOn", day(p, "occurredOn").plusDays(45).toString()),
            "ArbitralAwardIssued", p -> p.put("suitDueOn", day(p, "occurredOn").plusDays(15).toString()),
            "JudgmentIssued", p -> p.put("appealDueOn",
                    "FIRST".equals(p.path("instance").asText()) ? day(p, "occurredOn").plusDays(15).toString() : null),
            "InstrumentBecameEffective", p -> {
                p.putNull("lastInstalmentDue");
                p.put("enforcementDueOn", day(p, "performanceDue").plusYears(2).toString());
                p.putArray("warnings");
            });

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().getRevision() == null && FILL.containsKey(simpleName(representation.getType().getName()));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String name = representation.getType().getName();
        Consumer<ObjectNode> fill = FILL.get(simpleName(name));
        return representation.upcastPayload(new SimpleSerializedType(name, REVISION), JsonNode.class, json -> {
            fill.accept((ObjectNode) json);
            return json;
        });
    }

    /** 0.1.0 stored class names ({@code org.caseledger.core.litigation.JudgmentIssued}); later versions simple names. */
    private static String simpleName(String stored) {
        return stored.substring(stored.lastIndexOf('.') + 1);
    }

    private static LocalDate day(ObjectNode payload, String field) {
        return LocalDate.parse(payload.get(field).asText());
    }
}
