package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.mainwindow.WindowProbe.setText;
import static dev.statuslab.ui.mainwindow.WindowProbe.statusLine;
import static dev.statuslab.ui.mainwindow.WindowProbe.text;
import static dev.statuslab.ui.mainwindow.WindowProbe.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.TlsSettings;
import dev.statuslab.client.WireClient;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.tls.TrustedCertificates;
import dev.statuslab.server.SimulatorOptions;
import dev.statuslab.server.SimulatorServer;
import dev.statuslab.server.tls.SimulatorCertificate;
import dev.statuslab.ui.common.AppPreferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
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
 * Issue 11's flow in the real window, headless: send to the simulator's HTTPS address, see the
 * certificate warning with its explanation, trust the certificate, and see {@code HTTP/2 201}
 * with the TLS section; the decision is kept owner-only in the data folder.
 */
@ExtendWith(ApplicationExtension.class)
class TlsFlowTest {

    @TempDir
    static Path data;

    private static final SimulatorCertificate CERTIFICATE = SimulatorCertificate.generate();
    private static SimulatorServer server;
    private static Preferences prefs;

    private MainViewModel vm;
    private WireClient client;
    private ExecutorService background;

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
    void start(Stage stage) {
        background = Executors.newFixedThreadPool(2);
        TrustedCertificates trusted = TrustedCertificates.inDataDirectory(data);
        client = new WireClient(WireClient.Options.defaults(), new TlsSettings(trusted, List.of()));
        vm = WindowModels.inMemory(
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
    void sendToTheSimulatorsHttpsSeeTheWarningTrustItAndGetHttp2WithTheTlsSection(FxRobot robot) throws Exception {
        String url = server.httpsBaseUri() + "/status/201";
        Node field = robot.lookup("#composer-url").query();
        robot.interact(() -> setText(field, url));
        robot.clickOn("#composer-send");

        waitFor(() ->
                robot.lookup("#tls-warning").tryQuery().map(Node::isVisible).orElse(false));
        assertEquals("The certificate is self-signed", text(robot, "#tls-warning-title"));
        assertTrue(text(robot, "#tls-warning-text").contains("Fix on the server:"), text(robot, "#tls-warning-text"));
        String trustLabel = "Trust this certificate for 127.0.0.1:" + server.httpsPort();
        waitFor(() -> text(robot, "#tls-trust").contains(trustLabel));

        robot.clickOn("#tls-trust");

        waitFor(() -> statusLine(robot).equals("HTTP/2 201"));
        waitFor(() -> !robot.lookup("#tls-warning").queryAs(Node.class).isVisible());
        assertTrue(text(robot, "#tls-summary").startsWith("TLSv1.3 · TLS_"), text(robot, "#tls-summary"));
        assertTrue(
                text(robot, "#tls-summary").contains("ALPN h2 · trusted by fingerprint"), text(robot, "#tls-summary"));
        assertTrue(text(robot, "#tls-chain").contains("SHA-256 " + CERTIFICATE.fingerprint()));
        assertTrue(text(robot, "#tls-version-note").contains("HTTP/2 has no reason phrase"));
        Path file = data.resolve(TrustedCertificates.FILE_NAME);
        assertTrue(Files.readString(file).contains(CERTIFICATE.fingerprint()));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertFalse(vm.history().exchanges().isEmpty());
    }
}
