package org.caseledger.eventstore;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A set that keeps only its most recently added (or, with {@code byUse}, used) members: a bounded memory of facts. */
final class RecentSet<T> {

    private final Set<T> members;

    RecentSet(int capacity, boolean byUse) {
        this.members = Collections.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<T, Boolean>(16, 0.75f, byUse) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<T, Boolean> eldest) {
                return size() > capacity;
            }
        }));
    }

    boolean contains(T member) {
        return members.contains(member);
    }

    /** True when it was not a member. */
    boolean add(T member) {
        return members.add(member);
    }

    void remove(T member) {
        members.remove(member);
    }
}
