package org.caseledger.core.authority;

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

/**
 * 拒不支付劳动报酬罪 "数额较大" (拒不支付劳动报酬解释, 法释〔2013〕3号, art. 3): one worker's pay of three months or more
 * of at least {@code oneWorker}, or ten or more workers' pay of at least {@code tenWorkers} in all, as each province's high
 * court fixed them within the interpretation's range. Built from {@code criminal-thresholds.tsv} and any files a
 * deployment adds.
 */
public final class CriminalThresholds {

    /** The national range's lower ends (art. 3 ¶1): below them no province may find the amount large. */
    public static final Threshold NATIONAL_FLOOR = new Threshold(null, null, Money.ofYuan("5000"), Money.ofYuan("30000"),
            "法释〔2013〕3号 art. 3: 5,000-20,000 / 30,000-100,000");

    /** One province's (or city's) figures from {@code from} on; {@code region} null for the national range. */
    public record Threshold(String region, LocalDate from, Money oneWorker, Money tenWorkers, String source) {
    }

    private final List<Threshold> thresholds;

    private CriminalThresholds(List<Threshold> thresholds) {
        this.thresholds = List.copyOf(thresholds);
    }

    public static CriminalThresholds fromDefaultResource() {
        return org.caseledger.core.kernel.RuleTable.resource(CriminalThresholds.class, "criminal-thresholds.tsv", CriminalThresholds::parse);
    }

    /**
     * Lines of {@code region<TAB>first day<TAB>one worker (yuan)<TAB>ten workers (yuan)<TAB>source}; {@code #} starts a
     * comment. A figure outside the interpretation's range stops with its file and line number.
     */
    public static CriminalThresholds parse(Reader reader, String name) throws IOException {
        List<Threshold> thresholds = new ArrayList<>();
        org.caseledger.core.kernel.RuleTable.read(reader, name, parts -> {
            if (parts.length < 4 || !parts[0].matches("\\d{2}(\\d{2}){0,2}")) {
                throw new IllegalArgumentException("expected region code, first day and two amounts in yuan separated by tabs");
            }
            Money one = Money.ofYuan(parts[2].strip());
            Money ten = Money.ofYuan(parts[3].strip());
            if (one.fen() < 500_000 || one.fen() > 2_000_000 || ten.fen() < 3_000_000 || ten.fen() > 10_000_000) {
                throw new IllegalArgumentException("outside the range of 法释〔2013〕3号 art. 3 (5,000-20,000 and 30,000-100,000)");
            }
            thresholds.add(new Threshold(parts[0], LocalDate.parse(parts[1].strip()), one, ten, parts.length > 4 ? parts[4].strip() : ""));
        });
        return new CriminalThresholds(thresholds);
    }

    /** These thresholds with another file's: a line for the same region and first day replaces the one here. */
    public CriminalThresholds plus(CriminalThresholds more) {
        Map<String, Threshold> byKey = new LinkedHashMap<>();
        thresholds.forEach(t -> byKey.put(t.region() + "@" + t.from(), t));
        more.thresholds.forEach(t -> byKey.put(t.region() + "@" + t.from(), t));
        return new CriminalThresholds(new ArrayList<>(byKey.values()));
    }

    /** The figures in force in the region on the day: its province's (or city's), else the national range's lower ends. */
    public Threshold at(RegionCode region, LocalDate day) {
        return thresholds.stream()
                .filter(t -> region.value().startsWith(t.region()) && !t.from().isAfter(day))
                .max(Comparator.<Threshold>comparingInt(t -> t.region().length()).thenComparing(Threshold::from))
                .orElse(NATIONAL_FLOOR);
    }
}
