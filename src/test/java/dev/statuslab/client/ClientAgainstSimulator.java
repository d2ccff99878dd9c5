package dev.statuslab.client;

import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.transcript.Exchange;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A real simulator and a client with default options, started once per test class. */
final class ClientAgainstSimulator implements BeforeAllCallback, AfterAllCallback {

    private Simulator simulator;
    private WireClient client;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        simulator = Simulator.start();
        client = new WireClient(WireClient.Options.defaults());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        client.close();
        simulator.stop();
    }

    Simulator simulator() {
        return simulator;
    }

    WireClient client() {
        return client;
    }

    /** Sends and waits (bounded) for the exchange. */
    Exchange send(HttpRequest request) throws Exception {
        return client.send(request).get(20, TimeUnit.SECONDS);
    }
}
