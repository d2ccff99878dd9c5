package dev.statuslab.server;

import dev.statuslab.core.status.StatusCatalog;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A real simulator on 127.0.0.1 and a free port, started once per test class. */
final class RunningServer implements BeforeAllCallback, AfterAllCallback {

    static final StatusCatalog CATALOG = StatusCatalog.load();

    private final SimulatorOptions options;
    private SimulatorServer server;

    RunningServer() {
        this(SimulatorOptions.loopback(0));
    }

    RunningServer(SimulatorOptions options) {
        this.options = options;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = new SimulatorServer(options, CATALOG);
        server.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop();
    }

    SimulatorServer server() {
        return server;
    }

    RawHttp http() {
        return new RawHttp(server.port());
    }
}
