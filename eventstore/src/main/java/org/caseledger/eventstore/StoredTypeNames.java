package org.caseledger.eventstore;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The names under which payloads are stored, decoupled from Java packages: a stored name is a contract with the
 * data users already have, so moving or renaming a class must not change it. Each type has one current name
 * (written) and any number of retired names (still read, e.g. the class names an earlier version wrote).
 */
public final class StoredTypeNames {

    private final Map<Class<?>, String> names = new HashMap<>();
    private final Map<String, Class<?>> types = new HashMap<>();

    /** The name {@code type} is stored under from now on. */
    public StoredTypeNames name(String name, Class<?> type) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (names.putIfAbsent(type, name) != null) {
            throw new IllegalArgumentException(type.getName() + " already has a stored name: " + names.get(type));
        }
        return read(name, type);
    }

    /** A name {@code type} was stored under before and is still read as that type. */
    public StoredTypeNames retired(String name, Class<?> type) {
        return read(name, type);
    }

    /** Every current and retired name with its type. */
    public StoredTypeNames addAll(Map<String, Class<?>> current, Map<String, Class<?>> retired) {
        current.forEach(this::name);
        retired.forEach(this::retired);
        return this;
    }

    private StoredTypeNames read(String name, Class<?> type) {
        Class<?> known = types.putIfAbsent(name, type);
        if (known != null && known != type) {
            throw new IllegalArgumentException("stored name " + name + " is taken by " + known.getName());
        }
        return this;
    }

    /** The name to store {@code type} under, if it has one. */
    public Optional<String> nameOf(Class<?> type) {
        return Optional.ofNullable(names.get(type));
    }

    /** The type a stored name is read as, if it is one of these names. */
    public Optional<Class<?>> typeOf(String storedName) {
        return Optional.ofNullable(types.get(storedName));
    }
}
