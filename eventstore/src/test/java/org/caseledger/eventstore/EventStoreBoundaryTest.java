package org.caseledger.eventstore;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The event store is infrastructure for any Axon application: it knows no case, no Spring, no embedded server. */
class EventStoreBoundaryTest {

    static final JavaClasses STORE = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.caseledger.eventstore");

    @Test
    void the_store_knows_neither_the_cases_nor_spring_nor_the_other_modules() {
        assertThat(STORE.contain(KeyedEventStorageEngine.class)).isTrue();
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.caseledger.core..", "org.caseledger.projections..",
                "org.caseledger.api..", "org.caseledger.embedded..", "org.springframework..", "de.bwaldvogel..").check(STORE);
    }
}
