package org.caseledger.core.kernel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

/**
 * A table of figures the law leaves to provinces (minimum wages, criminal thresholds): tab-separated lines, {@code #}
 * comments. A malformed line stops the reading with the file's name and the line number: a wrong figure would decide
 * cases.
 */
public final class RuleTable {

    private RuleTable() {
    }

    /** Each line's fields, in order; what {@code row} throws for a line is reported with the file and line. */
    public static void read(Reader reader, String name, Consumer<String[]> row) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            try {
                row.accept(text.split("\t"));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalArgumentException(name + " line " + number + ": " + e.getMessage(), e);
            }
        }
    }

    /** A table built into the jar beside {@code owner}. */
    public static <T> T resource(Class<?> owner, String name, Parser<T> parser) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How a table's class reads one. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(Reader reader, String name) throws IOException;
    }
}
