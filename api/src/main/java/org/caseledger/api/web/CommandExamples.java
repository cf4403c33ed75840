package org.caseledger.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A real command for every route, from the reference cases ({@code openapi/examples.json}, "" is the filing): the
 * OpenAPI document shows them, and they tell which fields a command cannot do without.
 */
@Component
public class CommandExamples {

    private final ObjectMapper mapper;
    private final JsonNode examples;

    public CommandExamples(ObjectMapper mapper) {
        this.mapper = mapper;
        try (InputStream in = new ClassPathResource("openapi/examples.json").getInputStream()) {
            this.examples = mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example of a route ("" for the filing), as JSON. */
    public JsonNode json(String route) {
        return examples.get(route);
    }

    public <T> T command(String route, Class<T> type) {
        try {
            return mapper.treeToValue(json(route), type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the example of " + type.getSimpleName() + " is not a valid command", e);
        }
    }

    /**
     * The components a record refuses to be built without: each is left out of the example in turn. A record that
     * refuses it by a rule about other fields (a letter to an obligor must name it) does not make it required.
     */
    public static Set<String> required(Object example) {
        Class<?> type = example.getClass();
        RecordComponent[] parts = type.getRecordComponents();
        Object[] values = new Object[parts.length];
        Class<?>[] types = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            types[i] = parts[i].getType();
            try {
                values[i] = parts[i].getAccessor().invoke(example);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        Set<String> required = new LinkedHashSet<>();
        for (int i = 0; i < parts.length; i++) {
            if (types[i].isPrimitive()) {
                required.add(parts[i].getName());
                continue;
            }
            Object[] without = values.clone();
            without[i] = null;
            try {
                Constructor<?> canonical = type.getDeclaredConstructor(types);
                canonical.setAccessible(true);
                canonical.newInstance(without);
            } catch (InvocationTargetException refused) {
                // missing altogether, or a text that must be there; a rule on how fields go together (a letter to an
                // obligor names it, a 建议书 names none) makes no field required on its own
                if (refused.getCause() instanceof NullPointerException
                        || refused.getCause() instanceof org.caseledger.core.kernel.CaseRuleViolation v
                        && v.code() == org.caseledger.core.kernel.RuleCode.REASON_REQUIRED && parts[i].getName().equals(v.field())) {
                    required.add(parts[i].getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return required;
    }
}
