package org.caseledger.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;

/**
 * The order of the embedded server's unique-index keys in its H2 file. The server's keys ({@code KeyValue}) are
 * not {@code Comparable}, so H2's default key type compares two of them by Java-serializing both, at every
 * step of every index lookup: over half of the server's CPU in a rebuild. This order compares the keys value
 * by value with H2's own order for values (strings, numbers, dates directly; other values as before), then by
 * length. Keys are written as BSON behind a tag of their own ({@value #TAG_BSON_KEY}, a value H2 does not use) rather
 * than Java-serialized; keys of files written before are still read as they were, and rewritten as BSON when their
 * page is next written.
 */
final class IndexKeyOrder extends ObjectDataType {

    static final byte TAG_BSON_KEY = 127;

    /** As the key's values (H2's own estimate of a Java-serialized object starts at 10 KB and would split pages per key). */
    @Override
    public int getMemory(Object key) {
        if (!(key instanceof KeyValue values)) {
            return super.getMemory(key);
        }
        int size = 24;
        for (Object value : values) {
            size += 8 + BsonDocumentType.estimate(value);
        }
        return size;
    }

    @Override
    public void write(WriteBuffer buffer, Object key) {
        if (!(key instanceof KeyValue values)) {
            super.write(buffer, key);
            return;
        }
        Document document = new Document();
        for (int i = 0; i < values.size(); i++) {
            document.put(Integer.toString(i), values.get(i));
        }
        ByteBuf encoded = Unpooled.buffer(64);
        try {
            BsonEncoder.encodeDocument(document, encoded);
        } catch (RuntimeException notBson) {
            encoded.release();
            super.write(buffer, key); // a value BSON cannot hold: as before
            return;
        }
        try {
            buffer.put(TAG_BSON_KEY).put(encoded.nioBuffer());
        } finally {
            encoded.release();
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        int start = buffer.position();
        if (buffer.get(start) != TAG_BSON_KEY) {
            return super.read(buffer);
        }
        int length = Integer.reverseBytes(buffer.getInt(start + 1));
        ByteBuffer one = buffer.duplicate();
        one.position(start + 1).limit(start + 1 + length);
        Document document = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(one));
        buffer.position(start + 1 + length);
        return new KeyValue(document.values().toArray());
    }

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
