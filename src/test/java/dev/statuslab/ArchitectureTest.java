package dev.statuslab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The import rules of DESIGN.md: the core knows nothing of the UI, the server or the network;
 * each outer package may use the core. Jackson is allowed where data is read from resources.
 */
@AnalyzeClasses(packages = "dev.statuslab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] JDK = {"java..", "javax.annotation.."};

    @ArchTest
    static final ArchRule coreHttpUsesOnlyTheJdk = classes().that().resideInAPackage("dev.statuslab.core.http..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(with(JDK, "dev.statuslab.core.http.."));

    @ArchTest
    static final ArchRule coreStatusUsesTheJdkAndJackson = classes().that().resideInAPackage("dev.statuslab.core.status..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    with(JDK, "dev.statuslab.core.status..", "com.fasterxml.jackson.."));

    @ArchTest
    static final ArchRule coreUsesOnlyCoreTheJdkAndJackson = classes().that().resideInAPackage("dev.statuslab.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    with(JDK, "dev.statuslab.core..", "com.fasterxml.jackson.."));

    @ArchTest
    static final ArchRule serverUsesCoreAndJavalin = classes().that().resideInAPackage("dev.statuslab.server..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(with(JDK, "dev.statuslab.core..",
                    "dev.statuslab.server..", "io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..", "kotlin..",
                    "com.fasterxml.jackson..", "org.slf4j.."));

    @ArchTest
    static final ArchRule nothingButTheCliAndUiReachesOutward = noClasses().that()
            .resideInAnyPackage("dev.statuslab.core..", "dev.statuslab.server..", "dev.statuslab.client..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.statuslab.ui..", "dev.statuslab.cli..", "javafx..");

    @ArchTest
    static final ArchRule serverAndClientDoNotKnowEachOther = noClasses().that().resideInAPackage("dev.statuslab.server..")
            .should().dependOnClassesThat().resideInAPackage("dev.statuslab.client..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule uiDoesNotTouchTheServer = noClasses().that().resideInAPackage("dev.statuslab.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.statuslab.server..", "io.javalin..")
            .allowEmptyShould(true);

    private static String[] with(String[] base, String... more) {
        String[] out = new String[base.length + more.length];
        System.arraycopy(base, 0, out, 0, base.length);
        System.arraycopy(more, 0, out, base.length, more.length);
        return out;
    }
}
