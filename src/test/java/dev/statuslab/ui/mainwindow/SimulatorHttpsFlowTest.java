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
import dev.statuslab.server.SimulatorHost;
import dev.statuslab.server.SimulatorOptions;
import dev.statuslab.server.SimulatorServer;
import dev.statuslab.server.tls.SimulatorCertificate;
import dev.statuslab.ui.common.AppPreferences;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
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
 * Simulator → Serve HTTPS in the real window, headless, against a simulator that starts in clear
 * only: the switch opens its TLS port (off the FX thread, through the app's own wiring), the status
 * bar shows the https address, a request to it answers {@code HTTP/2 201} with the TLS section once
 * the certificate is trusted, and switching off closes the port again.
 */
@ExtendWith(ApplicationExtension.class)
class SimulatorHttpsFlowTest {

    @TempDir
    static Path data;

    private static final SimulatorCertificate CERTIFICATE = SimulatorCertificate.generate();
    private static SimulatorHost host;
    private static SimulatorServer server;
    private static Preferences prefs;
    private static AppPreferences preferences;
    private static ExecutorService hostThreads;
    private WireClient client;
    private ExecutorService background;

    @BeforeAll
    static void startServer() throws Exception {
        prefs = Preferences.userRoot().node("dev/statuslab-test-" + UUID.randomUUID());
        preferences = new AppPreferences(prefs);
        preferences.setSimulatorHttps(false);
        preferences.setSimulatorHttpsPort(0); // a free port; what it gets is remembered
        hostThreads = Executors.newSingleThreadExecutor();
        host = new SimulatorHost(
                port -> new SimulatorServer(SimulatorOptions.loopback(port), WindowTestBed.STATUSES),
                () -> CERTIFICATE,
                new SimulatorHost.Memory(
                        preferences::simulatorHttps,
                        preferences::setSimulatorHttps,
                        preferences::simulatorHttpsPort,
                        preferences::setSimulatorHttpsPort),
                hostThreads);
        host.start(0).join();
        server = host.running();
    }

    @AfterAll
    static void stopServer() throws Exception {
        host.stop();
        hostThreads.shutdownNow();
        prefs.removeNode();
    }

    @Start
    void start(Stage stage) throws Exception {
        background = Executors.newFixedThreadPool(2);
        TrustedCertificates trusted = TrustedCertificates.inDataDirectory(Files.createTempDirectory(data, "trust"));
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
        vm.https().connect(false, SimulatorHttps.Switch.of(host::httpsOn, host::httpsOff));
        new MainWindow(vm, stage, preferences, url -> {});
        stage.setOnHidden(e -> {
            client.close();
            background.shutdownNow();
        });
        WindowProbe.sizeForTests(stage);
        stage.show();
        vm.simulatorStarted(server.baseUri(), null);
    }

    @Test
    void switchingHttpsOnServesTheSimulatorOverTlsWithHttp2AndOffClosesIt(FxRobot robot) throws Exception {
        assertFalse(server.hasHttps());
        assertFalse(robot.lookup("#status-https").queryAs(Node.class).isVisible(), "nothing is said while off");
        CheckMenuItem serveHttps = simulatorMenuItem(robot);
        assertEquals("Serve HTTPS (HTTP/2 and HTTP/1.1)", serveHttps.getText().replace("_", ""));
        assertFalse(serveHttps.isSelected());

        clickServeHttps(robot);

        assertTrue(serveHttps.isSelected());
        waitFor(() -> text(robot, "#status-https").startsWith("HTTPS on https://127.0.0.1:"));
        assertTrue(server.hasHttps());
        URI https = server.httpsBaseUri();
        assertEquals("HTTPS on " + https, text(robot, "#status-https"));
        assertTrue(robot.lookup("#status-https").queryAs(Node.class).isVisible());
        assertTrue(preferences.simulatorHttps(), "the choice is remembered");
        assertEquals(https.getPort(), preferences.simulatorHttpsPort(), "the port is tried first at the next launch");

        Node field = robot.lookup("#composer-url").query();
        robot.interact(() -> setText(field, https + "/status/201"));
        robot.clickOn("#composer-send");
        waitFor(() -> text(robot, "#tls-trust").contains("Trust this certificate for 127.0.0.1:" + https.getPort()));
        robot.clickOn("#tls-trust");

        waitFor(() -> statusLine(robot).equals("HTTP/2 201"));
        // The TLS section follows the answer on a later pulse; under load it can trail the status line.
        waitFor(() -> text(robot, "#tls-summary").contains("ALPN h2"));
        assertTrue(
                text(robot, "#tls-summary").contains("ALPN h2 · trusted by fingerprint"), text(robot, "#tls-summary"));
        assertTrue(text(robot, "#tls-chain").contains("SHA-256 " + CERTIFICATE.fingerprint()));

        clickServeHttps(robot);

        assertFalse(serveHttps.isSelected());
        waitFor(() -> !robot.lookup("#status-https").queryAs(Node.class).isVisible());
        assertFalse(server.hasHttps(), "the TLS port is closed");
        assertTrue(server.isRunning(), "the clear port stays");
        assertFalse(preferences.simulatorHttps(), "switched off is remembered too");
    }

    /** Opens the Simulator menu and clicks Serve HTTPS, as a user does. */
    private static void clickServeHttps(FxRobot robot) {
        robot.clickOn("Simulator");
        robot.clickOn("Serve HTTPS (HTTP/2 and HTTP/1.1)");
    }

    private static CheckMenuItem simulatorMenuItem(FxRobot robot) {
        MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
        return bar.getMenus().stream()
                .filter(m -> "menu-simulator".equals(m.getId()))
                .map(Menu::getItems)
                .flatMap(List::stream)
                .filter(i -> "menu-simulator-https".equals(i.getId()))
                .map(CheckMenuItem.class::cast)
                .findFirst()
                .orElseThrow();
    }
}
