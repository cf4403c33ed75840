package org.caseledger.embedded;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;

/**
 * The documents of a collection as BSON bytes in the H2 file, the format MongoDB itself stores and the server already
 * speaks on the wire. H2's default for an unknown value type is Java serialization, which writes class descriptors
 * and a LinkedHashMap per document: larger on disk and, as profiled, most of the server's time per append and read.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    private BsonDocumentType() {
    }

    /** H2 sizes its pages and its cache by this estimate; a walk of the document is cheaper than encoding it twice. */
    @Override
    public int getMemory(Document document) {
        return 48 + estimate(document);
    }

    static int estimate(Object value) {
        if (value instanceof String s) {
            return 24 + s.length();
        }
        if (value instanceof Map<?, ?> map) {
            int size = 16;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                size += 8 + String.valueOf(e.getKey()).length() + estimate(e.getValue());
            }
            return size;
        }
        if (value instanceof Collection<?> list) {
            int size = 16;
            for (Object item : list) {
                size += 8 + estimate(item);
            }
            return size;
        }
        if (value instanceof byte[] bytes) {
            return 16 + bytes.length;
        }
        return 16;
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf encoded = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, encoded);
            buffer.put(encoded.nioBuffer());
        } finally {
            encoded.release();
        }
    }

    @Override
    public Document read(ByteBuffer buffer) {
        int start = buffer.position();
        int length = Integer.reverseBytes(buffer.getInt(start)); // BSON's length prefix is little-endian
        ByteBuffer one = buffer.duplicate();
        one.limit(start + length);
        Document document = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(one));
        buffer.position(start + length);
        return document;
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
