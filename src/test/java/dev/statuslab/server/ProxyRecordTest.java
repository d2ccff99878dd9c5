package dev.statuslab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.scenario.MockSets;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve --proxy --record: the backend's answers become a mock set that answers once the backend is gone. */
class ProxyRecordTest {

    @TempDir
    Path data;

    private HttpServer backend;
    private final AtomicInteger calls = new AtomicInteger();
    private final List<String> acceptEncodings = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startBackend() throws IOException {
        backend = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        backend.createContext("/", exchange -> {
            int n = calls.incrementAndGet();
            String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            acceptEncodings.add(accept == null ? "" : accept);
            String path = exchange.getRequestURI().getPath();
            byte[] body = path.equals("/bin")
                    ? new byte[] {(byte) 0xff, (byte) 0xfe, 0}
                    : ("{\"call\": " + n + ", \"query\": \""
                                    + exchange.getRequestURI().getRawQuery() + "\", \"t\": \"{{not a template}}\"}")
                            .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Backend", "real");
            exchange.sendResponseHeaders(path.equals("/missing") ? 404 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        backend.start();
    }

    @AfterEach
    void stopBackend() {
        backend.stop(0);
    }

    private URI backendUri() {
        return URI.create("http://127.0.0.1:" + backend.getAddress().getPort());
    }

    @Test
    void recordedAnswersAnswerOnceTheProxyIsOff() throws Exception {
        MockSets sets = MockSets.inDataDirectory(data);
        List<List<MockRoute>> writes = new CopyOnWriteArrayList<>();
        try (SimulatorServer front = new SimulatorServer(SimulatorOptions.loopback(0), RunningServer.CATALOG);
                ProxyRecorder recorder = new ProxyRecorder(sets, ProxyRecorder.DEFAULT_SET, writes::add)) {
            front.start();
            front.proxyTo(new ProxyTarget(backendUri(), Duration.ofSeconds(5)), recorder);
            RawHttp http = new RawHttp(front.port());

            RawHttp.Response first = http.get("/api/items?page=2", "Accept-Encoding", "gzip");
            RawHttp.Response repeat = http.get("/api/items?page=2");
            RawHttp.Response other = http.get("/api/items");
            RawHttp.Response missing = http.get("/missing");
            RawHttp.Response binary = http.get("/bin");
            recorder.idle().get(5, TimeUnit.SECONDS);

            // The proxied answers are the backend's, unchanged.
            assertTrue(first.text().startsWith("{\"call\": 1, \"query\": \"page=2\""), first.text());
            assertTrue(repeat.text().startsWith("{\"call\": 2,"), repeat.text());
            assertEquals(404, missing.status());
            assertEquals(0xff, binary.body()[0] & 0xff);
            assertEquals("", acceptEncodings.get(0), "the backend is asked for a plain body while recording");

            List<MockRoute> recorded = sets.load(ProxyRecorder.DEFAULT_SET).mocks();
            assertEquals(3, recorded.size(), recorded.toString()); // a repeat replaces; the binary body is left out
            MockRoute page2 = recorded.get(0);
            assertEquals("GET", page2.method());
            assertEquals("/api/items", page2.path());
            assertEquals(List.of(new Header("page", "2")), page2.match().query());
            assertTrue(page2.body().startsWith("{\"call\": 2,"), page2.body());
            assertTrue(page2.headers().stream().noneMatch(h -> h.is("Date") || h.is("Content-Length")));
            assertEquals(404, recorded.get(2).status());
            assertEquals(recorded, writes.get(writes.size() - 1));

            int reached = calls.get();
            front.proxyTo(null);
            backend.stop(0);
            front.mocks().replaceAll(recorded);

            RawHttp.Response replayed = http.get("/api/items?page=2");
            RawHttp.Response replayedOther = http.get("/api/items");

            assertEquals(repeat.text(), replayed.text());
            assertTrue(replayed.text().contains("\"t\": \"{{not a template}}\""), replayed.text());
            assertEquals("application/json", replayed.header("Content-Type").orElseThrow());
            assertEquals("real", replayed.header("X-Backend").orElseThrow());
            assertEquals(other.text(), replayedOther.text());
            assertEquals(reached, calls.get(), "nothing reached the backend once the proxy was off");
        }
    }

    @Test
    void aDeadTargetIsA502AtOnceAndNothingIsRecorded() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        MockSets sets = MockSets.inDataDirectory(data);
        try (SimulatorServer front = new SimulatorServer(SimulatorOptions.loopback(0), RunningServer.CATALOG);
                ProxyRecorder recorder = new ProxyRecorder(sets, "offline", routes -> {})) {
            front.start();
            front.proxyTo(new ProxyTarget(URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(10)), recorder);

            long start = System.nanoTime();
            RawHttp.Response r = new RawHttp(front.port()).get("/api/users");
            long ms = (System.nanoTime() - start) / 1_000_000;
            recorder.idle().get(5, TimeUnit.SECONDS);

            assertEquals(502, r.status());
            assertTrue(r.text().contains("cannot connect to http://127.0.0.1:" + port), r.text());
            assertTrue(ms < 3_000, "took " + ms + " ms");
            assertFalse(Files.exists(sets.fileOf("offline")));
            assertNotNull(recorder.setName());
        }
    }

    @Test
    void answersAreNotRecordedIntoTheDefaultSet() {
        MockSets sets = MockSets.inDataDirectory(data);
        assertThrows(IllegalArgumentException.class, () -> new ProxyRecorder(sets, "default", routes -> {}));
        assertThrows(IllegalArgumentException.class, () -> new ProxyRecorder(sets, " ", routes -> {}));
    }
}
