package org.caseledger.api.pages;

import org.caseledger.api.security.CaseledgerUser;
import org.caseledger.api.security.CurrentUser;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.projections.caselist.CaseListEntry;
import org.caseledger.projections.caselist.CaseListQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** 我的案件: the cases the reader may see, filtered, with the next deadline and the money owed and received. */
@Controller
public class CaseListPage {

    static final int PAGE_SIZE = 20;

    private final CaseListQuery list;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final org.caseledger.api.cases.CaseNumbering numbering;

    public CaseListPage(CaseListQuery list, CurrentUser currentUser, Clock clock, org.caseledger.api.cases.CaseNumbering numbering) {
        this.numbering = numbering;
        this.list = list;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/")
    public String home() {
        CaseledgerUser user = currentUser.get();
        return user.is("DASHBOARD") && !user.is("OFFICER") && !user.is("AUDITOR") ? "redirect:/dashboard" : "redirect:/cases";
    }

    /** 案号 as typed: 大武口-2026-7 or 大武口-2026-0007. */
    private static final java.util.regex.Pattern CASE_NUMBER = java.util.regex.Pattern.compile("(.+)-(\\d{4})-(\\d{1,6})");

    /** Whether the case is the one of this number (only a case of that body and year is looked up). */
    private boolean isNumbered(CaseListEntry e, String place, int year, int n) {
        return e.filedOn != null && e.filedOn.getYear() == year && e.unionBody != null
                && org.caseledger.projections.numbers.CaseNumbers.shortName(e.unionBody).equals(place)
                && numbering.of(e.caseId, e.unionBody, e.filedOn).filter(org.caseledger.projections.numbers.CaseNumbers.format(e.unionBody, year, n)::equals)
                .isPresent();
    }

    /** A row of the list: the case and its next deadline counted from today. */
    public record Row(CaseListEntry entry, Long daysLeft, boolean overdue, String number) {
    }

    @GetMapping("/cases")
    public String cases(@RequestParam(required = false) String q, @RequestParam(required = false) String stage,
                        @RequestParam(required = false) String officer, @RequestParam(required = false) Boolean overdue,
                        @RequestParam(defaultValue = "0") int page, Model model) {
        CaseledgerUser user = currentUser.get();
        LocalDate today = LocalDate.now(clock);
        String stageFilter = stage == null || stage.isBlank() || !isStage(stage) ? null : stage;
        String officerFilter = officer == null || officer.isBlank() ? null : officer;
        CaseListQuery.Filter filter = new CaseListQuery.Filter(stageFilter, officerFilter, null, null, null,
                Boolean.TRUE.equals(overdue) ? Boolean.TRUE : null, user.readsOnlyOwnBodies() ? user.readableBodies() : null);
        int current = Math.max(0, page);
        List<CaseListEntry> matching;
        long total;
        if (q != null && !q.isBlank()) {
            // text search on the case number and the obligors' names and ids: over the reader's cases, in memory
            String needle = q.strip().toLowerCase(Locale.ROOT);
            java.util.regex.Matcher number = CASE_NUMBER.matcher(q.strip());
            boolean byNumber = number.matches();
            List<CaseListEntry> all = list.find(filter, today, 0, Integer.MAX_VALUE).items().stream()
                    .filter(e -> byNumber && isNumbered(e, number.group(1), Integer.parseInt(number.group(2)), Integer.parseInt(number.group(3)))
                            || e.caseId.toLowerCase(Locale.ROOT).contains(needle)
                            || e.obligorNames.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(needle))
                            || e.obligorIds.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(needle))).toList();
            total = all.size();
            matching = all.subList((int) Math.min(all.size(), (long) current * PAGE_SIZE), (int) Math.min(all.size(), (long) (current + 1) * PAGE_SIZE));
        } else {
            CaseListQuery.Page found = list.find(filter, today, current, PAGE_SIZE);
            total = found.total();
            matching = found.items();
        }
        model.addAttribute("rows", matching.stream().map(e -> new Row(e, e.nextDeadlineDue == null ? null
                : ChronoUnit.DAYS.between(today, e.nextDeadlineDue), e.nextDeadlineDue != null && e.nextDeadlineDue.isBefore(today),
                numbering.label(e.caseId, e.unionBody, e.filedOn))).toList());
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("stage", stageFilter);
        model.addAttribute("officer", officerFilter);
        model.addAttribute("overdue", Boolean.TRUE.equals(overdue));
        model.addAttribute("stages", CaseStage.values());
        model.addAttribute("mayFile", user.is("OFFICER") && user.unionBody() != null);
        return "cases";
    }

    private static boolean isStage(String s) {
        for (CaseStage st : CaseStage.values()) {
            if (st.name().equals(s)) {
                return true;
            }
        }
        return false;
    }
}
