package org.caseledger.api.web;

import jakarta.servlet.http.HttpServletRequest;
import org.caseledger.api.cases.CasePeople;
import org.caseledger.api.cases.CommandService;
import org.caseledger.api.problems.ApiProblem;
import org.caseledger.api.problems.Problems;
import org.caseledger.api.security.CaseOwnership;
import org.caseledger.api.security.CaseledgerUser;
import org.caseledger.api.security.CurrentUser;
import org.caseledger.api.sheets.ClaimantSheet;
import org.caseledger.api.sheets.ClaimantSheetReader;
import org.caseledger.api.sheets.SheetUpload;
import org.caseledger.core.intake.AddClaimants;
import org.caseledger.core.kernel.CaseId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * 花名册 over HTTP. {@code POST /api/claimant-sheets} reads and checks a worker list (.xlsx or .csv, as the body or
 * the form part {@code file}) and records nothing: its columns as read, every refused cell by row and column, and when
 * all rows are good the claimants, ready for a filing. {@code POST /api/cases/{caseId}/claimant-sheets} adds the list's
 * workers to a case — all of them, after every row is checked against the sheet and the case, or none (422 naming each
 * refused cell).
 */
@RestController
public class ClaimantSheetController {

    private final ClaimantSheetReader reader;
    private final CurrentUser currentUser;
    private final CaseOwnership ownership;
    private final CasePeople people;
    private final CommandService commands;
    private final Clock clock;

    public ClaimantSheetController(ClaimantSheetReader reader, CurrentUser currentUser, CaseOwnership ownership, CasePeople people,
                                   CommandService commands, Clock clock) {
        this.reader = reader;
        this.currentUser = currentUser;
        this.ownership = ownership;
        this.people = people;
        this.commands = commands;
        this.clock = clock;
    }

    /** What adding a list did: the case's version after it, and how many workers joined for how much. */
    public record SheetImported(String caseId, long version, int added, long claimed) {
    }

    @PostMapping("/api/claimant-sheets")
    public ClaimantSheet check(HttpServletRequest request, @RequestParam(required = false) String caseId) {
        CaseledgerUser user = currentUser.get();
        if (!user.is("OFFICER")) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "NOT_AN_OFFICER", null, "worker lists are read by officers");
        }
        SheetUpload upload = SheetUpload.of(request, reader.maxBytes());
        return reader.read(upload.bytes(), upload.chosen(), caseId == null ? List.of() : known(ownCase(user, caseId)));
    }

    @PostMapping("/api/cases/{caseId}/claimant-sheets")
    public ResponseEntity<?> add(@PathVariable String caseId, HttpServletRequest request, @RequestParam(required = false) String occurredOn,
                                 @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        CaseledgerUser user = currentUser.get();
        ownCase(user, caseId);
        LocalDate on = CommandRequests.dayOrToday(occurredOn, clock);
        SheetUpload upload = SheetUpload.of(request, reader.maxBytes());
        ClaimantSheet sheet = reader.read(upload.bytes(), upload.chosen(), known(caseId));
        if (!sheet.ok()) {
            return refused(sheet);
        }
        Long expected = ifMatch == null ? null : CommandRequests.expectedVersion(ifMatch, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
        long version = commands.send(new AddClaimants(CaseId.of(caseId), sheet.claimants(), on), caseId, user, expected,
                CorrelationIdFilter.of(request));
        return ResponseEntity.ok().eTag(CommandRequests.etag(version))
                .body(new SheetImported(caseId, version, sheet.claimants().size(), sheet.claimed()));
    }

    /** 422 naming every refused cell (the first 500): nothing was recorded. */
    public static ResponseEntity<ProblemDetail> refused(ClaimantSheet sheet) {
        var first = sheet.errors().get(0);
        ResponseEntity<ProblemDetail> problem = Problems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "SHEET_ROWS_INVALID", first.field(),
                sheet.errorCount() + " cells of the worker list are refused; nothing was recorded (first: row " + first.row()
                        + (first.column() == null ? "" : ", column " + first.column()) + ": " + first.reason() + ")");
        problem.getBody().setProperty("errors", sheet.errors());
        return problem;
    }

    /** The case, when the officer may change it: another body's case is not even shown to exist. */
    private String ownCase(CaseledgerUser user, String caseId) {
        String owner = ownership.unionBodyOf(caseId).orElseThrow(() -> ApiProblem.notFound(caseId));
        if (!user.mayChange(owner)) {
            if (user.maySee(owner)) {
                throw new ApiProblem(HttpStatus.FORBIDDEN, "READ_ONLY_CASE", null, "the case belongs to " + owner + ": its own officers add workers to it");
            }
            throw ApiProblem.notFound(caseId);
        }
        return caseId;
    }

    private List<ClaimantSheetReader.Known> known(String caseId) {
        return people.of(caseId).entrySet().stream()
                .map(e -> new ClaimantSheetReader.Known(e.getKey(), e.getValue().name(), e.getValue().idCardNumber())).toList();
    }

}
