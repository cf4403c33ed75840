package org.caseledger.core.litigation;

import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RegionCode;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
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
 *
 * <p>"当地" is the locality of the commission (or of the workplace): a district or county code finds its own row or its
 * city's or province's. A city or province code (a city union's case, a city commission) has no tier of its own: it is
 * the locality of its seat (a {@code seat} line: 平凉市 620800 sits in 崆峒区 620802), or, without a seat, of the
 * rows beneath it when they all give the same figure on the day.
 */
public final class MinimumWages {

    /** One published standard: from {@code from} on, in regions whose code starts with {@code region}. */
    public record Standard(String region, LocalDate from, Money monthly, String source) {
    }

    /** The standard found for a locality and day, and the region code whose row it is. */
    public record Found(Standard standard, String region) {

        /** 劳动争议调解仲裁法 art. 47(1): an item of at most 12 months of this minimum is final. */
        public Money finalLimit() {
            return Money.ofFen(Math.multiplyExact(standard.monthly().fen(), 12L));
        }
    }

    private final List<Standard> standards;
    /** The district or county each city or province code sits in (its government's seat). */
    private final Map<String, String> seats;

    private MinimumWages(List<Standard> standards, Map<String, String> seats) {
        this.standards = List.copyOf(standards);
        this.seats = Map.copyOf(seats);
    }

    public static MinimumWages fromDefaultResource() {
        return org.caseledger.core.kernel.RuleTable.resource(MinimumWages.class, "minimum-wages.tsv", MinimumWages::parse);
    }

    /**
     * Lines of {@code region<TAB>first day<TAB>yuan<TAB>source}, or {@code seat<TAB>city or province code<TAB>district
     * code<TAB>note}; {@code #} starts a comment. A malformed line stops with its file and line number: a wrong figure
     * would decide awards.
     */
    public static MinimumWages parse(Reader reader, String name) throws IOException {
        List<Standard> standards = new ArrayList<>();
        Map<String, String> seats = new LinkedHashMap<>();
        org.caseledger.core.kernel.RuleTable.read(reader, name, parts -> {
            if (parts[0].equals("seat")) {
                if (parts.length < 3 || !parts[1].matches("\\d{6}") || !parts[2].matches("\\d{6}")) {
                    throw new IllegalArgumentException("expected seat, a city or province code and a district code separated by tabs");
                }
                seats.put(parts[1], parts[2]);
                return;
            }
            if (parts.length < 3 || !parts[0].matches("\\d{2}(\\d{2}){0,2}")) {
                throw new IllegalArgumentException("expected region code, first day and yuan separated by tabs");
            }
            Money monthly = Money.ofYuan(parts[2].strip());
            if (!monthly.isPositive()) {
                throw new IllegalArgumentException("a minimum wage is positive");
            }
            standards.add(new Standard(parts[0], LocalDate.parse(parts[1].strip()), monthly, parts.length > 3 ? parts[3].strip() : ""));
        });
        return new MinimumWages(standards, seats);
    }

    /** These standards with another file's: a line for the same region and first day replaces the one here. */
    public MinimumWages plus(MinimumWages more) {
        Map<String, Standard> byKey = new LinkedHashMap<>();
        standards.forEach(s -> byKey.put(s.region() + "@" + s.from(), s));
        more.standards.forEach(s -> byKey.put(s.region() + "@" + s.from(), s));
        Map<String, String> allSeats = new LinkedHashMap<>(seats);
        allSeats.putAll(more.seats);
        return new MinimumWages(new ArrayList<>(byKey.values()), allSeats);
    }

    /** The standard in force on {@code day} in the locality {@code region}; empty if none is known. */
    public Optional<Found> at(RegionCode region, LocalDate day) {
        String code = region.value();
        if (isDistrict(code)) {
            return ownOrAbove(code, day);
        }
        String seat = seats.get(code);
        if (seat != null) {
            return ownOrAbove(seat, day);
        }
        // no seat known: the rows beneath, if they agree on the day
        String prefix = significant(code);
        List<Found> beneath = standards.stream().filter(s -> s.region().startsWith(prefix) && s.region().length() > prefix.length())
                .map(s -> s.region()).distinct().map(r -> ownOrAbove(r, day)).flatMap(Optional::stream).toList();
        boolean agree = !beneath.isEmpty() && beneath.stream().map(f -> f.standard().monthly()).distinct().count() == 1;
        return agree ? Optional.of(beneath.get(0)) : ownOrAbove(code, day);
    }

    /** The standard of the longest code the region starts with, the latest in force on the day. */
    private Optional<Found> ownOrAbove(String code, LocalDate day) {
        return standards.stream()
                .filter(s -> code.startsWith(s.region()) && !s.from().isAfter(day))
                .max(Comparator.<Standard>comparingInt(s -> s.region().length()).thenComparing(Standard::from))
                .map(s -> new Found(s, code));
    }

    /** A six-digit code of a district or county (not ending in 00). */
    private static boolean isDistrict(String code) {
        return code.length() == 6 && !code.endsWith("00");
    }

    /** The code without its trailing zero pairs: 620800 → 6208, 620000 → 62. */
    private static String significant(String code) {
        String s = code;
        while (s.length() > 2 && s.endsWith("00")) {
            s = s.substring(0, s.length() - 2);
        }
        return s;
    }
}
