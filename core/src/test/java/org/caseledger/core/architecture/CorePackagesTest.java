package org.caseledger.core.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.caseledger.core.architecture.CoreArchitectureTest.CORE;

/**
 * core's packages form layers without cycles. The kernel (ids, Money, the event base type, rule codes, deadlines as
 * values, metadata keys) depends on nothing else; deadline (the open deadlines and the calendar) on the kernel; each
 * phase on the kernel and deadline only, except a member that folds another phase's events, named here; wagecase
 * (the aggregate, its stages and lifecycle) on everything.
 */
class CorePackagesTest {

    /** What each package may use besides itself (and Java, Axon's annotations, Jackson's). */
    static final Map<String, Set<String>> LAYERS = Map.ofEntries(
            Map.entry("kernel", Set.of()),
            Map.entry("deadline", Set.of("kernel")),
            Map.entry("intake", Set.of("kernel", "deadline")),
            Map.entry("negotiation", Set.of("kernel", "deadline")),
            Map.entry("supervision", Set.of("kernel", "deadline")),
            Map.entry("litigation", Set.of("kernel", "deadline")),
            Map.entry("enforcement", Set.of("kernel", "deadline")),
            Map.entry("money", Set.of("kernel", "deadline")),
            Map.entry("authority", Set.of("kernel", "deadline")),
            Map.entry("ledger", Set.of("kernel", "deadline", "intake", "negotiation", "litigation", "enforcement", "money")),
            Map.entry("limitation", Set.of("kernel", "deadline", "intake", "litigation", "enforcement")),
            Map.entry("wagecase", Set.of("kernel", "deadline", "intake", "negotiation", "supervision", "litigation", "enforcement", "money", "ledger", "limitation", "authority")));

    /** Members that fold events of another phase: the only classes allowed across phases. */
    static final Map<String, Set<String>> FOLDS = Map.of(
            // the parties of a case grow when a court adds a judgment debtor
            "org.caseledger.core.intake.Parties", Set.of("org.caseledger.core.enforcement.JudgmentDebtorAdded"),
            // a promise is kept by the payments received after it
            "org.caseledger.core.negotiation.Promises", Set.of("org.caseledger.core.money.PaymentReceived"),
            // a mediation agreement sent for 司法确认 becomes the court's instrument (民事诉讼法 arts. 205-206)
            "org.caseledger.core.litigation.Proceedings", Set.of("org.caseledger.core.negotiation.JudicialConfirmationApplied",
                    "org.caseledger.core.negotiation.JudicialConfirmationRefused"));

    @Test
    void core_packages_are_free_of_cycles() {
        slices().matching("org.caseledger.core.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void each_package_uses_only_the_layers_below_it_and_the_named_folds() {
        classes().that().resideInAPackage("org.caseledger.core..").should(useOnlyAllowedPackages()).check(CORE);
    }

    static String layerOf(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith("org.caseledger.core.")) {
            return null;
        }
        String rest = pkg.substring("org.caseledger.core.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static ArchCondition<JavaClass> useOnlyAllowedPackages() {
        return new ArchCondition<>("use only the packages below them in core, or another phase's events they fold") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = layerOf(origin);
                Set<String> allowed = LAYERS.get(from);
                if (allowed == null) {
                    events.add(SimpleConditionEvent.violated(origin, origin.getName() + " is in package " + from
                            + ", which has no place in the layers: add it to LAYERS"));
                    return;
                }
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    String to = layerOf(d.getTargetClass());
                    if (to == null || to.equals(from) || allowed.contains(to)) {
                        continue;
                    }
                    String outer = origin.getName().contains("$") ? origin.getName().substring(0, origin.getName().indexOf('$')) : origin.getName();
                    if (FOLDS.getOrDefault(outer, Set.of()).contains(d.getTargetClass().getName())) {
                        continue;
                    }
                    events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                }
            }
        };
    }
}
