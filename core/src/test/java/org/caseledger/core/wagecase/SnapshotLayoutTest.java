package org.caseledger.core.wagecase;

import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot is WageCase's fields and its members' as JSON. When they change, old snapshots no longer fit and must be
 * passed over: the aggregate's {@code @Revision} names the layout. This test records the layout each revision had and
 * fails when the fields change under the same revision ({@code -Dcaseledger.writeSnapshotLayout=true} records a new one).
 */
class SnapshotLayoutTest {

    static final Path LAYOUT = Path.of("src/test/resources/snapshot-layout.txt");

    @Test
    void the_snapshot_revision_changes_whenever_the_aggregate_fields_change() throws IOException {
        String revision = WageCase.class.getAnnotation(Revision.class).value();
        String current = "revision " + revision + "\n" + String.join("\n", layout()) + "\n";
        if (Boolean.getBoolean("caseledger.writeSnapshotLayout")) {
            Files.writeString(LAYOUT, current, StandardCharsets.UTF_8);
        }
        String recorded = Files.readString(LAYOUT, StandardCharsets.UTF_8);
        assertThat(recorded.lines().findFirst().orElse("")).as("the recorded layout's revision").isEqualTo("revision " + revision);
        assertThat(current).as("WageCase's fields changed: raise @Revision on WageCase and record the layout "
                + "(mvn -pl core test -Dtest=SnapshotLayoutTest -Dcaseledger.writeSnapshotLayout=true)").isEqualTo(recorded);
    }

    /** Every field reachable from WageCase through core's own types, as "Owner.field: type". */
    static Set<String> layout() {
        Set<String> lines = new TreeSet<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(WageCase.class);
        while (!todo.isEmpty()) {
            Class<?> c = todo.poll();
            if (!seen.add(c) || c.isEnum()) {
                continue;
            }
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    lines.add(c.getSimpleName() + "." + rc.getName() + ": " + simple(rc.getGenericType()));
                    follow(rc.getGenericType(), todo);
                }
                continue;
            }
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())) {
                    continue;
                }
                lines.add(c.getSimpleName() + "." + f.getName() + ": " + simple(f.getGenericType()));
                follow(f.getGenericType(), todo);
            }
        }
        return lines;
    }

    /** Type names without core's packages: moving a class does not change a snapshot's JSON. */
    private static String simple(Type type) {
        return type.getTypeName().replaceAll("org\\.caseledger\\.core\\.\\w+\\.", "");
    }

    private static void follow(Type type, Deque<Class<?>> todo) {
        if (type instanceof Class<?> c && c.getName().startsWith("org.caseledger.core.")) {
            todo.add(c);
        } else if (type instanceof ParameterizedType p) {
            follow(p.getRawType(), todo);
            for (Type arg : p.getActualTypeArguments()) {
                follow(arg, todo);
            }
        }
    }
}
