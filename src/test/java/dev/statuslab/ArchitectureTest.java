package dev.statuslab;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.statuslab.client.ExchangeSender;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The import rules of DESIGN.md's architecture table, one test per row or rule: the core knows
 * nothing of the UI, the server or the network; each outer package may use the core; UI features
 * sit side by side and reach the client only through {@link ExchangeSender}.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.statuslab");

    private static final String[] JDK = {"java..", "javax.annotation.."};
    /** The one class that may use Handlebars (decision 16): templates in mock bodies and headers. */
    private static final String TEMPLATES = "dev.statuslab.core.scenario.MockTemplates";
    /** The JDK's TLS and certificate APIs, for the network's two ends. */
    private static final String[] JDK_TLS = {"javax.net..", "javax.security..", "javax.crypto.."};

    private static final String[] TOOLKIT = {
        "javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp.ikonli..", "org.fxmisc..", "org.reactfx.."
    };

    @Test
    void coreHttpUsesOnlyTheJdk() {
        only("dev.statuslab.core.http..", JDK, "dev.statuslab.core.http..");
    }

    @Test
    void coreConcurrentUsesOnlyTheJdk() {
        only("dev.statuslab.core.concurrent..", JDK, "dev.statuslab.core.concurrent..");
    }

    @Test
    void coreJsonUsesTheJdkAndJacksonCore() {
        only("dev.statuslab.core.json..", JDK, "dev.statuslab.core.json..", "com.fasterxml.jackson.core..");
    }

    @Test
    void coreIoUsesTheJdkAndCoreHttp() {
        only("dev.statuslab.core.io..", JDK, "dev.statuslab.core.io..", "dev.statuslab.core.http..");
    }

    @Test
    void coreLintUsesOnlyTheJdkAndTheCore() {
        only("dev.statuslab.core.lint..", JDK, "dev.statuslab.core..");
    }

    @Test
    void coreLearnUsesTheJdkTheCoreAndJackson() {
        only("dev.statuslab.core.learn..", JDK, "dev.statuslab.core..", "com.fasterxml.jackson..");
    }

    @Test
    void coreWorkbenchUsesTheJdkTheCoreAndJacksonCore() {
        only("dev.statuslab.core.workbench..", JDK, "dev.statuslab.core..", "com.fasterxml.jackson.core..");
    }

    @Test
    void theRestOfTheCoreDoesNotDependOnTheWorkbench() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.statuslab.core.http..",
                        "dev.statuslab.core.status..",
                        "dev.statuslab.core.scenario..",
                        "dev.statuslab.core.transcript..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.statuslab.core.workbench..")
                .check(CLASSES);
    }

    @Test
    void coreDjangoUsesOnlyTheJdk() {
        only("dev.statuslab.core.django..", JDK, "dev.statuslab.core.django..");
    }

    @Test
    void coreUsesOnlyCoreTheJdkAndJackson() {
        classes()
                .that()
                .resideInAPackage("dev.statuslab.core..")
                .and()
                .doNotHaveFullyQualifiedName(TEMPLATES)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        concat(JDK, "dev.statuslab.core..", "com.fasterxml.jackson..", "javax.security.auth.x500.."))
                .check(CLASSES);
    }

    @Test
    void onlyTheMockTemplatesUseTheTemplateLibrary() {
        only(TEMPLATES, JDK, "dev.statuslab.core..", "com.fasterxml.jackson..", "com.github.jknack.handlebars..");
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(TEMPLATES)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.github.jknack.handlebars..")
                .check(CLASSES);
    }

    @Test
    void onlyTheOpenApiImportUsesTheOpenApiParser() {
        only(
                "dev.statuslab.openapi..",
                JDK,
                "dev.statuslab.core..",
                "dev.statuslab.openapi..",
                "io.swagger..",
                "com.fasterxml.jackson..");
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.statuslab.openapi..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.swagger..")
                .check(CLASSES);
    }

    @Test
    void serverUsesCoreJavalinAndJetty() {
        only(
                "dev.statuslab.server..",
                concat(JDK, JDK_TLS),
                "dev.statuslab.core..",
                "dev.statuslab.server..",
                "io.javalin..",
                "org.eclipse.jetty..",
                "jakarta.servlet..",
                "kotlin..",
                "com.fasterxml.jackson..",
                "org.slf4j..");
    }

    @Test
    void clientUsesCoreAndHttpCore() {
        only(
                "dev.statuslab.client..",
                concat(JDK, JDK_TLS),
                "dev.statuslab.core..",
                "dev.statuslab.client..",
                "org.apache.hc..",
                "org.slf4j..");
    }

    @Test
    void uiUsesTheToolkitTheCoreAndTheClientsInterface() {
        only(
                "dev.statuslab.ui..",
                concat(JDK, TOOLKIT),
                "dev.statuslab.core..",
                "dev.statuslab.ui..",
                "dev.statuslab.client..",
                "org.slf4j..");
    }

    @Test
    void uiReachesTheClientOnlyThroughExchangeSender() {
        DescribedPredicate<JavaClass> clientButTheInterface = resideInAPackage("dev.statuslab.client..")
                .and(not(assignableTo(ExchangeSender.class)
                        .and(DescribedPredicate.describe("an interface", JavaClass::isInterface))));
        noClasses()
                .that()
                .resideInAPackage("dev.statuslab.ui..")
                .should()
                .dependOnClassesThat(clientButTheInterface)
                .check(CLASSES);
    }

    @Test
    void viewModelsNeverSeeANode() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("ViewModel")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(CLASSES);
    }

    @Test
    void uiFeaturesSitSideBySide() {
        // A feature reaches another only through ui.common; the main window composes them all.
        slices().matching("dev.statuslab.ui.(*)..")
                .should()
                .notDependOnEachOther()
                .ignoreDependency(resideInAPackage("dev.statuslab.ui.mainwindow.."), DescribedPredicate.alwaysTrue())
                .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage("dev.statuslab.ui.common.."))
                .check(CLASSES);
    }

    @Test
    void uiFeaturesHaveNoCycles() {
        slices().matching("dev.statuslab.ui.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void appIsTheCompositionRootAndNeverUsesTheCommandLine() {
        noClasses()
                .that()
                .resideInAPackage("dev.statuslab.app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.statuslab.cli..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCliAndTheAppReachOutward() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.statuslab.core..", "dev.statuslab.server..", "dev.statuslab.client..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.statuslab.ui..", "dev.statuslab.app..", "dev.statuslab.cli..", "javafx..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("dev.statuslab.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.statuslab.app..", "dev.statuslab.cli..")
                .check(CLASSES);
    }

    @Test
    void serverAndClientDoNotKnowEachOther() {
        noClasses()
                .that()
                .resideInAPackage("dev.statuslab.server..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.statuslab.client..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("dev.statuslab.client..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.statuslab.server..")
                .check(CLASSES);
    }

    @Test
    void uiDoesNotTouchTheServer() {
        noClasses()
                .that()
                .resideInAPackage("dev.statuslab.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.statuslab.server..", "io.javalin..", "org.eclipse.jetty..")
                .check(CLASSES);
    }

    private static void only(String pkg, String[] base, String... allowed) {
        (pkg.endsWith("..")
                        ? classes().that().resideInAPackage(pkg)
                        : classes().that().haveFullyQualifiedName(pkg))
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(concat(base, allowed))
                .check(CLASSES);
    }

    private static String[] concat(String[] base, String... more) {
        return Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new);
    }
}
