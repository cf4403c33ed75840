package org.caseledger.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** core is the case's language and rules only: no Spring, no MongoDB, nothing from the outer modules. */
class CoreArchitectureTest {

    static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.caseledger.core");

    @Test
    void core_does_not_depend_on_spring() {
        rule("org.springframework..").check(CORE);
    }

    @Test
    void core_does_not_depend_on_mongodb() {
        rule("com.mongodb..").check(CORE);
        rule("org.bson..").check(CORE);
        rule("de.bwaldvogel..").check(CORE);
    }

    @Test
    void core_does_not_depend_on_the_outer_modules() {
        rule("org.caseledger.projections..").check(CORE);
        rule("org.caseledger.api..").check(CORE);
    }

    @Test
    void the_guard_finds_what_it_looks_for() {
        // the importer sees core's classes: the rules above are not vacuous
        org.assertj.core.api.Assertions.assertThat(CORE.contain("org.caseledger.core.wagecase.WageCase")).isTrue();
    }

    private static ArchRule rule(String packages) {
        return noClasses().that().resideInAPackage("org.caseledger.core..")
                .should().dependOnClassesThat().resideInAnyPackage(packages);
    }
}
