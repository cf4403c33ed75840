package org.caseledger.embedded;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The embedded server is a MongoDB stand-in: it knows nothing of events, cases, Axon or Spring. */
class EmbeddedServerBoundaryTest {

    static final JavaClasses SERVER = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.caseledger.embedded");

    @Test
    void the_server_knows_nothing_of_the_application() {
        assertThat(SERVER.contain(EmbeddedMongo.class)).isTrue();
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.caseledger.core..", "org.caseledger.eventstore..",
                "org.caseledger.projections..", "org.caseledger.api..", "org.axonframework..", "org.springframework..").check(SERVER);
    }
}
