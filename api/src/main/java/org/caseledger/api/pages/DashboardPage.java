package org.caseledger.api.pages;

import org.caseledger.api.i18n.Yuan;

import jakarta.servlet.http.HttpServletResponse;
import org.caseledger.api.security.CaseledgerUser;
import org.caseledger.api.security.CurrentUser;
import org.caseledger.projections.dashboard.DashboardFigures;
import org.caseledger.projections.dashboard.DashboardQuery;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * 数据看板: figures for the reader's union body and the bodies below it (all bodies for the dashboard role and admins),
 * by period: cases by stage and channel, workers, claimed against recovered by month (a chart), the recovery rate,
 * letters by type with reply and rectification rates, days to payment, overdue deadlines; every table as CSV. Counts
 * and sums only: no name, no ID-card number, no case id.
 */
@Controller
public class DashboardPage {

    private static final Yuan YUAN = new Yuan();

    private final DashboardQuery dashboard;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final Clock clock;

    private final org.caseledger.api.people.EarlyWarning warnings;

    public DashboardPage(DashboardQuery dashboard, CurrentUser currentUser, MessageSource messages, Clock clock,
                         org.caseledger.api.people.EarlyWarning warnings) {
        this.warnings = warnings;
        this.dashboard = dashboard;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    /** The filters as asked, checked: months yyyy-MM, a region prefix of digits, a body the reader may see. */
    record Filters(String from, String to, String unionBody, String region, Set<String> bodies) {
    }

    private Filters filters(String from, String to, String unionBody, String region) {
        CaseledgerUser user = currentUser.get();
        Set<String> reach = user.readsOnlyOwnBodies() ? user.readableBodies() : null;
        Set<String> bodies = reach;
        if (unionBody != null && !unionBody.isBlank() && (reach == null || reach.contains(unionBody))) {
            bodies = Set.of(unionBody);
        }
        return new Filters(month(from), month(to), bodies != null && bodies.size() == 1 ? bodies.iterator().next() : null,
                region != null && region.matches("\\d{2,6}") ? region : null, bodies);
    }

    private static String month(String m) {
        return m != null && m.matches("\\d{4}-(0[1-9]|1[0-2])") ? m : null;
    }

    @GetMapping("/dashboard")
    public String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                       @RequestParam(required = false) String unionBody, @RequestParam(required = false) String region, Model model) {
        Filters f = filters(from, to, unionBody, region);
        LocalDate today = LocalDate.now(clock);
        DashboardFigures figures = dashboard.figuresOf(f.bodies(), f.region(), f.from(), f.to(), today);
        SortedMap<String, DashboardFigures> filed = dashboard.monthly(f.bodies(), f.region(), f.from(), f.to(), today);
        SortedMap<String, Long> paid = dashboard.recoveredByMonthPaid(f.bodies(), f.region(), f.from(), f.to());
        SortedMap<String, Month> months = months(filed, paid);
        CaseledgerUser user = currentUser.get();
        java.time.YearMonth last = f.to() != null ? java.time.YearMonth.parse(f.to()) : java.time.YearMonth.from(today);
        model.addAttribute("trend", dashboard.trendByBody(f.bodies(), f.region(), last.minusMonths(11).toString(), last.toString()));
        model.addAttribute("trendMonths", java.util.stream.IntStream.rangeClosed(0, 11).mapToObj(i -> last.minusMonths(11 - i).toString()).toList());
        model.addAttribute("f", f);
        model.addAttribute("warnings", warnings.of(user));
        model.addAttribute("figures", figures);
        model.addAttribute("months", months);
        model.addAttribute("bodies", user.readsOnlyOwnBodies() ? new TreeSet<>(user.readableBodies()) : List.of());
        model.addAttribute("chart", chart(months));
        return "dashboard";
    }

    /** A month of the chart: the cases filed in it and what they claimed; the money that came in during it. */
    public record Month(int cases, long claimedFen, long recoveredFen) {
    }

    /** Claimed by the month of filing, recovered by the month the money came in, side by side. */
    static SortedMap<String, Month> months(SortedMap<String, DashboardFigures> filed, SortedMap<String, Long> paid) {
        SortedMap<String, Month> months = new java.util.TreeMap<>();
        filed.forEach((m, fig) -> months.put(m, new Month(fig.cases(), fig.claimedFen(), 0)));
        paid.forEach((m, fen) -> months.merge(m, new Month(0, 0, fen), (a, b) -> new Month(a.cases(), a.claimedFen(), b.recoveredFen())));
        return months;
    }

    /** The chart's data, as the page's script reads it: months, claimed and recovered in yuan (exact, from fen). */
    private static Map<String, Object> chart(SortedMap<String, Month> months) {
        List<String> labels = new ArrayList<>(months.keySet());
        List<String> claimed = months.values().stream().map(m -> yuan(m.claimedFen())).toList();
        List<String> recovered = months.values().stream().map(m -> yuan(m.recoveredFen())).toList();
        return Map.of("months", labels, "claimed", claimed, "recovered", recovered);
    }

    private static String yuan(long fen) {
        return YUAN.plain(fen);
    }

    /** Every table of the page as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read the Chinese). */
    @GetMapping("/dashboard.csv")
    public void csv(@RequestParam String table, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                    @RequestParam(required = false) String unionBody, @RequestParam(required = false) String region,
                    HttpServletResponse response) throws IOException {
        Filters f = filters(from, to, unionBody, region);
        LocalDate today = LocalDate.now(clock);
        DashboardFigures figures = dashboard.figuresOf(f.bodies(), f.region(), f.from(), f.to(), today);
        Locale locale = LocaleContextHolder.getLocale();
        List<List<String>> rows = new ArrayList<>();
        switch (table) {
            case "stage" -> {
                rows.add(List.of(text("cases.stage", locale), text("dashboard.count", locale)));
                figures.casesByStage().forEach((k, v) -> rows.add(List.of(text("enum.CaseStage." + k, locale), String.valueOf(v))));
            }
            case "channel" -> {
                rows.add(List.of(text("file.channel", locale), text("dashboard.count", locale)));
                figures.casesByChannel().forEach((k, v) -> rows.add(List.of(text("enum.Channel." + k, locale), String.valueOf(v))));
            }
            case "month" -> {
                rows.add(List.of(text("dashboard.month", locale), text("dashboard.casesFiled", locale), text("dashboard.claimedByFiling", locale),
                        text("dashboard.recoveredByPayment", locale)));
                months(dashboard.monthly(f.bodies(), f.region(), f.from(), f.to(), today),
                        dashboard.recoveredByMonthPaid(f.bodies(), f.region(), f.from(), f.to())).forEach((m, v) -> rows.add(List.of(m,
                        String.valueOf(v.cases()), yuan(v.claimedFen()), yuan(v.recoveredFen()))));
            }
            case "letters" -> {
                rows.add(List.of(text("dashboard.letterType", locale), text("dashboard.issued", locale), text("dashboard.replied", locale),
                        text("dashboard.rectified", locale)));
                figures.lettersByType().forEach((k, v) -> rows.add(List.of(text("enum.LetterType." + k, locale), String.valueOf(v),
                        percent(figures.replyRateByType().get(k)), percent(figures.rectificationRateByType().get(k)))));
            }
            default -> {
                response.sendError(404);
                return;
            }
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"dashboard-" + table + ".csv\"");
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.print('\uFEFF');
        for (List<String> row : rows) {
            out.print(String.join(",", row.stream().map(DashboardPage::cell).toList()) + "\r\n");
        }
        out.flush();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String percent(Double rate) {
        return rate == null ? "" : String.format("%.1f%%", rate * 100);
    }

    /** A CSV cell, quoted when it must be, and never read as a formula by a spreadsheet. */
    private static String cell(String value) {
        String v = value.matches("^[=+\\-@].*") && !value.matches("^-?\\d.*") ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
