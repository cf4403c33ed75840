package org.caseledger.api.web;

import org.caseledger.api.people.People;
import org.caseledger.api.problems.ApiProblem;
import org.caseledger.api.security.CaseledgerUser;
import org.caseledger.api.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * 查找当事人 over HTTP: {@code GET /api/people?q=} finds people by ID-card number, phone or full name (exact, through
 * the blind index) and employers by credit code or name, within the bodies one may read; {@code GET /api/people/{key}}
 * is a person's places (cases and work orders, what each owes him); {@code GET /api/employers?key=} an employer's;
 * {@code GET /api/employers/warnings} the employers with several open matters (预警).
 */
@RestController
public class PeopleController {

    static final int MAX_QUERY = 64;

    private final People people;
    private final CurrentUser currentUser;
    private final org.caseledger.api.contacts.Contacts contacts;

    public PeopleController(People people, CurrentUser currentUser, org.caseledger.api.contacts.Contacts contacts) {
        this.contacts = contacts;
        this.people = people;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/people")
    public People.Found search(@RequestParam String q) {
        return people.search(reader(), checked(q, "q"));
    }

    @GetMapping("/api/people/{key}")
    public People.Person person(@PathVariable String key) {
        return people.person(reader(), key).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "PERSON_NOT_FOUND", "key",
                "no person with this key in the cases and work orders you may read"));
    }

    @GetMapping("/api/employers")
    public People.Employer employer(@RequestParam String key) {
        return people.employer(reader(), checked(key, "key")).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "EMPLOYER_NOT_FOUND", "key",
                "no employer with this key in the cases and work orders you may read"));
    }

    @GetMapping("/api/employers/warnings")
    public List<People.EmployerHit> warnings(@RequestParam(defaultValue = "2") int min) {
        if (min < 2 || min > 100) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "min", "min is 2 to 100");
        }
        return people.withSeveralOpen(currentUser.get(), min);
    }

    /** 联系记录's time per officer in a year, for the annual report of legal-aid work (figures, no words). */
    @GetMapping("/api/reports/contact-time")
    public java.util.Collection<org.caseledger.projections.people.ContactTime.OfficerYear> contactTime(@RequestParam int year) {
        if (year < 2000 || year > 2100) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "year", "a year from 2000 to 2100");
        }
        return contacts.timeByOfficer(currentUser.get(), java.time.Year.of(year)).values();
    }

    /** People are looked up by officers and auditors; the dashboard's readers see figures, not persons. */
    private CaseledgerUser reader() {
        CaseledgerUser user = currentUser.get();
        if (!user.is("OFFICER") && !user.is("AUDITOR")) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "FORBIDDEN", null, "people are looked up by officers and auditors");
        }
        return user;
    }

    static String checked(String text, String field) {
        if (text == null || text.isBlank() || text.length() > MAX_QUERY || text.chars().anyMatch(c -> c < 0x20)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", field, field + " is 1 to " + MAX_QUERY + " characters");
        }
        return text.strip();
    }
}
