package org.caseledger.core.docs;

import org.caseledger.core.architecture.CommandHandlers;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/commands-and-events.md} is generated from the compiled classes of core: every command handler of the
 * case, wherever it lives, with the member that decides it, the events it may append (those it constructs, directly or
 * through its calls into core) and the command record's Javadoc. The test fails when the file is stale;
 * {@code -Dcaseledger.writeDocs=true} writes it anew.
 */
class CommandsAndEventsDocTest {

    static final Path SOURCES = Path.of("src/main/java");
    static final Path DOC = Path.of("../docs/commands-and-events.md");

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
        StringBuilder md = new StringBuilder("""
                # Commands and events

                Generated from the compiled classes of core by `CommandsAndEventsDocTest`: every command a case handles, by the
                member that decides it (in the order the aggregate declares its members), the events the handler may append (those
                it constructs, directly or through its calls into core), and the command record's Javadoc.
                Every command carries `caseId` (the target case) and, except the two deadline commands sent by the sweeper, `occurredOn`: the day the fact happened (never after today, never before the filing).
                Every event carries `caseId` and `occurredOn`; events that start or end deadlines say so (`deadlinesSet()`, `deadlinesClosed`).
                Events are stored under the names in `core/.../wagecase/StoredNames.java` (their simple names), not their Java packages.

                | package | command | decided by | event(s) | meaning |
                |---|---|---|---|---|
                """);
        for (CommandHandlers.Handler h : CommandHandlers.all().values()) {
            md.append("| ").append(h.command().getPackage().getRelativeName()).append(" | `").append(h.command().getSimpleName())
                    .append("` | `").append(h.owner().getSimpleName()).append("` | ")
                    .append(h.events().isEmpty() ? "(none)" : h.events().stream().map(e -> "`" + e.getSimpleName() + "`")
                            .collect(Collectors.joining(", ")))
                    .append(" | ").append(javadoc(h.command().getName())).append(" |\n");
        }
        return md.toString();
    }

    /** The Javadoc of a record, on one line. */
    private static String javadoc(String className) throws IOException {
        String source = Files.readString(SOURCES.resolve(className.replace('.', '/') + ".java"));
        Matcher m = Pattern.compile("/\\*\\*(.*?)\\*/\\s*public record", Pattern.DOTALL).matcher(source);
        if (!m.find()) {
            return "";
        }
        return m.group(1).lines().map(l -> l.replaceFirst("^\\s*\\*\\s?", "").trim()).filter(l -> !l.isEmpty())
                .reduce((a, b) -> a + " " + b).orElse("").replace("|", "\\|");
    }
}
