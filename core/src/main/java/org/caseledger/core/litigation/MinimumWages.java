package org.caseledger.core.litigation;

import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RegionCode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The local monthly minimum wages (月最低工资标准) by region and day: what decides whether an award item is final
 * (劳动争议调解仲裁法 art. 47: at most 12 × the local monthly minimum). Built from {@code minimum-wages.tsv} and any
 * files a deployment adds.
 */
public final class MinimumWages {

    /** One published standard: from {@code from} on, in regions whose code starts with {@code region}. */
    public record Standard(String region, LocalDate from, Money monthly, String source) {
    }

    private final List<Standard> standards;

    private MinimumWages(List<Standard> standards) {
        this.standards = List.copyOf(standards);
    }

    public static MinimumWages fromDefaultResource() {
        try (InputStream in = MinimumWages.class.getResourceAsStream("minimum-wages.tsv")) {
            if (in == null) {
                throw new IllegalStateException("minimum-wages.tsv is missing from the classpath");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "minimum-wages.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lines of {@code region<TAB>first day<TAB>yuan<TAB>source}; {@code #} starts a comment. A malformed line stops
     * with its file and line number: a wrong figure would decide awards.
     */
    public static MinimumWages parse(Reader reader, String name) throws IOException {
        List<Standard> standards = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] parts = text.split("\t");
            try {
                if (parts.length < 3 || !parts[0].matches("\\d{2}(\\d{2}){0,2}")) {
                    throw new IllegalArgumentException("expected region code, first day and yuan separated by tabs");
                }
                Money monthly = Money.ofYuan(parts[2].strip());
                if (!monthly.isPositive()) {
                    throw new IllegalArgumentException("a minimum wage is positive");
                }
                standards.add(new Standard(parts[0], LocalDate.parse(parts[1].strip()), monthly, parts.length > 3 ? parts[3].strip() : ""));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalArgumentException(name + " line " + number + ": " + e.getMessage(), e);
            }
        }
        return new MinimumWages(standards);
    }

    /** These standards with another file's: a line for the same region and first day replaces the one here. */
    public MinimumWages plus(MinimumWages more) {
        Map<String, Standard> byKey = new LinkedHashMap<>();
        standards.forEach(s -> byKey.put(s.region() + "@" + s.from(), s));
        more.standards.forEach(s -> byKey.put(s.region() + "@" + s.from(), s));
        return new MinimumWages(new ArrayList<>(byKey.values()));
    }

    /** The standard of the longest code the region starts with, the latest in force on the day; empty if none is known. */
    public Optional<Standard> on(RegionCode region, LocalDate day) {
        return standards.stream()
                .filter(s -> region.value().startsWith(s.region()) && !s.from().isAfter(day))
                .max(Comparator.<Standard>comparingInt(s -> s.region().length()).thenComparing(Standard::from));
    }

    /** 劳动争议调解仲裁法 art. 47(1): an item of at most 12 months of the local minimum is final. */
    public Optional<Money> finalLimit(RegionCode region, LocalDate day) {
        return on(region, day).map(s -> Money.ofFen(Math.multiplyExact(s.monthly().fen(), 12L)));
    }
}
