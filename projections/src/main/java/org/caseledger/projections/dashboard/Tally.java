package org.caseledger.projections.dashboard;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a set of cases summed, so that sums of sets add up: counts and exact amounts, letters by type, and
 * the days to full payment and open deadlines as histograms (a median or an overdue count needs the distribution,
 * not a sum). A dashboard part is tallied once when it is read and kept until it changes; a query adds the tallies of
 * its parts. Amounts in fen with exact arithmetic: a sum past a long is refused, never wrapped.
 */
public final class Tally {

    int cases;
    int matters;
    int workers;
    long originalClaimedFen;
    long claimedFen;
    long agreedFen;
    long recoveredFen;
    long disbursedFen;
    final Map<String, Integer> byStage = new TreeMap<>();
    final Map<String, Integer> byChannel = new TreeMap<>();
    final Map<String, Integer> letters = new TreeMap<>();
    final Map<String, Integer> answered = new TreeMap<>();
    final Map<String, Integer> complied = new TreeMap<>();
    /** Cases paid in full by the days it took. */
    final TreeMap<Long, Integer> daysToFullPayment = new TreeMap<>();
    /** Open deadlines by the day they fall due. */
    final TreeMap<LocalDate, Integer> openDeadlineDues = new TreeMap<>();
    /** Money recovered by the month it came in. */
    final TreeMap<String, Long> recoveredByMonth = new TreeMap<>();

    public static Tally of(Iterable<Contribution> contributions) {
        Tally tally = new Tally();
        contributions.forEach(tally::add);
        return tally;
    }

    public Tally add(Contribution c) {
        if (c.matter) {
            // a supervision matter has no claim: its letters and deadlines count, it is no case
            matters = Math.addExact(matters, 1);
            c.letters.forEach((k, v) -> letters.merge(k, v, Math::addExact));
            c.lettersAnswered.forEach((k, v) -> answered.merge(k, v, Math::addExact));
            c.lettersComplied.forEach((k, v) -> complied.merge(k, v, Math::addExact));
            if (c.openDeadlineDues != null) {
                c.openDeadlineDues.forEach(d -> openDeadlineDues.merge(d, 1, Math::addExact));
            }
            return this;
        }
        cases = Math.addExact(cases, 1);
        workers = Math.addExact(workers, c.workers);
        originalClaimedFen = Math.addExact(originalClaimedFen, c.originalClaimedFen);
        claimedFen = Math.addExact(claimedFen, c.claimedFen);
        agreedFen = Math.addExact(agreedFen, c.agreedFen);
        recoveredFen = Math.addExact(recoveredFen, c.recoveredFen);
        disbursedFen = Math.addExact(disbursedFen, c.disbursedFen);
        byStage.merge(c.stage, 1, Math::addExact);
        byChannel.merge(c.channel, 1, Math::addExact);
        c.letters.forEach((k, v) -> letters.merge(k, v, Math::addExact));
        c.lettersAnswered.forEach((k, v) -> answered.merge(k, v, Math::addExact));
        c.lettersComplied.forEach((k, v) -> complied.merge(k, v, Math::addExact));
        if (c.daysToFullPayment != null) {
            daysToFullPayment.merge(c.daysToFullPayment, 1, Math::addExact);
        }
        c.recoveredByMonth.forEach((k, v) -> recoveredByMonth.merge(k, v, Math::addExact));
        if (c.openDeadlineDues != null) {
            c.openDeadlineDues.forEach(d -> openDeadlineDues.merge(d, 1, Math::addExact));
        }
        return this;
    }

    public Tally add(Tally t) {
        cases = Math.addExact(cases, t.cases);
        matters = Math.addExact(matters, t.matters);
        workers = Math.addExact(workers, t.workers);
        originalClaimedFen = Math.addExact(originalClaimedFen, t.originalClaimedFen);
        claimedFen = Math.addExact(claimedFen, t.claimedFen);
        agreedFen = Math.addExact(agreedFen, t.agreedFen);
        recoveredFen = Math.addExact(recoveredFen, t.recoveredFen);
        disbursedFen = Math.addExact(disbursedFen, t.disbursedFen);
        t.byStage.forEach((k, v) -> byStage.merge(k, v, Math::addExact));
        t.byChannel.forEach((k, v) -> byChannel.merge(k, v, Math::addExact));
        t.letters.forEach((k, v) -> letters.merge(k, v, Math::addExact));
        t.answered.forEach((k, v) -> answered.merge(k, v, Math::addExact));
        t.complied.forEach((k, v) -> complied.merge(k, v, Math::addExact));
        t.daysToFullPayment.forEach((k, v) -> daysToFullPayment.merge(k, v, Math::addExact));
        t.openDeadlineDues.forEach((k, v) -> openDeadlineDues.merge(k, v, Math::addExact));
        t.recoveredByMonth.forEach((k, v) -> recoveredByMonth.merge(k, v, Math::addExact));
        return this;
    }

    /** Money recovered by the month it came in ("2026-06" → fen). */
    public java.util.SortedMap<String, Long> recoveredByMonth() {
        return java.util.Collections.unmodifiableSortedMap(recoveredByMonth);
    }

    /** Open deadlines due before {@code today}. */
    int overdue(LocalDate today) {
        int overdue = 0;
        for (int n : openDeadlineDues.headMap(today).values()) {
            overdue = Math.addExact(overdue, n);
        }
        return overdue;
    }

    int paidInFull() {
        int n = 0;
        for (int count : daysToFullPayment.values()) {
            n = Math.addExact(n, count);
        }
        return n;
    }

    /** Nearest-rank percentile of the days to full payment; null without data. */
    Long daysPercentile(int p) {
        int n = paidInFull();
        if (n == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(p / 100.0 * n));
        long seen = 0;
        for (Map.Entry<Long, Integer> e : daysToFullPayment.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return e.getKey();
            }
        }
        return daysToFullPayment.lastKey();
    }
}
