package org.caseledger.core.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/commands-and-events.md} is generated from the sources: every command WageCase handles, in the order
 * of its handlers, the events the handler applies, and the command record's Javadoc. The test fails when the file is
 * stale; {@code -Dcaseledger.writeDocs=true} writes it anew.
 */
class CommandsAndEventsDocTest {

    static final Path SOURCES = Path.of("src/main/java/org/caseledger/core");
    static final Path DOC = Path.of("../docs/commands-and-events.md");
    static final Pattern HANDLER = Pattern.compile("@CommandHandler\\s+(?:public\\s+)?(?:WageCase|void handle)\\((\\w+) c");
    static final Pattern APPLIED = Pattern.compile("apply\\(new (\\w+)\\(");

    @Test
    void the_document_of_commands_and_events_is_up_to_date() throws IOException {
        String generated = generate();
        if (Boolean.getBoolean("caseledger.writeDocs")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/commands-and-events.md is stale: run mvn -pl core test -Dtest=CommandsAndEventsDocTest -Dcaseledger.writeDocs=true")
                .isEqualTo(generated);
    }

    static String generate() throws IOException {
        String aggregate = Files.readString(SOURCES.resolve("wagecase/WageCase.java"));
        StringBuilder md = new StringBuilder("""
                # Commands and events

                Generated from the sources by `CommandsAndEventsDocTest` (core): every command `WageCase` handles, in the order of
                its handlers, the events the handler applies, and the command record's Javadoc.
                Every command carries `caseId` (the target case) and, except the two deadline commands sent by the sweeper, `occurredOn`: the day the fact happened (never after today, never before the filing).
                Every event carries `caseId` and `occurredOn`; events that start or end deadlines say so (`deadlinesSet()`, `deadlinesClosed`).
                Events are stored under the names in `core/.../wagecase/StoredNames.java` (their simple names), not their Java packages.

                | package | command | event(s) | meaning |
                |---|---|---|---|
                """);
        Matcher handler = HANDLER.matcher(aggregate);
        List<int[]> spans = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        while (handler.find()) {
            commands.add(handler.group(1));
            spans.add(new int[]{handler.start(), 0});
        }
        for (int i = 0; i < spans.size(); i++) {
            spans.get(i)[1] = i + 1 < spans.size() ? spans.get(i + 1)[0] : aggregate.length();
        }
        for (int i = 0; i < commands.size(); i++) {
            String command = commands.get(i);
            Set<String> events = new LinkedHashSet<>();
            Matcher applied = APPLIED.matcher(aggregate.substring(spans.get(i)[0], spans.get(i)[1]));
            while (applied.find()) {
                events.add("`" + applied.group(1) + "`");
            }
            Path source = find(command);
            md.append("| ").append(source.getParent().getFileName()).append(" | `").append(command).append("` | ")
                    .append(events.isEmpty() ? "(none when repeated)" : String.join(", ", events)).append(" | ")
                    .append(javadoc(Files.readString(source))).append(" |\n");
        }
        return md.toString();
    }

    private static Path find(String type) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.getFileName().toString().equals(type + ".java")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no source for " + type));
        }
    }

    /** The Javadoc of the top-level type, on one line. */
    private static String javadoc(String source) {
        Matcher m = Pattern.compile("/\\*\\*(.*?)\\*/\\s*public record", Pattern.DOTALL).matcher(source);
        if (!m.find()) {
            return "";
        }
        return m.group(1).lines().map(l -> l.replaceFirst("^\\s*\\*\\s?", "").trim()).filter(l -> !l.isEmpty())
                .reduce((a, b) -> a + " " + b).orElse("").replace("|", "\\|");
    }
}
