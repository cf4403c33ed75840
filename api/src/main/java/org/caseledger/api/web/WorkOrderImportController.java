package org.caseledger.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.servlet.http.HttpServletRequest;
import org.caseledger.api.cases.CommandService;
import org.caseledger.api.problems.ApiProblem;
import org.caseledger.api.problems.Problems;
import org.caseledger.api.security.CaseledgerUser;
import org.caseledger.api.security.CurrentUser;
import org.caseledger.api.security.UnionBodyRegistry;
import org.caseledger.core.intake.PersonalData;
import org.caseledger.core.kernel.CaseRuleViolation;
import org.caseledger.core.workorder.ClassifyWorkOrder;
import org.caseledger.core.workorder.Employer;
import org.caseledger.core.workorder.ReceiveWorkOrder;
import org.caseledger.core.workorder.WorkOrderCategory;
import org.caseledger.core.workorder.WorkOrderChannel;
import org.caseledger.core.workorder.WorkOrderGrade;
import org.caseledger.core.workorder.WorkOrderId;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A provincial hotline's export of work orders, imported for the officer's own body: CSV (UTF-8, a header line) or a
 * JSON array, with the columns {@value #COLUMNS}. Every row is checked before anything is recorded — its number,
 * day, channel (the code or its Chinese name), the worker's ID-card number and phone, the employer's credit code, the
 * demand — and one bad row refuses the whole file, naming each bad row and field. Each order gets the id
 * {@code <body code>-WO-<number>}: importing the same file again (after a failure half-way, or by mistake) adds only the
 * rows not yet there, so an import is never left half-done.
 */
@RestController
public class WorkOrderImportController {

    static final String COLUMNS = "number, receivedOn, channel, name, phone, idCardNumber, employer, creditCode, place, industry, demand, category, grade";
    static final int MAX_ROWS = 5_000;
    static final int MAX_TEXT = 2_000;

    /** One refused row. */
    public record RowError(int row, String field, String reason) {
    }

    /** What an import did: the orders recorded now, and those already there from an earlier import. */
    public record ImportAnswer(List<String> imported, List<String> alreadyImported) {
    }

    private record Row(ReceiveWorkOrder receive, ClassifyWorkOrder classify) {
    }

    private final CommandService commands;
    private final CurrentUser currentUser;
    private final UnionBodyRegistry bodies;
    private final MessageSource messages;
    private final CommandRequests requests;
    private final Clock clock;

    public WorkOrderImportController(CommandService commands, CurrentUser currentUser, UnionBodyRegistry bodies, MessageSource messages,
                                     CommandRequests requests, Clock clock) {
        this.commands = commands;
        this.currentUser = currentUser;
        this.bodies = bodies;
        this.messages = messages;
        this.requests = requests;
        this.clock = clock;
    }

    @PostMapping(path = "/api/work-orders/import", consumes = {"text/csv", "application/json"})
    public ResponseEntity<?> importOrders(@RequestBody byte[] bytes, HttpServletRequest request,
                                          @RequestHeader("Content-Type") String contentType) {
        CaseledgerUser user = currentUser.get();
        UnionBodyRegistry.Entry own = bodies.find(user.unionBody()).filter(b -> user.is("OFFICER")).orElseThrow(() ->
                new ApiProblem(HttpStatus.FORBIDDEN, "NO_UNION_BODY", null, "work orders are imported by an officer of a configured union body"));
        List<JsonNode> records = contentType.startsWith("text/csv") ? csv(bytes) : json(bytes);
        if (records.isEmpty() || records.size() > MAX_ROWS) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", null, "an import holds 1 to " + MAX_ROWS + " rows");
        }
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < records.size(); i++) {
            int row = i + 1;
            try {
                Row r = row(records.get(i), own, today);
                if (!numbers.add(r.receive().workOrderId().value())) {
                    errors.add(new RowError(row, "number", "the number is in the file twice"));
                } else {
                    rows.add(r);
                }
            } catch (RowRefused e) {
                errors.add(new RowError(row, e.field, e.getMessage()));
            } catch (CaseRuleViolation e) {
                errors.add(new RowError(row, e.field(), messages.getMessage("rule." + e.code(), null, e.code().name(), Locale.ENGLISH)));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(row, null, e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            ResponseEntity<ProblemDetail> problem = Problems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "IMPORT_ROWS_INVALID", errors.get(0).field(),
                    errors.size() + " of " + records.size() + " rows are refused; nothing was imported (first: row " + errors.get(0).row() + ", "
                            + errors.get(0).reason() + ")");
            problem.getBody().setProperty("errors", errors.subList(0, Math.min(errors.size(), 200)));
            return problem;
        }
        List<String> imported = new ArrayList<>();
        List<String> already = new ArrayList<>();
        for (Row r : rows) {
            String id = r.receive().workOrderId().value();
            if (commands.version(id) >= 0) {
                already.add(id);
                continue;
            }
            commands.send(r.receive(), id, user, null, CorrelationIdFilter.of(request));
            if (r.classify() != null) {
                commands.send(r.classify(), id, user, null, CorrelationIdFilter.of(request));
            }
            imported.add(id);
        }
        return ResponseEntity.ok(new ImportAnswer(imported, already));
    }

    private Row row(JsonNode r, UnionBodyRegistry.Entry own, LocalDate today) {
        String number = text(r, "number", true);
        if (!number.matches("[A-Za-z0-9._:-]{1,40}")) {
            throw new RowRefused("number", "a number is 1-40 letters, digits, '.', '_', ':' or '-'");
        }
        LocalDate on;
        try {
            on = LocalDate.parse(text(r, "receivedOn", true));
        } catch (DateTimeParseException e) {
            throw new RowRefused("receivedOn", "a day is yyyy-MM-dd");
        }
        if (on.isAfter(today)) {
            throw new RowRefused("receivedOn", "the day is after today");
        }
        WorkOrderChannel channel = code(WorkOrderChannel.class, text(r, "channel", true), "channel");
        String idCard = text(r, "idCardNumber", false);
        PersonalData worker;
        try {
            worker = new PersonalData(text(r, "name", true), idCard == null ? null : idCard.toUpperCase(Locale.ROOT), text(r, "phone", false));
        } catch (IllegalArgumentException e) {
            throw new RowRefused(idCard != null && !PersonalData.isValidIdCardNumber(idCard.toUpperCase(Locale.ROOT)) ? "idCardNumber" : "phone",
                    e.getMessage());
        }
        String employerName = text(r, "employer", false);
        String creditCode = text(r, "creditCode", false);
        if (employerName == null && creditCode != null) {
            throw new RowRefused("employer", "a credit code needs the employer's name");
        }
        Employer employer = employerName == null ? null : new Employer(employerName, creditCode);
        WorkOrderId id = WorkOrderId.of(own.code() + "-WO-" + number);
        ReceiveWorkOrder receive = new ReceiveWorkOrder(id, bodies.unionBody(own), channel, worker, employer, text(r, "place", false),
                text(r, "industry", false), text(r, "demand", true), on);
        String category = text(r, "category", false);
        String grade = text(r, "grade", false);
        if ((category == null) != (grade == null)) {
            throw new RowRefused(category == null ? "category" : "grade", "a row is classified with both its category and its grade, or neither");
        }
        ClassifyWorkOrder classify = category == null ? null : new ClassifyWorkOrder(id, own.name(),
                code(WorkOrderCategory.class, category, "category"), code(WorkOrderGrade.class, grade, "grade"), on);
        return new Row(receive, classify);
    }

    /** An enum by its code or by its Chinese name (as the provinces' exports write it). */
    private <E extends Enum<E>> E code(Class<E> type, String value, String field) {
        for (E e : type.getEnumConstants()) {
            String zh = messages.getMessage("enum." + type.getSimpleName() + "." + e.name(), null, "", Locale.SIMPLIFIED_CHINESE);
            if (e.name().equalsIgnoreCase(value) || zh.replace(" ", "").equals(value.replace(" ", ""))) {
                return e;
            }
        }
        throw new RowRefused(field, "no " + field + " " + value);
    }

    private static String text(JsonNode r, String field, boolean required) {
        JsonNode v = r.get(field);
        String text = v == null || v.isNull() ? null : v.asText().strip();
        if (text == null || text.isEmpty()) {
            if (required) {
                throw new RowRefused(field, field + " is required");
            }
            return null;
        }
        if (text.length() > MAX_TEXT) {
            throw new RowRefused(field, "at most " + MAX_TEXT + " characters");
        }
        return text;
    }

    private List<JsonNode> csv(byte[] bytes) {
        String text = StrictJson.utf8(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a spreadsheet's byte-order mark
        }
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader().withStrictHeaders(false)).readValues(text)) {
            List<JsonNode> rows = new ArrayList<>();
            while (it.hasNextValue()) {
                Map<String, String> row = it.nextValue();
                for (String column : row.keySet()) {
                    if (!List.of(COLUMNS.split(", ")).contains(column)) {
                        throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", column, "unknown column " + column + "; the columns are " + COLUMNS);
                    }
                }
                rows.add(requests.strict().valueToTree(new LinkedHashMap<>(row)));
                if (rows.size() > MAX_ROWS) {
                    break;
                }
            }
            return rows;
        } catch (java.io.IOException | RuntimeException e) {
            if (e instanceof ApiProblem p) {
                throw p;
            }
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", null, "not CSV with a header line: " + e.getMessage());
        }
    }

    private List<JsonNode> json(byte[] bytes) {
        JsonNode node;
        try {
            node = requests.strict().readTree(StrictJson.utf8(bytes));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", null, StrictJson.malformed(e));
        }
        if (node == null || !node.isArray()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", null, "a JSON import is an array of rows");
        }
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode row : node) {
            if (!(row instanceof ObjectNode object)) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", null, "each row is an object");
            }
            object.fieldNames().forEachRemaining(f -> {
                if (!List.of(COLUMNS.split(", ")).contains(f)) {
                    throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", f, "unknown column " + f + "; the columns are " + COLUMNS);
                }
            });
            rows.add(row);
        }
        return rows;
    }

    /** A row refused, naming its field. */
    private static final class RowRefused extends RuntimeException {
        final String field;

        RowRefused(String field, String reason) {
            super(reason, null, false, false);
            this.field = field;
        }
    }
}
