package org.caseledger.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Axon's Jackson serializer with stored type names from a {@link StoredTypeNames} table instead of Java class
 * names; a type without a stored name (metadata, tokens, test payloads) keeps its class name.
 */
public final class StableNameSerializer extends JacksonSerializer {

    private final StoredTypeNames names;

    private StableNameSerializer(JacksonSerializer.Builder builder, StoredTypeNames names) {
        super(builder);
        this.names = names;
    }

    public static StableNameSerializer of(ObjectMapper mapper, StoredTypeNames names) {
        return new StableNameSerializer(JacksonSerializer.builder().objectMapper(mapper), names);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SerializedType typeForClass(Class type) {
        if (type == null) {
            return super.typeForClass(null);
        }
        return names.nameOf(type)
                .<SerializedType>map(name -> new SimpleSerializedType(name, getRevisionResolver().revisionOf(type)))
                .orElseGet(() -> super.typeForClass(type));
    }

    @Override
    protected String resolveClassName(SerializedType serializedType) {
        return names.typeOf(serializedType.getName()).map(Class::getName).orElseGet(serializedType::getName);
    }
}
