package org.caseledger.api.web;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.caseledger.core.intake.FileWageClaim;
import org.caseledger.core.scenario.CaseScenario;
import org.caseledger.core.scenario.CoverageCases;
import org.caseledger.core.scenario.LudianReferenceCaseTest;
import org.caseledger.core.scenario.PingliangReferenceCaseTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples of the OpenAPI document ({@code openapi/examples.json}) are commands of the reference cases, 鲁甸 first:
 * one per route, as the command the case really took. The test fails when the file is stale;
 * {@code -Dcaseledger.writeExamples=true} writes it anew.
 */
class OpenApiExamplesTest {

    static final Path FILE = Path.of("src/main/resources/openapi/examples.json");

    @Test
    void the_examples_are_the_reference_cases_commands_one_for_every_route() throws IOException {
        String generated = generate();
        if (Boolean.getBoolean("caseledger.writeExamples")) {
            Files.writeString(FILE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
                .as("openapi/examples.json is stale: run mvn -pl api test -Dtest=OpenApiExamplesTest -Dcaseledger.writeExamples=true")
                .isEqualTo(generated);
    }

    static String generate() throws IOException {
        List<CaseScenario> scenarios = new ArrayList<>(List.of(LudianReferenceCaseTest.run(), PingliangReferenceCaseTest.run(),
                org.caseledger.core.scenario.DawukouReferenceCaseTest.run(), org.caseledger.core.scenario.ConstructionCaseTest.run()));
        scenarios.addAll(CoverageCases.run());
        ObjectNode examples = HttpApi.JSON.createObjectNode();
        for (CaseScenario scenario : scenarios) {
            for (Object command : scenario.commands()) {
                // the erasure of personal data is an admin's request of its own, not a case route
                java.util.Optional<String> path = command instanceof FileWageClaim ? java.util.Optional.of("") : CommandRoutes.ALL.stream()
                        .filter(r -> r.command() == command.getClass()).findFirst().map(CommandRoute::path);
                if (path.isEmpty()) {
                    continue;
                }
                String route = path.get();
                if (!examples.has(route)) {
                    examples.set(route, sortedTexts(HttpApi.JSON.valueToTree(command)));
                }
            }
        }
        List<String> missing = CommandRoutes.ALL.stream().map(CommandRoute::path).filter(p -> !examples.has(p)).toList();
        assertThat(missing).as("routes without an example in the reference cases").isEmpty();
        return HttpApi.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(examples) + "\n";
    }

    /** Arrays of texts in order (some are sets, e.g. the partners of the joint mechanism): the file is the same every run. */
    static com.fasterxml.jackson.databind.JsonNode sortedTexts(com.fasterxml.jackson.databind.JsonNode node) {
        if (node.isArray() && !node.isEmpty() && node.get(0).isTextual()) {
            List<String> texts = new ArrayList<>();
            node.forEach(t -> texts.add(t.asText()));
            texts.sort(null);
            com.fasterxml.jackson.databind.node.ArrayNode sorted = HttpApi.JSON.createArrayNode();
            texts.forEach(sorted::add);
            return sorted;
        }
        if (node.isObject()) {
            ObjectNode copy = HttpApi.JSON.createObjectNode();
            node.fields().forEachRemaining(f -> copy.set(f.getKey(), sortedTexts(f.getValue())));
            return copy;
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode copy = HttpApi.JSON.createArrayNode();
            node.forEach(e -> copy.add(sortedTexts(e)));
            return copy;
        }
        return node;
    }
}
