package org.caseledger.core.workorder;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every work-order event has a stored name of its own, none a Java name and none a case event's. */
class WorkOrderStoredNamesTest {

    @Test
    void every_work_order_event_has_a_stored_name() throws IOException, URISyntaxException {
        Path dir = Path.of(WorkOrderEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(WorkOrderEvent.class.getPackageName().replace('.', '/'));
        Set<Class<?>> events = new HashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$")).toList()) {
                Class<?> type = Class.forName(WorkOrderEvent.class.getPackageName() + "." + f.getFileName().toString().replace(".class", ""));
                if (WorkOrderEvent.class.isAssignableFrom(type) && type.isRecord()) {
                    events.add(type);
                }
            }
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
        assertThat(events).hasSizeGreaterThan(10);
        assertThat(new HashSet<>(WorkOrderStoredNames.CURRENT.values())).isEqualTo(events);
        assertThat(WorkOrderStoredNames.CURRENT.keySet()).doesNotContainAnyElementsOf(org.caseledger.core.wagecase.StoredNames.CURRENT.keySet())
                .allSatisfy(name -> assertThat(name).doesNotContain("."));
    }
}
