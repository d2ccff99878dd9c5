package dev.statuslab.ui.mainwindow;

import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.server.SimulatorOptions;
import dev.statuslab.server.SimulatorServer;
import dev.statuslab.ui.common.AppPreferences;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * What the window tests of one class share: a real simulator on a free loopback port and a
 * preferences node of their own, removed afterwards. Register with {@code @RegisterExtension}.
 */
final class WindowTestBed implements BeforeAllCallback, AfterAllCallback {

    static final StatusCatalog STATUSES = StatusCatalog.load();

    private SimulatorServer server;
    private Preferences prefsNode;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = new SimulatorServer(SimulatorOptions.loopback(0), STATUSES);
        server.start();
        prefsNode = Preferences.userRoot().node("dev/statuslab-test-" + UUID.randomUUID());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        server.stop();
        // TestFX hands every test class the same primary stage: the window's own on-hidden handler,
        // which writes to this node, must not outlive it into the next class.
        Stage primary = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> primary.setOnHidden(null));
        prefsNode.removeNode();
    }

    SimulatorServer server() {
        return server;
    }

    AppPreferences prefs() {
        return new AppPreferences(prefsNode);
    }
}
