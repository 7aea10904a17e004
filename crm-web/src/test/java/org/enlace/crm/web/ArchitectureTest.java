package org.enlace.crm.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of docs/architecture.md, on the classes of crm-ejb and crm-web: features
 * without cycles, entities that know no boundary, a staff app that talks to boundaries. The build
 * fails when a change breaks one.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.enlace.crm");
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("org.enlace.crm.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void entitiesKnowNoBoundary() {
        noClasses()
                .that()
                .resideInAPackage("org.enlace.crm.*.entity..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.enlace.crm.*.boundary..")
                .check(classes);
    }

    @Test
    void commonKnowsNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("org.enlace.crm.common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.enlace.crm.account..",
                        "org.enlace.crm.contact..",
                        "org.enlace.crm.lead..",
                        "org.enlace.crm.opportunity..",
                        "org.enlace.crm.inventory..",
                        "org.enlace.crm.imports..",
                        "org.enlace.crm.notification..",
                        "org.enlace.crm.record..",
                        "org.enlace.crm.security..",
                        "org.enlace.crm.settings..",
                        "org.enlace.crm.portal..")
                .check(classes);
    }

    @Test
    void noFeatureNamesTheNotifications() {
        // notifications observe events; the features never call them
        noClasses()
                .that()
                .resideOutsideOfPackages("org.enlace.crm.notification..", "org.enlace.crm.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.enlace.crm.notification.control..")
                .check(classes);
    }

    @Test
    void theStaffAppTalksToBoundariesNotToControlClasses() {
        noClasses()
                .that()
                .resideInAPackage("org.enlace.crm.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.enlace.crm.*.control..")
                .because("crm-web uses the services' boundaries and boundary-level types only")
                .check(classes);
    }
}
