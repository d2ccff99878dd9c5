package dev.statuslab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.scenario.MockRoute;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Starting, stopping, binding, and the user's mock routes. */
class ServerLifecycleTest {

    @Test
    void portZeroReportsTheRealPortOnLoopback() throws Exception {
        try (SimulatorServer server = new SimulatorServer(SimulatorOptions.loopback(0), RunningServer.CATALOG)) {
            int port = server.start();
            assertTrue(port > 0);
            assertEquals("http://127.0.0.1:" + port, server.baseUri().toString());
            assertEquals(200, new RawHttp(port).get("/simple/").status());
        }
    }

    @Test
    void stopFreesThePort() throws Exception {
        SimulatorServer server = new SimulatorServer(SimulatorOptions.loopback(0), RunningServer.CATALOG);
        int port = server.start();
        server.stop();
        assertFalse(server.isRunning());
        assertThrows(
                ConnectException.class, () -> new Socket().connect(new InetSocketAddress("127.0.0.1", port), 1000));
        try (SimulatorServer again = new SimulatorServer(SimulatorOptions.loopback(port), RunningServer.CATALOG)) {
            assertEquals(port, again.start());
        }
        server.stop();
    }

    @Test
    void busyPortIsReportedInOneClearMessage() throws Exception {
        try (SimulatorServer first = new SimulatorServer(SimulatorOptions.loopback(0), RunningServer.CATALOG)) {
            int port = first.start();
            SimulatorServer second = new SimulatorServer(SimulatorOptions.loopback(port), RunningServer.CATALOG);
            SimulatorServer.BindFailedException e =
                    assertThrows(SimulatorServer.BindFailedException.class, second::start);
            assertEquals("port " + port + " on 127.0.0.1 is already in use or not permitted", e.getMessage());
            assertFalse(second.isRunning());
        }
    }

    @Test
    void mockRouteAnswersWithItsStatusReasonHeadersAndBody() throws Exception {
        try (SimulatorServer server = new SimulatorServer(SimulatorOptions.loopback(0), RunningServer.CATALOG)) {
            server.start();
            server.mocks()
                    .replaceAll(List.of(
                            new MockRoute(
                                    "GET",
                                    "/api/users",
                                    503,
                                    "Down For Lunch",
                                    List.of(
                                            new Header("Retry-After", "30"),
                                            new Header("Content-Type", "application/json")),
                                    "{\"ok\":false}",
                                    0),
                            new MockRoute("*", "/simple/", 418, "", List.of(), "short and stout", 0)));
            RawHttp http = new RawHttp(server.port());
            RawHttp.Response r = http.get("/api/users");
            assertEquals("HTTP/1.1 503 Down For Lunch", r.statusLine());
            assertEquals("30", r.header("Retry-After").orElseThrow());
            assertEquals("{\"ok\":false}", r.text());
            RawHttp.Response teapot = http.send("DELETE", "/simple/", null);
            assertEquals(418, teapot.status(), "a mock answers before the simulated site");
            assertEquals("short and stout", teapot.text());
            assertEquals(404, http.send("POST", "/api/users", "").status(), "a mock matches only its own method");
        }
    }

    @Test
    void mockRouteWithADelayWaits() throws Exception {
        try (SimulatorServer server = new SimulatorServer(SimulatorOptions.loopback(0), RunningServer.CATALOG)) {
            server.start();
            server.mocks().replaceAll(List.of(new MockRoute("GET", "/slow", 200, "", List.of(), "done", 250)));
            long start = System.nanoTime();
            RawHttp.Response r = new RawHttp(server.port()).get("/slow");
            assertTrue((System.nanoTime() - start) / 1_000_000 >= 250);
            assertEquals("done", r.text());
        }
    }

    @Test
    void invalidMockRouteIsRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new MockRoute("GET", "/x", 200, "", List.of(new Header("X-Bad", "a\r\nb")), "", 0));
        assertTrue(e.getMessage().contains("line break"), e.getMessage());
    }

    @Test
    void serverListensOnlyOnLoopbackByDefault() throws IOException {
        assertTrue(SimulatorOptions.loopback(0).isLoopback());
        assertEquals("127.0.0.1", SimulatorOptions.loopback(0).host());
    }
}
