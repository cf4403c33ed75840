package org.caseledger.api.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.caseledger.api.web.CommandExamples;
import org.caseledger.api.web.CommandRoute;
import org.caseledger.api.web.CommandRoutes;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.projections.timeline.CaseTimeline;
import org.springframework.stereotype.Component;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The form of a command, built from the command record itself: a field per component, entered the way an officer
 * knows it (amounts in yuan, a claimant or obligor of this case chosen by name, enum values in words), required where
 * the record cannot do without it. The ids in the route's path are chosen apart; the case id is the page's.
 */
@Component
public class CommandForms {

    /** Texts that are written at length. */
    private static final Set<String> LONG_TEXTS = Set.of("text", "facts", "demands", "outcome", "summary", "reason", "note", "reductionReason",
            "findings", "terms", "legalBasis");

    private final CommandExamples examples;
    private final ObjectMapper mapper;

    public CommandForms(CommandExamples examples, ObjectMapper mapper) {
        this.examples = examples;
        this.mapper = mapper;
    }

    public List<FormField> fields(String route, CaseTimeline t, UnionBody issuer, LocalDate today) {
        return fields(route, t, issuer, today, Map.of());
    }

    /** The form of a case's command, its claimants shown by name (the id as a suffix) to those who may read names. */
    public List<FormField> fields(String route, CaseTimeline t, UnionBody issuer, LocalDate today, Map<String, String> names) {
        CommandRoute r = CommandRoutes.ALL.stream().filter(x -> x.path().equals(route)).findFirst().orElseThrow();
        Set<String> fromPath = new java.util.HashSet<>(Set.of("caseId"));
        Arrays.stream(r.path().split("/")).filter(p -> p.startsWith("{")).forEach(p -> fromPath.add(p.substring(1, p.length() - 1)));
        Set<String> required = CommandExamples.required(examples.command(route, r.command()));
        List<FormField> fields = new ArrayList<>();
        for (RecordComponent c : r.command().getRecordComponents()) {
            if (fromPath.contains(c.getName())) {
                continue;
            }
            fields.add(field(route, c, required.contains(c.getName()), t, names, issuer, today));
        }
        return fields;
    }

    /**
     * The form of a command outside a case (a work order's): a field per component but those filled from the path or
     * by the service ({@code skip}), required unless named {@code optional}.
     */
    public List<FormField> fields(Class<?> command, Set<String> skip, Set<String> optional, LocalDate today) {
        List<FormField> fields = new ArrayList<>();
        for (RecordComponent c : command.getRecordComponents()) {
            if (!skip.contains(c.getName())) {
                FormField f = field(null, c, !optional.contains(c.getName()), null, Map.of(), null, today);
                fields.add(f);
            }
        }
        return fields;
    }

    private FormField field(String route, RecordComponent c, boolean required, CaseTimeline t, Map<String, String> names, UnionBody issuer,
                            LocalDate today) {
        Class<?> type = c.getType();
        String name = c.getName();
        Class<?> element = element(c.getGenericType());
        if (type == Money.class) {
            return new FormField(name, "yuan", required, List.of(), null);
        }
        if (type == LocalDate.class) {
            return new FormField(name, "date", required, List.of(), name.equals("occurredOn") ? today.toString() : null);
        }
        if (type == String.class) {
            return new FormField(name, LONG_TEXTS.contains(name) ? "textarea" : "text", required, List.of(), null);
        }
        if (type == boolean.class || type == Boolean.class) {
            return new FormField(name, "bool", required, List.of(), null);
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return new FormField(name, "number", required, List.of(), null);
        }
        if (type.isEnum()) {
            return new FormField(name, "enum", required, enumOptions(type), null);
        }
        if (element != null && element.isEnum()) {
            return new FormField(name, "enumSet", required, enumOptions(element), null);
        }
        if (type == ClaimantId.class) {
            return new FormField(name, "claimant", required, claimants(t, names), null);
        }
        if (type == ObligorId.class) {
            // outside a case (a matter being opened) an obligor is named anew, not chosen
            return t == null ? new FormField(name, "newId", required, List.of(), "") : new FormField(name, "obligor", required, obligors(t), null);
        }
        if (Collection.class.isAssignableFrom(type) && (element == ObligorId.class || element == String.class && name.equals("attendees"))) {
            return new FormField(name, "obligorSet", required, obligors(t), null);
        }
        if (Collection.class.isAssignableFrom(type) && element == ClaimantId.class) {
            return new FormField(name, "claimantSet", required, claimants(t, names), null);
        }
        if (Collection.class.isAssignableFrom(type) && element == ClaimantAmount.class) {
            return new FormField(name, "claimantAmounts", required, claimants(t, names), null);
        }
        if (type == UnionBody.class) {
            return new FormField(name, "fixed", required, List.of(), json(issuer));
        }
        if (type.isRecord() && type.getRecordComponents().length == 1 && type.getRecordComponents()[0].getType() == String.class) {
            return new FormField(name, "newId", required, List.of(), suggestId(name, t));
        }
        if (type.isRecord()) {
            return new FormField(name, "record", required, List.of(), null, columns(type, "", t, names, today, true));
        }
        if (Collection.class.isAssignableFrom(type) && element != null && element.isRecord()) {
            return new FormField(name, "list", required, List.of(), null, columns(element, "", t, names, today, false));
        }
        return new FormField(name, "json", required, List.of(), route == null ? "" : json(examples.json(route).get(name)));
    }

    /** The fields of a record inside a command, nested records flattened by a dotted path; all entered as in a row. */
    private List<FormField> columns(Class<?> record, String prefix, CaseTimeline t, Map<String, String> names, LocalDate today, boolean newIds) {
        List<FormField> columns = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            Class<?> type = c.getType();
            String path = prefix + c.getName();
            if (c.getName().equals("finalItem") && record == org.caseledger.core.litigation.AwardItem.class) {
                continue; // 0.3's flag, said now by the item's stated type
            }
            if (type.isRecord() && !(type.getRecordComponents().length == 1 && type.getRecordComponents()[0].getType() == String.class)
                    && type != Money.class && type != UnionBody.class) {
                columns.addAll(columns(type, path + ".", t, names, today, newIds));
            } else if (type == ClaimantId.class && newIds) {
                columns.add(new FormField(path, "newId", true, List.of(), suggestNew(c.getName(), t)));
            } else {
                FormField f = field(null, c, false, t, names, null, today);
                columns.add(new FormField(path, f.kind(), f.required(), f.options(), f.value()));
            }
        }
        return columns;
    }

    /** A new claimant's id: the next W-number the case does not use. */
    private static String suggestNew(String name, CaseTimeline t) {
        return name.equals("claimantId") ? "W" + (t.ledger.size() + 1) : "";
    }

    private static Class<?> element(Type generic) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments().length == 1 && p.getActualTypeArguments()[0] instanceof Class<?> e) {
            return e;
        }
        return null;
    }

    private static List<FormField.Option> enumOptions(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(v -> ((Enum<?>) v).name())
                .map(v -> new FormField.Option(v, "enum." + type.getSimpleName() + "." + v, null)).toList();
    }

    /** The case's claimants by name, the id as a suffix (王五 · W3), with what each is still owed. */
    private static List<FormField.Option> claimants(CaseTimeline t, Map<String, String> names) {
        return t.ledger.stream().map(l -> new FormField.Option(l.claimantId, null,
                names.containsKey(l.claimantId) ? names.get(l.claimantId) + " · " + l.claimantId : l.claimantId, l.outstandingFen)).toList();
    }

    private static List<FormField.Option> obligors(CaseTimeline t) {
        return t.obligors.stream().map(o -> new FormField.Option(o.obligorId, null, o.name + " · " + o.obligorId)).toList();
    }


    /** A new id the case does not use yet (P3 after two promises, L2 after one letter), generated: never typed. */
    private static String suggestId(String name, CaseTimeline t) {
        if (t == null) {
            return "";
        }
        return switch (name) {
            case "promiseId" -> unused("P", t.promises.size() + 1, t.promises.stream().map(p -> p.promiseId).toList());
            case "letterId" -> unused("L", t.letters.size() + 1, t.letters.stream().map(l -> l.letterId).toList());
            case "paymentId" -> unused("PAY", t.payments.size() + 1, t.payments.stream().map(p -> p.paymentId).toList());
            case "freezeId" -> unused("F", t.measures.size() + 1, t.freezesInForce);
            default -> "";
        };
    }

    /** The first of prefix{from}, prefix{from+1}… not among the ids used. */
    private static String unused(String prefix, int from, List<String> used) {
        for (int n = from; ; n++) {
            if (!used.contains(prefix + n)) {
                return prefix + n;
            }
        }
    }

    private String json(Object value) {
        try {
            return value == null ? "" : mapper.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
