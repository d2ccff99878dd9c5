package dev.statuslab.ui.mainwindow;

import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.server.SimulatorServer;
import dev.statuslab.ui.common.AppPreferences;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

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
        server = new SimulatorServer(SimulatorServer.Options.loopback(0), STATUSES);
        server.start();
        prefsNode = Preferences.userRoot().node("dev/statuslab-test-" + UUID.randomUUID());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        server.stop();
        prefsNode.removeNode();
    }

    SimulatorServer server() {
        return server;
    }

    AppPreferences prefs() {
        return new AppPreferences(prefsNode);
    }
}
