package org.caseledger.api.web;

import org.caseledger.api.problems.ApiProblem;
import org.caseledger.core.deadline.ChineseWorkingDayCalendar;
import org.caseledger.core.deadline.PeriodEnd;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The calendar an officer plans with: from a start day, so many working days (a letter's reply window) or a court
 * period of so many days (民事诉讼法 art. 85), the last day, the days passed over, and whether a year on the way has
 * no published arrangement yet (the answer may then still move). The same calculation the case's rules use.
 */
@RestController
public class CalendarController {

    /** A bound on the asking, not on the law: periods longer than ten years are no one's plan. */
    static final int MAX_DAYS = 3660;
    static final int MAX_WORKING_DAYS = 2500;

    private final ChineseWorkingDayCalendar calendar;

    public CalendarController(ChineseWorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** How a period was counted, and its end. */
    public record DeadlineAnswer(String counting, int length, PeriodEnd end, String basis) {
    }

    @GetMapping("/api/calendar/deadline")
    public DeadlineAnswer deadline(@RequestParam String from, @RequestParam(required = false) Integer workingDays,
                                   @RequestParam(required = false) Integer days) {
        LocalDate start = day(from);
        if ((workingDays == null) == (days == null)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", workingDays == null ? "workingDays" : "days",
                    "give either workingDays (a reply window) or days (a court period), not both and not neither");
        }
        if (workingDays != null) {
            bounded(workingDays, MAX_WORKING_DAYS, "workingDays");
            return new DeadlineAnswer("WORKING_DAYS", workingDays, PeriodEnd.ofWorkingDays(start, workingDays, calendar),
                    "working days after the start day, which is not counted (浙江条例 art. 22)");
        }
        bounded(days, MAX_DAYS, "days");
        return new DeadlineAnswer("COURT_PERIOD", days, PeriodEnd.ofCourtPeriod(start, days, calendar),
                "the start day not counted; a last day on a holiday or rest day moves to the next working day (民事诉讼法 art. 85)");
    }

    private static LocalDate day(String text) {
        try {
            LocalDate d = LocalDate.parse(text);
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "from", "a day between 2000 and 2100");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "from", "a day is yyyy-MM-dd, e.g. 2026-12-28");
        }
    }

    private static void bounded(int value, int max, String field) {
        if (value < 1 || value > max) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", field, "between 1 and " + max);
        }
    }
}
