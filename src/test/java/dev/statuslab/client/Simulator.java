package dev.statuslab.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuslab.core.http.Body;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.server.SimulatorOptions;
import dev.statuslab.server.SimulatorServer;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A real simulator on 127.0.0.1 and a free port, shared by the client tests of one class. */
final class Simulator {

    private final SimulatorServer server;

    private Simulator(SimulatorServer server) {
        this.server = server;
    }

    static Simulator start() throws Exception {
        SimulatorServer server = new SimulatorServer(SimulatorOptions.loopback(0), StatusCatalog.load());
        server.start();
        return new Simulator(server);
    }

    String url(String path) {
        return server.baseUri() + path;
    }

    int port() {
        return server.port();
    }

    /** The JSON of an /anything echo. */
    static JsonNode json(Body body) {
        try {
            return new ObjectMapper().readTree(body.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of the first echoed field line named exactly {@code name} (case kept), or null. */
    static String echoedField(JsonNode echo, String name) {
        for (JsonNode h : echo.get("headers")) {
            if (h.get("name").asText().equals(name)) {
                return h.get("value").asText();
            }
        }
        return null;
    }

    void stop() {
        server.stop();
    }
}
