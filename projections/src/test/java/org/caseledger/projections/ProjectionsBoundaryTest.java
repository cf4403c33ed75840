package org.caseledger.projections;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** Read models depend on the case's events (core), never on the service that hosts them or the store's internals. */
class ProjectionsBoundaryTest {

    static final JavaClasses PROJECTIONS = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.caseledger.projections");

    @Test
    void projections_do_not_import_the_service_the_store_or_the_embedded_server() {
        assertThat(PROJECTIONS.contain(CaseProjector.class)).isTrue();
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.caseledger.api..", "org.caseledger.eventstore..",
                "org.caseledger.embedded..", "org.springframework.web..").check(PROJECTIONS);
    }
}
