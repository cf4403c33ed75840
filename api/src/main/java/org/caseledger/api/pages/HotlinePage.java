package org.caseledger.api.pages;

import org.caseledger.api.security.CaseledgerUser;
import org.caseledger.api.security.CurrentUser;
import org.caseledger.api.security.UnionBodyRegistry;
import org.caseledger.api.web.HotlineCsv;
import org.caseledger.projections.workorders.HotlineDashboardQuery;
import org.caseledger.projections.workorders.HotlineFigures;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * 热线看板: the work orders by channel, category, grade, body and month; 按期办结率, 满意度, conversion to cases and the
 * median days to close — counts only, nobody named. An officer sees his body and those below it; the dashboard role
 * and the admin see every body.
 */
@Controller
public class HotlinePage {

    private final HotlineDashboardQuery hotline;
    private final CurrentUser currentUser;
    private final UnionBodyRegistry bodies;

    public HotlinePage(HotlineDashboardQuery hotline, CurrentUser currentUser, UnionBodyRegistry bodies) {
        this.hotline = hotline;
        this.currentUser = currentUser;
        this.bodies = bodies;
    }

    /** The bodies counted: the one chosen (within reach) and those below it; else all the reader reaches (null: all). */
    private Set<String> reach(String body) {
        CaseledgerUser user = currentUser.get();
        Set<String> reach = user.readsOnlyOwnBodies() ? user.readableBodies() : null;
        if (body != null && !body.isBlank() && (reach == null || reach.contains(body))) {
            Set<String> chosen = new TreeSet<>(bodies.selfAndBelow(body));
            if (reach != null) {
                chosen.retainAll(reach);
            }
            return chosen;
        }
        return reach;
    }

    private static String month(String m) {
        return m != null && m.matches("\\d{4}-(0[1-9]|1[0-2])") ? m : null;
    }

    @GetMapping("/dashboard/hotline")
    public String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                       @RequestParam(required = false) String body, Model model) {
        HotlineFigures f = hotline.figures(reach(body), month(from), month(to));
        CaseledgerUser user = currentUser.get();
        model.addAttribute("f", f);
        model.addAttribute("from", month(from));
        model.addAttribute("to", month(to));
        model.addAttribute("body", body);
        model.addAttribute("bodies", user.readsOnlyOwnBodies() ? new TreeSet<>(user.readableBodies())
                : bodies.all().stream().map(UnionBodyRegistry.Entry::name).toList());
        List<String> months = new ArrayList<>(f.byMonth().keySet());
        model.addAttribute("chart", Map.of("months", months,
                "received", f.byMonth().values().stream().map(HotlineFigures.Month::received).toList(),
                "closed", f.byMonth().values().stream().map(HotlineFigures.Month::closed).toList(),
                "closedOnTime", f.byMonth().values().stream().map(HotlineFigures.Month::closedOnTime).toList()));
        return "hotline";
    }

    @GetMapping("/dashboard/hotline.csv")
    public ResponseEntity<String> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                      @RequestParam(required = false) String body) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"hotline.csv\"")
                .body(HotlineCsv.of(hotline.figures(reach(body), month(from), month(to))));
    }
}
