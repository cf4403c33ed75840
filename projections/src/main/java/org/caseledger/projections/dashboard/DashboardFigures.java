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
        int overdueDeadlines,
        int supervisionMatters) {

    public static DashboardFigures of(Iterable<Contribution> contributions, java.time.LocalDate today) {
        return of(Tally.of(contributions), today);
    }

    public static DashboardFigures of(Tally t, java.time.LocalDate today) {
        Map<String, Double> replyRate = new TreeMap<>();
        Map<String, Double> rectificationRate = new TreeMap<>();
        t.letters.forEach((type, n) -> {
            replyRate.put(type, t.answered.getOrDefault(type, 0) / (double) n);
            rectificationRate.put(type, t.complied.getOrDefault(type, 0) / (double) n);
        });
        return new DashboardFigures(t.cases, new TreeMap<>(t.byStage), new TreeMap<>(t.byChannel), t.workers, t.originalClaimedFen,
                t.claimedFen, t.agreedFen, t.recoveredFen, t.disbursedFen,
                t.claimedFen == 0 ? null : t.recoveredFen / (double) t.claimedFen, new TreeMap<>(t.letters), replyRate, rectificationRate,
                t.paidInFull(), t.daysPercentile(50), t.daysPercentile(90), t.overdue(today), t.matters);
    }
}
