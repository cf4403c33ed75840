package org.caseledger.api.security;

import org.caseledger.core.kernel.RegionCode;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.kernel.UnionLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The union bodies (工会) this deployment serves, from configuration ({@code caseledger.union-bodies}): a short code,
 * the name, the level, the six-digit region code and the parent body. A filing takes its body and region from here,
 * never from the request; a body reads the cases of every body below it. The code begins the ids of the body's cases
 * ({@code LD-…}), so an officer can only name case ids in his own body's range and cannot learn, by filing, whether
 * another body's case exists. Checked at start: a duplicate, a bad code or region, an unknown parent or a cycle refuses
 * to start.
 */
@ConfigurationProperties(prefix = "caseledger")
public class UnionBodyRegistry {

    /** One configured body. {@code parent} is the code of the body above it, or blank at the top. */
    public record Entry(String code, String name, UnionLevel level, String region, String parent) {
    }

    private final Map<String, Entry> byName = new LinkedHashMap<>();
    private final Map<String, Entry> byCode = new HashMap<>();
    private final Map<String, Set<String>> below = new HashMap<>();

    public UnionBodyRegistry(List<Entry> unionBodies) {
        for (Entry e : unionBodies == null ? List.<Entry>of() : unionBodies) {
            String where = "caseledger.union-bodies: " + e.name();
            if (e.code() == null || !e.code().matches("[A-Z][A-Z0-9]{1,7}")) {
                throw new IllegalStateException(where + ": a code is 2 to 8 capital letters or digits, beginning with a letter");
            }
            if (e.name() == null || e.name().isBlank() || e.level() == null || e.region() == null || !e.region().matches("\\d{6}")) {
                throw new IllegalStateException(where + ": a body needs a name, a level and a six-digit region code");
            }
            if (byName.put(e.name(), e) != null || byCode.put(e.code(), e) != null) {
                throw new IllegalStateException(where + ": a name or code is configured twice");
            }
        }
        for (Entry e : byName.values()) {
            Set<String> seen = new LinkedHashSet<>();
            for (Entry up = e; up != null; up = parentOf(up)) {
                if (!seen.add(up.code())) {
                    throw new IllegalStateException("caseledger.union-bodies: the parents of " + e.name() + " go round in a circle");
                }
                below.computeIfAbsent(up.name(), k -> new LinkedHashSet<>()).add(e.name());
            }
        }
    }

    private Entry parentOf(Entry e) {
        if (e.parent() == null || e.parent().isBlank()) {
            return null;
        }
        Entry parent = byCode.get(e.parent());
        if (parent == null) {
            throw new IllegalStateException("caseledger.union-bodies: the parent " + e.parent() + " of " + e.name() + " is not configured");
        }
        return parent;
    }

    /** A body by its name or its code. */
    public Optional<Entry> find(String nameOrCode) {
        if (nameOrCode == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byName.getOrDefault(nameOrCode, byCode.get(nameOrCode)));
    }

    /** The body as the case records it. */
    public UnionBody unionBody(Entry e) {
        return new UnionBody(e.name(), e.level(), RegionCode.of(e.region()));
    }

    /** The names of the body and of every body below it. */
    public Set<String> selfAndBelow(String name) {
        return below.getOrDefault(name, Set.of());
    }

    public List<Entry> all() {
        return new ArrayList<>(byName.values());
    }
}
