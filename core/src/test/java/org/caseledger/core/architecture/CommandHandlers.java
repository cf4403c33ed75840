package org.caseledger.core.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import org.axonframework.commandhandling.CommandHandler;
import org.caseledger.core.kernel.WageCaseEvent;
import org.caseledger.core.wagecase.WageCase;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.caseledger.core.architecture.CoreArchitectureTest.CORE;

/**
 * Every command handler of core, found in the compiled classes (not in source text): the command it handles, the
 * class and member that handle it, and the events it may append: the events it constructs, directly or through the
 * calls it makes into core (an interface call followed into every implementation, a lambda into its body).
 */
public final class CommandHandlers {

    /** One handler: its command, the class declaring it, and the event types it may append, in the order they appear. */
    public record Handler(JavaClass command, JavaCodeUnit method, Set<JavaClass> events) {

        public JavaClass owner() {
            return method.getOwner();
        }
    }

    private static final Map<JavaClass, Handler> ALL = find();

    private CommandHandlers() {
    }

    /** Every handler by its command, in the order of the aggregate's members and, within one, of the source. */
    public static Map<JavaClass, Handler> all() {
        return ALL;
    }

    private static Map<JavaClass, Handler> find() {
        List<String> members = memberOrder();
        Map<JavaClass, Handler> found = new LinkedHashMap<>();
        CORE.stream()
                .flatMap(c -> c.getCodeUnits().stream())
                .filter(u -> u.isAnnotatedWith(CommandHandler.class))
                .sorted(Comparator.comparingInt((JavaCodeUnit u) -> members.indexOf(u.getOwner().getName()))
                        .thenComparingInt(u -> u.getSourceCodeLocation().getLineNumber())
                        .thenComparing(u -> u.getRawParameterTypes().get(0).getName()))
                .forEach(u -> found.put(u.getRawParameterTypes().get(0), new Handler(u.getRawParameterTypes().get(0), u, eventsOf(u))));
        return found;
    }

    /** The root first, then its members in the order it declares them. */
    private static List<String> memberOrder() {
        List<String> order = new java.util.ArrayList<>(List.of(WageCase.class.getName()));
        for (java.lang.reflect.Field f : WageCase.class.getDeclaredFields()) { // in the order declared
            if (f.isAnnotationPresent(org.axonframework.modelling.command.AggregateMember.class)) {
                order.add(f.getType().getName());
            }
        }
        return order;
    }

    /** The events a handler may construct, following its calls into core. */
    private static Set<JavaClass> eventsOf(JavaCodeUnit handler) {
        Set<JavaClass> events = new LinkedHashSet<>();
        Set<JavaCodeUnit> seen = new HashSet<>();
        Deque<JavaCodeUnit> todo = new ArrayDeque<>(List.of(handler));
        while (!todo.isEmpty()) {
            JavaCodeUnit unit = todo.poll();
            if (!seen.add(unit)) {
                continue;
            }
            List<JavaConstructorCall> calls = unit.getConstructorCallsFromSelf().stream()
                    .sorted(Comparator.comparingInt(c -> c.getSourceCodeLocation().getLineNumber())).toList();
            for (JavaConstructorCall call : calls) {
                JavaClass target = call.getTargetOwner();
                if (isEvent(target)) {
                    events.add(target);
                }
            }
            for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
                JavaClass owner = call.getTargetOwner();
                if (!CORE.contain(owner.getName()) || isEvent(owner)) {
                    continue;
                }
                call.getTarget().resolveMember().ifPresent(m -> todo.addAll(implementations(m)));
            }
            // a lambda's body is a method of its own, named after the method that holds it
            String lambdaPrefix = "lambda$" + (unit.isConstructor() ? "new" : unit.getName()) + "$";
            unit.getOwner().getMethods().stream().filter(m -> m.getName().startsWith(lambdaPrefix)).forEach(todo::add);
        }
        return events;
    }

    /** A method, and when it belongs to an interface, what every class of core implementing it declares under its name. */
    private static List<JavaCodeUnit> implementations(JavaMethod method) {
        if (!method.getOwner().isInterface()) {
            return List.of(method);
        }
        List<JavaCodeUnit> found = new java.util.ArrayList<>();
        CORE.stream().filter(c -> !c.isInterface() && c.isAssignableTo(method.getOwner().getName()))
                .flatMap(c -> c.getMethods().stream())
                .filter(m -> m.getName().equals(method.getName()) && m.getRawParameterTypes().size() == method.getRawParameterTypes().size())
                .forEach(found::add);
        return found;
    }

    private static boolean isEvent(JavaClass c) {
        return !c.isInterface() && (c.isAssignableTo(WageCaseEvent.class) || c.isAssignableTo(org.caseledger.core.workorder.WorkOrderEvent.class));
    }
}
