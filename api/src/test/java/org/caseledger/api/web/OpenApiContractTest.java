package org.caseledger.api.web;

import org.caseledger.api.problems.ApiProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.caseledger.core.intake.FileWageClaim;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.scenario.LudianReferenceCaseTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document is one a client can be built on: typed bodies with required fields and
 * examples, amounts in fen and days as dates, the problem schema on every error answer, every problem code listed. And
 * it tells the truth: the 鲁甸 reference case, command by command, validates against the document's schemas and is
 * accepted by the service; each command with a required field left out fails both.
 */
class OpenApiContractTest extends ApiTest {

    static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    JsonNode document() {
        HttpApi.Reply r = api.get(null, "/v3/api-docs");
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    @Test
    void every_operation_is_typed_and_every_error_answer_is_a_problem() {
        JsonNode doc = document();
        List<String> failures = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode responses = op.getValue().get("responses");
            boolean answered = false;
            for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> response = it.next();
                String status = response.getKey();
                if (status.startsWith("2")) {
                    answered = true;
                    if (response.getValue().has("content") && !response.getValue().path("content").has("application/json")) {
                        failures.add(where + " " + status + " is not application/json");
                    }
                } else if (!response.getValue().path("content").path("application/problem+json").path("schema").path("$ref").asText()
                        .equals("#/components/schemas/Problem")) {
                    failures.add(where + " " + status + " is not a problem");
                }
            }
            if (!answered) {
                failures.add(where + " documents no success answer");
            }
            if (path.getKey().startsWith("/api/") && !responses.has("400") || path.getKey().startsWith("/api/") && !responses.has("401")) {
                failures.add(where + " documents no 400 or 401");
            }
            boolean upload = op.getValue().path("requestBody").path("content").has("multipart/form-data");
            if (upload && !op.getValue().path("requestBody").path("content").path("multipart/form-data").path("schema").path("properties").has("file")) {
                failures.add(where + " takes a form without its file");
            }
            if (op.getKey().equals("post") && path.getKey().startsWith("/api/cases") && !upload) {
                JsonNode body = resolve(doc, op.getValue().path("requestBody").path("content").path("application/json").path("schema"));
                if (!body.has("example")) {
                    failures.add(where + " has no example");
                }
                if (!body.has("required") && body.path("properties").size() > 0 && !path.getKey().endsWith("/broken")
                        && !path.getKey().endsWith("/overdue")) {
                    failures.add(where + " marks no field required");
                }
                if (!responses.has("422") || !responses.has("409") || !responses.has("415") || !responses.has("413")) {
                    failures.add(where + " documents no 409, 413, 415 or 422");
                }
            }
        }));
        assertThat(failures).isEmpty();
    }

    @Test
    void amounts_are_fen_days_are_dates_and_texts_are_bounded_in_every_command_body() {
        JsonNode schemas = document().get("components").get("schemas");
        List<String> failures = new ArrayList<>();
        schemas.fields().forEachRemaining(schema -> schema.getValue().path("properties").fields().forEachRemaining(p -> {
            String where = schema.getKey() + "." + p.getKey();
            JsonNode property = p.getValue();
            boolean command = schema.getKey().endsWith("Body") || Set.of("ClaimantAmount", "NewClaimant", "PersonalData", "Obligor",
                    "AwardItem", "EnforceableAmount", "RestrictedPerson").contains(schema.getKey());
            if (!command) {
                return;
            }
            if ("int64".equals(property.path("format").asText()) && !property.path("description").asText().contains("fen")) {
                failures.add(where + " is an int64 not described in fen");
            }
            if ((p.getKey().endsWith("On") || p.getKey().endsWith("Date")) && !"date".equals(property.path("format").asText())) {
                failures.add(where + " is a day without format date");
            }
            if ("string".equals(property.path("type").asText()) && !property.has("enum") && !property.has("format")
                    && !property.has("maxLength")) {
                failures.add(where + " is a text without a bound");
            }
        }));
        assertThat(failures).isEmpty();
        assertThat(schemas.get("RecordPaymentBody").get("properties").get("amount").get("maximum").asLong()).isEqualTo(StrictJson.DEFAULT_MAX_AMOUNT_FEN);
    }

    @Test
    void every_problem_code_the_service_answers_is_listed_with_its_meaning() throws IOException {
        JsonNode code = document().get("components").get("schemas").get("Problem").get("properties").get("code");
        Set<String> listed = new HashSet<>();
        code.get("enum").forEach(c -> listed.add(c.asText()));
        for (RuleCode rule : RuleCode.values()) {
            assertThat(listed).contains(rule.name());
            assertThat(code.get("description").asText()).contains(rule.rule());
        }
        // every code the edge's sources answer with
        Pattern answered = Pattern.compile("(?:ApiProblem\\(|problem\\(|writeTo\\(|write\\()[^;]*?\"([A-Z][A-Z_]{3,})\"");
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = answered.matcher(Files.readString(file).replaceAll("\\s+", " "));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(15);
        assertThat(listed).containsAll(used);
    }

    @Test
    void the_ludian_case_validates_against_the_document_and_is_accepted_and_a_missing_required_field_fails_both() {
        JsonNode doc = document();
        String caseId = "LD-OAS-1";
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Object command : LudianReferenceCaseTest.run().commands()) {
            ObjectNode body = HttpApi.JSON.valueToTree(command);
            String path = HttpApi.pathOf(command).replace("/api/cases/" + body.get("caseId").asText() + "/", "/api/cases/" + caseId + "/");
            String template = command instanceof FileWageClaim ? "/api/cases" : template(doc, path);
            JsonNode schemaRef = doc.get("paths").get(template).get("post").get("requestBody").get("content").get("application/json").get("schema");
            if (command instanceof FileWageClaim) {
                body.put("caseId", caseId);
            } else {
                for (String fromPath : pathParameters(doc, template)) {
                    body.remove(fromPath);
                }
            }
            JsonSchema schema = schema(doc, schemaRef);
            Set<ValidationMessage> errors = schema.validate(body);
            if (!errors.isEmpty()) {
                failures.add(path + " does not validate: " + errors);
            }
            JsonNode required = resolve(doc, schemaRef).path("required");
            if (!required.isEmpty()) {
                ObjectNode missing = body.deepCopy();
                missing.remove(required.get(0).asText());
                if (schema.validate(missing).isEmpty()) {
                    failures.add(path + " without " + required.get(0).asText() + " validates");
                }
                HttpApi.Reply refused = api.post("officer-ludian", path, missing);
                if (refused.status() < 400 || refused.status() >= 500) {
                    failures.add(path + " without " + required.get(0).asText() + " → " + refused.status());
                }
            }
            HttpApi.Reply r = api.post("officer-ludian", path, body);
            if (r.status() / 100 != 2) {
                failures.add(path + " → " + r.status() + " " + r.body());
            }
            sent++;
        }
        assertThat(failures).isEmpty();
        assertThat(sent).isGreaterThan(20);
        assertThat(api.get("officer-ludian", "/api/cases/" + caseId).json().get("stage").asText()).isEqualTo("CLOSED");
    }

    /** The document's path template a concrete path matches. */
    private static String template(JsonNode doc, String path) {
        for (Iterator<String> it = doc.get("paths").fieldNames(); it.hasNext(); ) {
            String template = it.next();
            if (doc.get("paths").get(template).has("post")
                    && path.matches(template.replaceAll("\\{[^}]+}", "[^/]+").replace("/", "\\/"))) {
                return template;
            }
        }
        throw new AssertionError("no operation for " + path);
    }

    private static List<String> pathParameters(JsonNode doc, String template) {
        List<String> names = new ArrayList<>();
        doc.get("paths").get(template).get("post").path("parameters").forEach(p -> {
            if (p.get("in").asText().equals("path")) {
                names.add(p.get("name").asText());
            }
        });
        return names;
    }

    /** A schema of the document, with the document's components beside it so that its references resolve. */
    private static JsonSchema schema(JsonNode doc, JsonNode schemaRef) {
        ObjectNode root = HttpApi.JSON.createObjectNode();
        root.put("$ref", schemaRef.get("$ref").asText());
        root.set("components", doc.get("components"));
        return SCHEMAS.getSchema(root);
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.isEmpty() ? schema : doc.at(ref.substring(1));
    }
}
