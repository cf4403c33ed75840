package org.caseledger.api.pages;

import org.caseledger.api.problems.ApiProblem;
import org.caseledger.api.web.CalendarController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 期限计算: the officer's small form over the calendar endpoint: a start day, and either working days (a letter's reply
 * window) or a court period in days; the answer shows the last day, the days passed over and whether it is provisional.
 */
@Controller
public class CalendarPage {

    private final CalendarController calendar;

    public CalendarPage(CalendarController calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/calendar")
    public String page(@RequestParam(required = false) String from, @RequestParam(required = false) String counting,
                       @RequestParam(required = false) Integer length, Model model) {
        model.addAttribute("from", from);
        model.addAttribute("counting", counting == null ? "WORKING_DAYS" : counting);
        model.addAttribute("length", length);
        if (from != null && !from.isBlank() && length != null) {
            try {
                boolean working = !"COURT_PERIOD".equals(counting);
                model.addAttribute("answer", calendar.deadline(from, working ? length : null, working ? null : length));
            } catch (ApiProblem p) {
                model.addAttribute("error", p.getMessage());
            }
        }
        return "calendar";
    }
}
