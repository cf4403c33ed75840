package org.caseledger.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The order of the embedded server's unique-index keys in its H2 file. The server's keys ({@code KeyValue}) are
 * not {@code Comparable}, so H2's default key type compares two of them by Java-serializing both, at every
 * step of every index lookup: over half of the server's CPU in a rebuild. This order compares the keys value
 * by value with H2's own order for values (strings, numbers, dates directly; other values as before), then by
 * length. Keys are stored as before.
 */
final class IndexKeyOrder extends ObjectDataType {

    @Override
    public int compare(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a instanceof KeyValue x && b instanceof KeyValue y) {
            int n = Math.min(x.size(), y.size());
            for (int i = 0; i < n; i++) {
                int c = compareValues(x.get(i), y.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(x.size(), y.size());
        }
        return super.compare(a, b);
    }

    private int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? -1 : 1;
        }
        return super.compare(a, b);
    }
}
