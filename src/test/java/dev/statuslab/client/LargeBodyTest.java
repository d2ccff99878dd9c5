package dev.statuslab.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.transcript.Exchange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bodies over the memory cap go to the spool directory, which close() removes. */
class LargeBodyTest {

    private static Simulator simulator;

    @BeforeAll
    static void start() throws Exception {
        simulator = Simulator.start();
    }

    @AfterAll
    static void stop() {
        simulator.stop();
    }

    @Test
    void aBodyOverTheCapIsSpooledToDiskAndCloseDeletesIt(@TempDir Path temp) throws Exception {
        Path spool = temp.resolve("spool");
        WireClient client = new WireClient(
                new WireClient.Options(Duration.ofSeconds(5), Duration.ofSeconds(30), 2L * 1024 * 1024, spool));
        byte[] sent = "x".repeat(3 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        HttpRequest r = new HttpRequest(
                HttpMethod.POST, simulator.url("/anything"), Headers.of("Content-Type", "text/plain"), Body.of(sent));

        Exchange e = client.send(r).get(30, TimeUnit.SECONDS);

        assertEquals(200, e.code(), String.valueOf(e.failure()));
        Body body = e.response().body();
        assertFalse(body.inMemory());
        Path file = body.file().orElseThrow();
        assertTrue(file.startsWith(spool));
        assertEquals(Files.size(file), body.size());
        assertEquals(
                Long.parseLong(e.response().headers().first("Content-Length").orElseThrow()), body.size());
        assertTrue(body.size() > sent.length);
        assertTrue(
                new String(body.preview(64), StandardCharsets.US_ASCII).contains("\"method\" : \"POST\""),
                new String(body.preview(64), StandardCharsets.US_ASCII));
        assertEquals(sent.length, Simulator.json(body).get("data").asText().length());
        Body keptRequest = e.request().body();
        assertFalse(keptRequest.inMemory(), "the history keeps a large request body on disk, not on the heap");
        assertTrue(keptRequest.file().orElseThrow().startsWith(spool));
        assertEquals(Body.of(sent).text(), keptRequest.text());

        client.close();
        assertFalse(Files.exists(file));
        assertFalse(Files.exists(keptRequest.file().orElseThrow()));
        assertFalse(Files.exists(spool));
    }

    @Test
    void aBodyUnderTheCapStaysInMemory(@TempDir Path temp) throws Exception {
        try (WireClient client = new WireClient(
                new WireClient.Options(Duration.ofSeconds(5), Duration.ofSeconds(30), 1024, temp.resolve("spool")))) {
            Exchange e = client.send(HttpRequest.get(simulator.url("/ping/"))).get(30, TimeUnit.SECONDS);

            assertTrue(e.response().body().inMemory());
            assertEquals("pong", e.response().body().text());
        }
    }

    @Test
    void aRequestBodyOnDiskIsStreamedOut(@TempDir Path temp) throws Exception {
        Path upload = temp.resolve("upload.txt");
        Files.writeString(upload, "from a file");
        try (WireClient client = new WireClient(WireClient.Options.defaults())) {
            HttpRequest r = new HttpRequest(
                    HttpMethod.PUT,
                    simulator.url("/anything"),
                    Headers.of("Content-Type", "text/plain"),
                    Body.ofFile(upload, Files.size(upload)));
            Exchange e = client.send(r).get(30, TimeUnit.SECONDS);

            assertEquals(200, e.code());
            assertEquals(
                    "from a file",
                    Simulator.json(e.response().body()).get("data").asText());
            assertEquals("11", e.request().headers().first("Content-Length").orElseThrow());
        }
    }
}
