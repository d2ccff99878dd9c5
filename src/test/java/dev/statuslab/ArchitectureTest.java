package dev.statuslab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The import rules of DESIGN.md: the core knows nothing of the UI, the server or the network;
 * each outer package may use the core. Jackson is allowed where data is read from resources.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.statuslab");

    private static final String[] JDK_PACKAGES = {"java..", "javax.annotation.."};

    @Test
    void coreHttpUsesOnlyTheJdk() {
        ArchRule rule = classes().that().resideInAPackage("dev.statuslab.core.http..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(with(JDK_PACKAGES, "dev.statuslab.core.http.."));
        rule.check(CLASSES);
    }

    @Test
    void coreStatusUsesTheJdkAndJackson() {
        ArchRule rule = classes().that().resideInAPackage("dev.statuslab.core.status..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    with(JDK_PACKAGES, "dev.statuslab.core.status..", "com.fasterxml.jackson.."));
        rule.check(CLASSES);
    }

    @Test
    void coreUsesOnlyCoreTheJdkAndJackson() {
        ArchRule rule = classes().that().resideInAPackage("dev.statuslab.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    with(JDK_PACKAGES, "dev.statuslab.core..", "com.fasterxml.jackson..",
                            "javax.security.auth.x500.."));
        rule.check(CLASSES);
    }

    @Test
    void serverUsesCoreAndJavalin() {
        ArchRule rule = classes().that().resideInAPackage("dev.statuslab.server..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(with(JDK_PACKAGES, "dev.statuslab.core..",
                    "dev.statuslab.server..", "io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..", "kotlin..",
                    "com.fasterxml.jackson..", "org.slf4j..", "org.bouncycastle..", "javax.security.auth.x500.."));
        rule.check(CLASSES);
    }

    @Test
    void clientUsesCoreTheJdkAndHttpCore() {
        ArchRule rule = classes().that().resideInAPackage("dev.statuslab.client..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(with(JDK_PACKAGES, "javax.net..",
                    "javax.security.auth.x500..", "dev.statuslab.core..", "dev.statuslab.client..",
                    "org.apache.hc.core5..", "org.slf4j.."));
        rule.check(CLASSES);
    }

    @Test
    void nothingButTheCliAndUiReachesOutward() {
        ArchRule rule = noClasses().that()
            .resideInAnyPackage("dev.statuslab.core..", "dev.statuslab.server..", "dev.statuslab.client..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.statuslab.ui..", "dev.statuslab.cli..", "javafx..");
        rule.check(CLASSES);
    }

    @Test
    void serverAndClientDoNotKnowEachOther() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.statuslab.server..")
            .should().dependOnClassesThat().resideInAPackage("dev.statuslab.client..")
            .allowEmptyShould(true);
        rule.check(CLASSES);
    }

    @Test
    void uiDoesNotTouchTheServer() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.statuslab.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.statuslab.server..", "io.javalin..")
            .allowEmptyShould(true);
        rule.check(CLASSES);
    }

    @Test
    void uiUsesTheClientOnlyThroughItsInterface() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.statuslab.ui..")
                .should().dependOnClassesThat().haveSimpleName("WireClient")
                .allowEmptyShould(true);
        rule.check(CLASSES);
    }

    private static String[] with(String[] base, String... more) {
        String[] out = new String[base.length + more.length];
        System.arraycopy(base, 0, out, 0, base.length);
        System.arraycopy(more, 0, out, base.length, more.length);
        return out;
    }
}
