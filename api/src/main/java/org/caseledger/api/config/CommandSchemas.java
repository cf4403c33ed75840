package org.caseledger.api.config;

import org.caseledger.api.web.CommandExamples;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import org.caseledger.api.web.StrictJson;
import org.caseledger.core.kernel.Money;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes the schemas of the command records say what the service enforces: which fields are required (found by
 * building the record from a real example with each field left out: a field the record refuses to be without is
 * required), amounts as whole fen within the bound, texts within their length, ids with their pattern, days as ISO
 * dates. The body a client sends is the command without the ids the path gives.
 */
final class CommandSchemas {

    static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$";

    private final ObjectMapper mapper;
    private final long maxAmountFen;
    private final Components components;
    private final Set<Class<?>> shaped = new HashSet<>();

    CommandSchemas(ObjectMapper mapper, long maxAmountFen, Components components) {
        this.mapper = mapper;
        this.maxAmountFen = maxAmountFen;
        this.components = components;
    }

    /**
     * The schema of the body of {@code command} (registered as {@code <Command>Body}), without the fields in
     * {@code fromPath}, with the example given (a command of a reference case, as JSON).
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    Schema<?> body(Class<?> command, Collection<String> fromPath, JsonNode example) {
        Object instance;
        try {
            instance = mapper.treeToValue(example, command);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the example of " + command.getSimpleName() + " is not a valid command", e);
        }
        shape(instance);
        Schema<?> full = components.getSchemas().get(command.getSimpleName());
        Schema body = new Schema<>().type("object").types(Set.of("object"))
                .description(full.getDescription());
        Map<String, Schema> properties = new LinkedHashMap<>(full.getProperties());
        fromPath.forEach(properties::remove);
        body.setProperties(properties);
        List<String> required = new ArrayList<>(full.getRequired() == null ? List.of() : full.getRequired());
        required.removeAll(fromPath);
        body.setRequired(required.isEmpty() ? null : required);
        ObjectNode shown = example.deepCopy();
        fromPath.forEach(shown::remove);
        body.setExample(shown);
        String name = command.getSimpleName() + "Body";
        components.addSchemas(name, body);
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    /** Required fields and formats of the record's schema, then of the records inside it. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private void shape(Object instance) {
        Class<?> type = instance.getClass();
        if (!type.isRecord() || !shaped.add(type)) {
            return;
        }
        Schema schema = components.getSchemas().get(type.getSimpleName());
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        RecordComponent[] parts = type.getRecordComponents();
        Object[] values = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = value(parts[i], instance);
        }
        List<String> required = new ArrayList<>();
        Set<String> refused = CommandExamples.required(instance);
        for (int i = 0; i < parts.length; i++) {
            RecordComponent part = parts[i];
            Schema property = (Schema) schema.getProperties().get(part.getName());
            if (property == null) {
                continue;
            }
            boolean isRequired = refused.contains(part.getName());
            if (isRequired) {
                required.add(part.getName());
            }
            Schema formatted = format(part.getType(), property);
            if (!isRequired) {
                formatted = nullable(formatted); // an optional field may be left out or sent as null
            }
            if (formatted != property) {
                schema.getProperties().put(part.getName(), formatted);
            }
            Object value = values[i];
            if (value instanceof Collection<?> many) {
                many.stream().filter(v -> v != null && v.getClass().isRecord()).findFirst().ifPresent(this::shape);
            } else if (value != null && value.getClass().isRecord()) {
                shape(value);
            }
        }
        schema.setRequired(required.isEmpty() ? null : required);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Schema format(Class<?> type, Schema property) {
        if (type == Money.class) {
            return new Schema<Long>().type("integer").types(Set.of("integer")).format("int64").minimum(java.math.BigDecimal.ZERO)
                    .maximum(java.math.BigDecimal.valueOf(maxAmountFen))
                    .description("an amount in fen (分), a whole number: ¥1.00 is 100; at most " + maxAmountFen + " ("
                            + Money.ofFen(maxAmountFen) + ")");
        }
        if (type == LocalDate.class) {
            return property.format("date").description("a day, ISO-8601: 2025-03-10");
        }
        if (type == String.class) {
            return property.maxLength(StrictJson.MAX_TEXT).description(property.getDescription() == null
                    ? "text of at most " + StrictJson.MAX_TEXT + " characters, no control characters" : property.getDescription());
        }
        if (isId(type)) {
            return property.pattern(ID_PATTERN).maxLength(64);
        }
        return property;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullable(Schema property) {
        if (property.get$ref() != null) {
            return new Schema<>().anyOf(List.of(new Schema<>().$ref(property.get$ref()), new Schema<>().types(Set.of("null"))))
                    .description(property.getDescription());
        }
        Set<String> types = property.getTypes() != null ? new java.util.LinkedHashSet<String>(property.getTypes())
                : property.getType() != null ? new java.util.LinkedHashSet<>(Set.of(property.getType())) : null;
        if (types == null) {
            return property;
        }
        types.add("null");
        property.setTypes(types);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            property.addEnumItemObject(null); // JSON Schema checks "enum" apart from "type": null must be listed too
        }
        return property;
    }

    /** An id: a record of one text, written as that text (CaseId, ClaimantId, …). */
    private static boolean isId(Class<?> type) {
        if (!type.isRecord() || type.getRecordComponents().length != 1 || type.getRecordComponents()[0].getType() != String.class) {
            return false;
        }
        for (var method : type.getMethods()) {
            if (method.isAnnotationPresent(JsonValue.class)) {
                return true;
            }
        }
        return false;
    }

    private static Object value(RecordComponent part, Object instance) {
        try {
            return part.getAccessor().invoke(instance);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

}
