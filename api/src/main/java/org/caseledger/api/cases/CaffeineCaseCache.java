package org.caseledger.api.cases;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import java.util.List;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Loaded cases kept in memory, at most a fixed number, through Axon's cache interface on Caffeine. Axon's own
 * in-process cache holds weak references, which any garbage collection empties, so a hot case would be re-read from
 * the store at random. Correctness never depends on this cache: a stale entry's append hits the store's unique key,
 * the command fails with a concurrency error, and Axon evicts the entry.
 */
public final class CaffeineCaseCache implements Cache {

    private final ConcurrentMap<Object, Object> entries;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();

    public CaffeineCaseCache(int maxEntries) {
        if (maxEntries <= 0) {
            throw new IllegalArgumentException("a cache holds at least one entry");
        }
        this.entries = Caffeine.newBuilder().maximumSize(maxEntries)
                .evictionListener((Object key, Object value, RemovalCause cause) -> listeners.forEach(l -> l.onEntryExpired(key)))
                .build().asMap();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value = entries.get(key);
        if (value != null) {
            listeners.forEach(l -> l.onEntryRead(key, value));
        }
        return (V) value;
    }

    @Override
    public void put(Object key, Object value) {
        Object previous = entries.put(key, value);
        listeners.forEach(l -> {
            if (previous == null) {
                l.onEntryCreated(key, value);
            } else {
                l.onEntryUpdated(key, value);
            }
        });
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        boolean added = entries.putIfAbsent(key, value) == null;
        if (added) {
            listeners.forEach(l -> l.onEntryCreated(key, value));
        }
        return added;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return (T) entries.computeIfAbsent(key, k -> valueSupplier.get());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.computeIfPresent(key, (k, v) -> update.apply((V) v));
    }

    @Override
    public boolean remove(Object key) {
        boolean removed = entries.remove(key) != null;
        if (removed) {
            listeners.forEach(l -> l.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public void removeAll() {
        List.copyOf(entries.keySet()).forEach(this::remove);
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
