package org.caseledger.api.pages;

import org.caseledger.api.people.People;
import org.caseledger.api.problems.ApiProblem;
import org.caseledger.api.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 查找 on the pages: a search box for a worker (ID-card number, phone, full name) or an employer (credit code, name);
 * a worker's page (his cases and work orders, what each owes him, received and paid out to him, the contacts with him);
 * an employer's page (every case, matter, letter and work order naming it, owed and recovered, the measures against it).
 */
@Controller
public class PeoplePages {

    private final People people;
    private final CurrentUser currentUser;
    private final org.caseledger.api.contacts.Contacts contacts;

    public PeoplePages(People people, CurrentUser currentUser, org.caseledger.api.contacts.Contacts contacts) {
        this.people = people;
        this.currentUser = currentUser;
        this.contacts = contacts;
    }

    @GetMapping("/people")
    public String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            if (q.length() > 64) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "q", "a search is at most 64 characters");
            }
            model.addAttribute("found", people.search(currentUser.get(), q.strip()));
        }
        return "people";
    }

    @GetMapping("/people/{key}")
    public String person(@PathVariable String key, Model model) {
        var user = currentUser.get();
        People.Person person = people.person(user, key).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "PERSON_NOT_FOUND", "key",
                "no person with this key in the cases and work orders you may read"));
        model.addAttribute("person", person);
        model.addAttribute("contacts", contacts.about(user, person));
        return "person";
    }

    @GetMapping("/employers")
    public String employer(@RequestParam String key, Model model) {
        People.Employer employer = people.employer(currentUser.get(), key).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
                "EMPLOYER_NOT_FOUND", "key", "no employer with this key in the cases and work orders you may read"));
        model.addAttribute("employer", employer);
        return "employer";
    }
}
