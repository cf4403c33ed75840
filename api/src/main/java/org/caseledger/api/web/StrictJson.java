package org.caseledger.api.web;

import org.caseledger.api.problems.ApiProblem;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.caseledger.core.kernel.Money;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * How request bodies are read: JSON exactly as written. No string becomes a number, no number an enum, no float a
 * whole number; a duplicate key, anything after the object, an unknown field is an error; every text is at most
 * {@value #MAX_TEXT} characters, without control characters (tab and line breaks apart), NUL or lone surrogates; the
 * body is valid UTF-8.
 */
public final class StrictJson {

    /** The longest text any field takes (a name, a note, an outcome, a document number). */
    public static final int MAX_TEXT = 2_000;

    private StrictJson() {
    }

    /** The default bound of one amount ({@code caseledger.http.max-amount-fen}): ¥10 billion. */
    public static final long DEFAULT_MAX_AMOUNT_FEN = 1_000_000_000_000L;

    /** A copy of the application's mapper (its modules, its date format) with the strict rules. */
    public static ObjectMapper of(ObjectMapper mapper) {
        return of(mapper, DEFAULT_MAX_AMOUNT_FEN);
    }

    /** As above, with every amount a whole number of fen from 0 to {@code maxAmountFen}. */
    public static ObjectMapper of(ObjectMapper mapper, long maxAmountFen) {
        ObjectMapper strict = mapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .setDefaultLeniency(false); // a day is "2025-03-11", never a number of days since 1970
        for (LogicalType type : new LogicalType[]{LogicalType.Integer, LogicalType.Float, LogicalType.Boolean, LogicalType.Enum}) {
            strict.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        strict.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        strict.registerModule(new SimpleModule("caseledger-strict-text").addDeserializer(String.class, new Text())
                .addDeserializer(Money.class, new Fen(Math.min(maxAmountFen, Money.LIMIT.fen())))
                .addDeserializer(LocalDate.class, new Day()));
        return strict;
    }

    /** The body as text, refusing bytes that are not UTF-8 (never replaced by U+FFFD). */
    public static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiProblem(org.springframework.http.HttpStatus.BAD_REQUEST, "INVALID_ENCODING", null,
                    "the body is not valid UTF-8");
        }
    }

    /** A syntax error in words: where it is, never the parser's internals. */
    public static String malformed(com.fasterxml.jackson.core.JsonProcessingException e) {
        com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
        String message = String.valueOf(e.getOriginalMessage());
        String what = message.startsWith("Trailing token") ? "something follows the JSON value"
                : message.startsWith("Duplicate field") ? "a field appears twice"
                : message.startsWith("Unexpected end-of-input") ? "the JSON ends too early"
                : "malformed JSON";
        return at == null || at.getLineNr() < 0 ? what : what + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    /** Why a text is refused, or null when it is fine. */
    static String problemWith(String text) {
        if (text.length() > MAX_TEXT) {
            return "at most " + MAX_TEXT + " characters, got " + text.length();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "a lone surrogate at character " + (i + 1);
            }
            if (Character.isLowSurrogate(c)) {
                return "a lone surrogate at character " + (i + 1);
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return "a control character (U+" + String.format("%04X", (int) c) + ") at character " + (i + 1);
            }
        }
        return null;
    }

    /** Amounts only from JSON whole numbers, within the bound. */
    private static final class Fen extends StdScalarDeserializer<Money> {
        private final long max;

        Fen(long max) {
            super(Money.class);
            this.max = max;
        }

        @Override
        public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw JsonMappingException.from(p, "an amount is a whole number of fen");
            }
            if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER || p.getLongValue() > max) {
                throw JsonMappingException.from(p, "an amount is at most " + max + " fen (" + Money.ofFen(max) + ")");
            }
            if (p.getLongValue() < 0) {
                throw JsonMappingException.from(p, "an amount cannot be negative");
            }
            return Money.ofFen(p.getLongValue());
        }
    }

    /** Days only from JSON strings "2025-03-11": never an array [2025,3,11], an empty array, or a number. */
    private static final class Day extends StdScalarDeserializer<LocalDate> {
        Day() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw JsonMappingException.from(p, "a day is written \"2025-03-11\"");
            }
            try {
                return LocalDate.parse(p.getText()); // ISO, and 2025-02-30 is refused, not moved to 2025-03-02
            } catch (java.time.format.DateTimeParseException e) {
                throw JsonMappingException.from(p, "a day is written \"2025-03-11\", got \"" + p.getText() + "\"");
            }
        }
    }

    /** Texts only from JSON strings, checked. */
    private static final class Text extends StdScalarDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw JsonMappingException.from(p, "a text (a JSON string) is expected here");
            }
            String text = p.getText();
            String problem = problemWith(text);
            if (problem != null) {
                throw JsonMappingException.from(p, problem);
            }
            return text;
        }
    }
}
