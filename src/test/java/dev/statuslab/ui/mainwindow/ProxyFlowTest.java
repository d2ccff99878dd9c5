package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.mainwindow.WindowProbe.text;
import static dev.statuslab.ui.mainwindow.WindowProbe.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.statuslab.app.ProxySwitch;
import dev.statuslab.client.WireClient;
import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.scenario.MockSets;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.ui.common.AppPreferences;
import dev.statuslab.ui.mocks.MocksViewModel;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Simulator → Proxy to a backend… in the real window, against the real simulator and a backend on
 * a free port: the URL is checked in place, the proxy and the recording show in the status bar,
 * the recorded set appears in the picker, and once the proxy stops it answers for the backend.
 */
@ExtendWith(ApplicationExtension.class)
class ProxyFlowTest {

    @RegisterExtension
    static final WindowTestBed BED = new WindowTestBed();

    private static final StatusCatalog STATUSES = WindowTestBed.STATUSES;

    @TempDir
    Path data;

    private final AtomicInteger calls = new AtomicInteger();
    private HttpServer backend;
    private MockSets sets;
    private WireClient client;
    private ExecutorService background;
    private ProxySwitch proxy;
    private AppPreferences prefs;

    @Start
    void start(Stage stage) throws IOException {
        backend = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        backend.createContext("/", exchange -> {
            byte[] body = ("{\"from\": \"backend\", \"call\": " + calls.incrementAndGet() + "}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        backend.start();
        sets = MockSets.inDataDirectory(Files.createDirectories(data.resolve("data")));
        background = Executors.newFixedThreadPool(2);
        client = new WireClient(WireClient.Options.defaults());
        prefs = BED.prefs();
        MainViewModel vm = WindowModels.inMemory(
                        ScenarioCatalog.load(STATUSES), STATUSES, client, background, Platform::runLater)
                .withStore(null, data.resolve("imports"))
                .withMocks(new MocksViewModel.Wiring(sets, BED.server().mocks()::replaceAll, null))
                .build();
        proxy = new ProxySwitch(sets, vm.mocks().sets(), background, Platform::runLater, prefs);
        proxy.settle(BED.server());
        vm.proxy().connect("", true, "", false, proxy);
        new MainWindow(vm, stage, prefs, url -> {});
        WindowProbe.sizeForTests(stage);
        stage.show();
        vm.simulatorStarted(BED.server().baseUri(), null);
        vm.mocks().load();
    }

    @AfterEach
    void close() {
        proxy.close();
        BED.server().proxyTo(null);
        BED.server().mocks().replaceAll(List.of());
        backend.stop(0);
        client.close();
        background.shutdownNow();
    }

    @Test
    void recordingThroughTheProxyMakesASetThatAnswersOnceTheProxyStops(FxRobot robot) throws Exception {
        String backendUrl = "http://127.0.0.1:" + backend.getAddress().getPort();
        openProxyDialog(robot);
        robot.clickOn("#proxy-url").write("localhost:3000");
        waitFor(() -> text(robot, "#proxy-url-problem").startsWith("expected an http:// or https:// URL"));
        assertTrue(robot.lookup("#proxy-apply").queryAs(Button.class).isDisabled(), "a bad URL is refused");
        robot.interact(() -> robot.lookup("#proxy-url").queryAs(TextField.class).setText(backendUrl));
        robot.interact(
                () -> robot.lookup("#proxy-set-name").queryAs(TextField.class).setText("offline"));
        waitFor(() -> !robot.lookup("#proxy-apply").queryAs(Button.class).isDisabled());
        robot.clickOn("#proxy-apply");

        waitFor(() -> text(robot, "#status-proxy").equals("Proxy → " + backendUrl + ", recording into 'offline'"));
        HttpResponse<String> proxied = get("/api/hello?lang=en");
        assertEquals("{\"from\": \"backend\", \"call\": 1}", proxied.body());
        waitFor(() -> picker(robot).getItems().contains("offline"));
        assertTrue(served().isEmpty(), "the set being recorded into does not answer: " + served());
        assertEquals(
                "{\"from\": \"backend\", \"call\": 2}",
                get("/api/hello?lang=en").body(),
                "a repeat is proxied");
        waitFor(() -> Files.exists(sets.fileOf("offline")));
        assertEquals(backendUrl, prefs.proxyUrl());
        assertTrue(prefs.proxyOn());
        assertEquals("offline", prefs.proxyRecordInto());

        openProxyDialog(robot);
        robot.clickOn("#proxy-stop");
        waitFor(() -> !robot.lookup("#status-proxy").query().isVisible());
        waitFor(() -> served().equals(List.of("/api/hello")));
        backend.stop(0);

        HttpResponse<String> replayed = get("/api/hello?lang=en");
        assertEquals("{\"from\": \"backend\", \"call\": 2}", replayed.body());
        assertEquals(
                "application/json",
                replayed.headers().firstValue("Content-Type").orElseThrow());
        assertFalse(prefs.proxyOn());
        List<MockRoute> recorded = sets.load().sets().stream()
                .filter(s -> s.name().equals("offline"))
                .findFirst()
                .orElseThrow()
                .mocks();
        assertEquals(1, recorded.size(), "a repeat replaced the first answer");
    }

    private static void openProxyDialog(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream()
                .filter(m -> "menu-simulator".equals(m.getId()))
                .flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-proxy".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        robot.interact(item::fire);
        waitFor(() -> robot.lookup("#proxy-url").tryQuery().isPresent());
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(BED.server().baseUri() + pathAndQuery))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> served() {
        return BED.server().mocks().all().stream().map(MockRoute::path).toList();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> picker(FxRobot robot) {
        return robot.lookup("#mock-set-picker").queryAs(ComboBox.class);
    }
}
