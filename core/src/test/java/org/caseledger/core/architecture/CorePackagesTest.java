package org.caseledger.core.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import org.axonframework.commandhandling.CommandHandler;
import org.caseledger.core.intake.FileWageClaim;
import org.caseledger.core.wagecase.WageCase;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.caseledger.core.architecture.CoreArchitectureTest.CORE;

/**
 * core's packages form layers without cycles. The kernel (ids, Money, the event base type, stages, rule codes, deadlines
 * as values, metadata keys) depends on nothing else; deadline (the open deadlines, the calendar, the view every phase
 * reads of its case) on the kernel; lifecycle (closing, reopening) on those; each phase on those only, except a member
 * that folds another phase's events, named here, and the money and limitations, which follow the other phases; wagecase
 * (the root and the views it gives its members) on everything. A phase reads another only through the view it declares.
 */
class CorePackagesTest {

    /** What each package may use besides itself (and Java, Axon's annotations, Jackson's). */
    static final Map<String, Set<String>> LAYERS = Map.ofEntries(
            Map.entry("kernel", Set.of()),
            Map.entry("deadline", Set.of("kernel")),
            // closing and reopening: every phase may fold them (a closed case has no enforcement going on)
            Map.entry("lifecycle", Set.of("kernel", "deadline")),
            Map.entry("intake", Set.of("kernel", "deadline", "lifecycle")),
            Map.entry("negotiation", Set.of("kernel", "deadline")),
            Map.entry("supervision", Set.of("kernel", "deadline")),
            Map.entry("litigation", Set.of("kernel", "deadline")),
            Map.entry("enforcement", Set.of("kernel", "deadline", "lifecycle")),
            Map.entry("authority", Set.of("kernel", "deadline")),
            // the money follows claims, agreements, instruments and added debtors, and a payment keeps a promise
            Map.entry("money", Set.of("kernel", "deadline", "intake", "negotiation", "litigation", "enforcement")),
            Map.entry("limitation", Set.of("kernel", "deadline", "intake", "litigation", "enforcement")),
            // 工单: a worker's call before it is a case; its contact is personal data like a claimant's
            Map.entry("workorder", Set.of("kernel", "deadline", "intake", "contact")),
            // 联系记录 and 附件: at any stage, about a worker of the case
            Map.entry("contact", Set.of("kernel", "deadline")),
            Map.entry("wagecase", Set.of("kernel", "deadline", "lifecycle", "intake", "negotiation", "supervision", "litigation",
                    "enforcement", "money", "limitation", "authority", "contact")));

    /** Members that fold events of another phase of their own layer: the only classes allowed across phases. */
    static final Map<String, Set<String>> FOLDS = Map.of(
            // the parties of a case grow when a court adds a judgment debtor
            "org.caseledger.core.intake.Parties", Set.of("org.caseledger.core.enforcement.JudgmentDebtorAdded",
                    "org.caseledger.core.supervision.SupervisionMatterOpened", "org.caseledger.core.supervision.ConcernedEmployer"),
            // a supervision matter is taken in like a claim: its day and its body
            "org.caseledger.core.intake.Intake", Set.of("org.caseledger.core.supervision.SupervisionMatterOpened"),
            // a mediation agreement sent for 司法确认 becomes the court's instrument (民事诉讼法 arts. 205-206)
            "org.caseledger.core.litigation.Instruments", Set.of("org.caseledger.core.negotiation.JudicialConfirmationApplied",
                    "org.caseledger.core.negotiation.JudicialConfirmationRefused"));

    @Test
    void core_packages_are_free_of_cycles() {
        slices().matching("org.caseledger.core.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void each_package_uses_only_the_layers_below_it_and_the_named_folds() {
        classes().that().resideInAPackage("org.caseledger.core..").should(useOnlyAllowedPackages()).check(CORE);
    }

    /**
     * A command is decided in its own phase: the class that handles it lives in the command's package. The root decides
     * only the filing (it creates the case); every other command belongs to a phase's member.
     */
    @Test
    void every_command_is_decided_in_the_package_of_its_phase_and_the_root_only_files() {
        codeUnits().that().areAnnotatedWith(CommandHandler.class).should(beDeclaredInTheirCommandsPackage()).check(CORE);
        noMethods().that().areDeclaredIn(WageCase.class).should().beAnnotatedWith(CommandHandler.class).check(CORE);
        org.assertj.core.api.Assertions.assertThat(CommandHandlers.all()).as("the rules above see the handlers").hasSizeGreaterThan(60);
    }

    /** The root wires, files and guards; what grows is the phases. 300 lines is the line past which a class is a room to split. */
    @Test
    void the_aggregate_root_stays_small() throws java.io.IOException {
        long lines = java.nio.file.Files.lines(java.nio.file.Path.of("src/main/java/org/caseledger/core/wagecase/WageCase.java")).count();
        org.assertj.core.api.Assertions.assertThat(lines).as("lines of WageCase.java").isLessThanOrEqualTo(300);
    }

    private static ArchCondition<JavaCodeUnit> beDeclaredInTheirCommandsPackage() {
        return new ArchCondition<>("be declared in the package of the command they handle") {
            @Override
            public void check(JavaCodeUnit handler, ConditionEvents events) {
                JavaClass command = handler.getRawParameterTypes().get(0);
                boolean filing = handler.isConstructor() && handler.getOwner().isEquivalentTo(WageCase.class)
                        && (command.isEquivalentTo(FileWageClaim.class)
                        || command.isEquivalentTo(org.caseledger.core.supervision.OpenSupervisionMatter.class));
                if (!filing && !handler.getOwner().getPackageName().equals(command.getPackageName())) {
                    events.add(SimpleConditionEvent.violated(handler, handler.getFullName() + " handles " + command.getName()
                            + " outside the command's package"));
                }
            }
        };
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
