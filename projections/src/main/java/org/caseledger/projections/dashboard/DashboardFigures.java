package org.caseledger.projections.dashboard;

import java.util.Map;
import java.util.TreeMap;

/**
 * The published KPIs for a set of cells: cases by stage and channel, workers covered, amounts claimed /
 * agreed / recovered / disbursed, recovery rate, letters by type with reply and rectification rates, days from
 * intake to full payment (median, 90th percentile), overdue deadlines. No personal data.
 */
public record DashboardFigures(
        int cases,
        Map<String, Integer> casesByStage,
        Map<String, Integer> casesByChannel,
        int workersCovered,
        long originalClaimedFen,
        long claimedFen,
        long agreedFen,
        long recoveredFen,
        long disbursedFen,
        Double recoveryRate,
        Map<String, Integer> lettersByType,
        Map<String, Double> replyRateByType,
        Map<String, Double> rectificationRateByType,
        int casesPaidInFull,
        Long medianDaysToFullPayment,
        Long p90DaysToFullPayment,
        int overdueDeadlines) {

    public static DashboardFigures of(Iterable<Contribution> contributions, java.time.LocalDate today) {
        int cases = 0;
        int workers = 0;
        long original = 0;
        long claimed = 0;
        long agreed = 0;
        long recovered = 0;
        long disbursed = 0;
        int overdue = 0;
        Map<String, Integer> byStage = new TreeMap<>();
        Map<String, Integer> byChannel = new TreeMap<>();
        Map<String, Integer> letters = new TreeMap<>();
        Map<String, Integer> answered = new TreeMap<>();
        Map<String, Integer> complied = new TreeMap<>();
        java.util.List<Long> days = new java.util.ArrayList<>();
        for (Contribution c : contributions) {
            cases++;
            workers = Math.addExact(workers, c.workers); // exact: a sum past a long is refused (422), never wrapped
            original = Math.addExact(original, c.originalClaimedFen);
            claimed = Math.addExact(claimed, c.claimedFen);
            agreed = Math.addExact(agreed, c.agreedFen);
            recovered = Math.addExact(recovered, c.recoveredFen);
            disbursed = Math.addExact(disbursed, c.disbursedFen);
            byStage.merge(c.stage, 1, Integer::sum);
            byChannel.merge(c.channel, 1, Integer::sum);
            c.letters.forEach((k, v) -> letters.merge(k, v, Integer::sum));
            c.lettersAnswered.forEach((k, v) -> answered.merge(k, v, Integer::sum));
            c.lettersComplied.forEach((k, v) -> complied.merge(k, v, Integer::sum));
            if (c.daysToFullPayment != null) {
                days.add(c.daysToFullPayment);
            }
            if (c.openDeadlineDues != null) {
                overdue += (int) c.openDeadlineDues.stream().filter(d -> d.isBefore(today)).count();
            }
        }
        Map<String, Double> replyRate = new TreeMap<>();
        Map<String, Double> rectificationRate = new TreeMap<>();
        letters.forEach((type, n) -> {
            replyRate.put(type, answered.getOrDefault(type, 0) / (double) n);
            rectificationRate.put(type, complied.getOrDefault(type, 0) / (double) n);
        });
        java.util.Collections.sort(days);
        return new DashboardFigures(cases, byStage, byChannel, workers, original, claimed, agreed, recovered, disbursed,
                claimed == 0 ? null : recovered / (double) claimed, letters, replyRate, rectificationRate, days.size(),
                percentile(days, 50), percentile(days, 90), overdue);
    }

    /** Nearest-rank percentile; null without data. */
    static Long percentile(java.util.List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
