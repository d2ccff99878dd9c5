package dev.statuslab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.scenario.MockRoute;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** serve --proxy: what no mock answers goes to the backend; a dead or silent backend is a 502 or 504, not a hang. */
class ProxyTest {

    private static SimulatorServer proxying(URI backend, Duration timeout) throws Exception {
        SimulatorServer server = new SimulatorServer(SimulatorOptions.loopback(0), RunningServer.CATALOG);
        server.proxyTo(new ProxyTarget(backend, timeout));
        server.start();
        return server;
    }

    @Test
    void whatNoMockAnswersIsTheBackendsAnswerAsItIs() throws Exception {
        try (SimulatorServer backend = new SimulatorServer(SimulatorOptions.loopback(0), RunningServer.CATALOG)) {
            backend.start();
            try (SimulatorServer front = proxying(backend.baseUri(), Duration.ofSeconds(5))) {
                front.mocks().replaceAll(List.of(new MockRoute("GET", "/api/new", 200, "", List.of(), "mocked", 0)));
                RawHttp http = new RawHttp(front.port());

                RawHttp.Response mocked = http.get("/api/new");
                RawHttp.Response teapot = http.get("/status/418");
                RawHttp.Response echo = http.send("POST", "/anything/a%20b?x=1", "hello", "X-Demo", "1");

                assertEquals("mocked", mocked.text());
                assertEquals("HTTP/1.1 418 I'm a teapot", teapot.statusLine());
                assertEquals(200, echo.status());
                assertTrue(echo.text().contains("\"url\" : \"/anything/a b?x=1\""), echo.text());
                assertTrue(echo.text().contains("\"data\" : \"hello\""), echo.text());
                assertTrue(echo.text().contains("X-Demo"), echo.text());
            }
        }
    }

    @Test
    void aBackendThatRefusesIsA502WithTheReason() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (SimulatorServer front = proxying(URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(2))) {
            RawHttp.Response r = new RawHttp(front.port()).get("/api/users");

            assertEquals(502, r.status());
            assertTrue(r.text().startsWith("StatusLab proxy: cannot connect to http://127.0.0.1:" + port), r.text());
        }
    }

    @Test
    void aBackendThatNeverAnswersIsA504WithinTheTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                SimulatorServer front =
                        proxying(URI.create("http://127.0.0.1:" + silent.getLocalPort()), Duration.ofMillis(700))) {
            Thread acceptor = new Thread(() -> {
                try (Socket s = silent.accept()) {
                    Thread.sleep(5_000);
                } catch (Exception e) {
                    // closed by the test
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            long start = System.nanoTime();
            RawHttp.Response r = new RawHttp(front.port()).get("/slow");
            long ms = (System.nanoTime() - start) / 1_000_000;

            assertEquals(504, r.status());
            assertTrue(r.text().contains("did not answer within 700 ms"), r.text());
            assertTrue(ms < 3_000, "answered after " + ms + " ms");
        }
    }
}
