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
            c -> !c.isEquivalentTo(StoredStreams.class) && (c.getPackageName().startsWith("org.caseledger.eventstore")
                    || c.getPackageName().startsWith("org.caseledger.embedded") || c.getPackageName().startsWith("com.mongodb")
                    || c.getPackageName().startsWith("org.bson") || c.isAssignableTo(EventStorageEngine.class)));

    @Test
    void the_web_layer_does_not_touch_the_store_internals() {
        assertThat(SERVICE.contain("org.caseledger.api.web.CommandService")).isTrue();
        noClasses().that().resideInAPackage("org.caseledger.api.web..")
                .should().dependOnClassesThat(STORE_INTERNALS).check(SERVICE);
    }

    @Test
    void security_reads_ownership_through_the_stores_read_api() {
        assertThat(SERVICE.contain("org.caseledger.api.security.CaseOwnership")).isTrue();
        noClasses().that().resideInAPackage("org.caseledger.api.security..")
                .should().dependOnClassesThat(STORE_INTERNALS).check(SERVICE);
    }
}
