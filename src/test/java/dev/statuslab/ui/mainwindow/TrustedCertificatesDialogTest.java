package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.mainwindow.WindowProbe.setText;
import static dev.statuslab.ui.mainwindow.WindowProbe.statusLine;
import static dev.statuslab.ui.mainwindow.WindowProbe.text;
import static dev.statuslab.ui.mainwindow.WindowProbe.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.TlsSettings;
import dev.statuslab.client.WireClient;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.tls.CertificateInfo;
import dev.statuslab.core.tls.TrustedCertificates;
import dev.statuslab.server.SimulatorOptions;
import dev.statuslab.server.SimulatorServer;
import dev.statuslab.server.tls.SimulatorCertificate;
import dev.statuslab.ui.common.AppPreferences;
import dev.statuslab.ui.tls.TrustedCertificatesViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Request → Trusted certificates… in the real window, headless: the certificate trusted for the
 * simulator's HTTPS port is listed with its fingerprint; "Revoke" removes it, and the next send
 * shows the certificate warning again.
 */
@ExtendWith(ApplicationExtension.class)
class TrustedCertificatesDialogTest {

    @TempDir
    static Path data;

    private static final SimulatorCertificate CERTIFICATE = SimulatorCertificate.generate();
    private static SimulatorServer server;
    private static Preferences prefs;

    private WireClient client;
    private ExecutorService background;
    private TrustedCertificates trusted;

    @BeforeAll
    static void startServer() throws Exception {
        server = new SimulatorServer(SimulatorOptions.loopback(0), WindowTestBed.STATUSES).withHttps(CERTIFICATE, 0);
        server.start();
        prefs = Preferences.userRoot().node("dev/statuslab-test-" + UUID.randomUUID());
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.stop();
        prefs.removeNode();
    }

    @Start
    void start(Stage stage) throws Exception {
        background = Executors.newFixedThreadPool(2);
        trusted = TrustedCertificates.inDataDirectory(Files.createTempDirectory(data, "trust"));
        trusted.trust("127.0.0.1:" + server.httpsPort(), CertificateInfo.of(CERTIFICATE.certificate()));
        client = new WireClient(WireClient.Options.defaults(), new TlsSettings(trusted, List.of()));
        MainViewModel vm = WindowModels.inMemory(
                        ScenarioCatalog.load(WindowTestBed.STATUSES),
                        WindowTestBed.STATUSES,
                        client,
                        background,
                        Platform::runLater)
                .withStore(null, data.resolve("imports"))
                .withTrust(trusted)
                .build();
        new MainWindow(vm, stage, new AppPreferences(prefs), url -> {});
        stage.setOnHidden(e -> {
            client.close();
            background.shutdownNow();
        });
        WindowProbe.sizeForTests(stage);
        stage.show();
        vm.simulatorStarted(server.baseUri(), null);
    }

    @Test
    void revokingInTheTrustedCertificatesDialogBringsTheWarningBackOnTheNextSend(FxRobot robot) throws Exception {
        String hostPort = "127.0.0.1:" + server.httpsPort();
        Node field = robot.lookup("#composer-url").query();
        robot.interact(() -> setText(field, server.httpsBaseUri() + "/status/201"));
        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).equals("HTTP/2 201"));
        assertTrue(text(robot, "#tls-summary").contains("trusted by fingerprint"), text(robot, "#tls-summary"));

        MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
        MenuItem open = bar.getMenus().stream()
                .map(Menu::getItems)
                .flatMap(List::stream)
                .filter(i -> "menu-trusted-certificates".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        assertEquals("Trusted certificates…", open.getText().replace("_", ""));
        robot.interact(open::fire);

        waitFor(() -> robot.lookup("#trusted-table").tryQuery().isPresent()
                && !robot.lookup("#trusted-table")
                        .queryAs(TableView.class)
                        .getItems()
                        .isEmpty());
        @SuppressWarnings("unchecked")
        TableView<TrustedCertificatesViewModel.Row> table =
                robot.lookup("#trusted-table").queryAs(TableView.class);
        TrustedCertificatesViewModel.Row row = table.getItems().get(0);
        assertEquals(hostPort, row.hostPort());
        assertEquals(CERTIFICATE.fingerprint(), row.sha256());
        assertTrue(robot.lookup(CERTIFICATE.fingerprint()).tryQuery().isPresent(), "the fingerprint is on screen");
        assertEquals("1 certificate trusted", text(robot, "#trusted-message"));

        robot.clickOn(".trusted-revoke");

        waitFor(() -> table.getItems().isEmpty());
        waitFor(() -> text(robot, "#trusted-message").startsWith("Revoked"));
        assertTrue(trusted.forHost(hostPort).isEmpty());
        robot.clickOn("#trusted-close");
        waitFor(() -> robot.lookup("#trusted-table").tryQuery().isEmpty());

        robot.clickOn("#composer-send");
        waitFor(() ->
                robot.lookup("#tls-warning").tryQuery().map(Node::isVisible).orElse(false));
        assertEquals("The certificate is self-signed", text(robot, "#tls-warning-title"));
        waitFor(() -> text(robot, "#tls-trust").contains("Trust this certificate for " + hostPort));
    }
}
