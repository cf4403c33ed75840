package org.caseledger.api.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.caseledger.eventstore.StoredStreams;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service wires the store and the embedded server (in {@code config}) and elsewhere asks the store only through its
 * read API ({@link StoredStreams}): the HTTP layer and security never read the store's documents or its engine.
 */
class ServiceBoundariesTest {

    static final JavaClasses SERVICE = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.caseledger.api");

    /** The store's documents, its engine, the driver, the embedded server: everything but the read API. */
    static final DescribedPredicate<JavaClass> STORE_INTERNALS = DescribedPredicate.describe(
            "the store's internals (anything but its read API)",
            c -> !c.isEquivalentTo(StoredStreams.class) && !c.isEquivalentTo(StoredStreams.StoredField.class) && (c.getPackageName().startsWith("org.caseledger.eventstore")
                    || c.getPackageName().startsWith("org.caseledger.embedded") || c.getPackageName().startsWith("com.mongodb")
                    || c.getPackageName().startsWith("org.bson") || c.isAssignableTo(EventStorageEngine.class)));

    @Test
    void the_web_layer_does_not_touch_the_store_internals() {
        assertThat(SERVICE.contain("org.caseledger.api.cases.CommandService")).isTrue();
        noClasses().that().resideInAPackage("org.caseledger.api.web..")
                .should().dependOnClassesThat(STORE_INTERNALS).check(SERVICE);
    }

    @Test
    void security_reads_ownership_through_the_stores_read_api() {
        assertThat(SERVICE.contain("org.caseledger.api.security.CaseOwnership")).isTrue();
        noClasses().that().resideInAPackage("org.caseledger.api.security..")
                .should().dependOnClassesThat(STORE_INTERNALS).check(SERVICE);
    }

    /** The service's packages depend on one another in one direction: no cycle between any two of them. */
    @Test
    void the_services_packages_are_free_of_cycles() {
        assertThat(SERVICE.contain("org.caseledger.api.web.CaseQueryController")).isTrue();
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices().matching("org.caseledger.api.(*)..")
                .should().beFreeOfCycles().check(SERVICE);
    }

    /**
     * The service's own documents (idempotency keys, personal-data keys, anchors, the chain's migration and checks, the
     * backups) are read and written in one package, {@code store}; the wiring in {@code config} opens the connection.
     * Nothing else speaks MongoDB.
     */
    @Test
    void only_the_store_package_and_the_wiring_speak_mongodb() {
        noClasses().that().resideOutsideOfPackages("org.caseledger.api.store..", "org.caseledger.api.config..")
                .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..").check(SERVICE);
    }

    /** The wiring is the top: no runtime class depends on a configuration class. */
    @Test
    void nothing_depends_on_the_wiring() {
        noClasses().that().resideOutsideOfPackage("org.caseledger.api.config..").and().resideInAPackage("org.caseledger.api.*..")
                .should().dependOnClassesThat().resideInAPackage("org.caseledger.api.config..").check(SERVICE);
    }
}
