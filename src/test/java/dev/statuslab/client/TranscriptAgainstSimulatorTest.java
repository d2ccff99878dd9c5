package dev.statuslab.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.HarConsistency;
import dev.statuslab.core.transcript.HarFiles;
import dev.statuslab.core.transcript.HarSchema;
import dev.statuslab.core.transcript.MarkdownTranscript;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Transcripts of exchanges the real client had with a real simulator: HAR round trip and Markdown. */
class TranscriptAgainstSimulatorTest {

    @RegisterExtension
    static final ClientAgainstSimulator LAB = new ClientAgainstSimulator();

    @TempDir
    static Path temp;

    private static final List<Exchange> SESSION = new ArrayList<>();

    private static HttpRequest request(String method, String path, Headers headers, String body) {
        return new HttpRequest(HttpMethod.of(method), LAB.simulator().url(path), headers, Body.of(body));
    }

    @BeforeAll
    static void playTheTutorial() throws Exception {
        String form = "name=Ada&email=ada%40example.com&message=Hello";
        List<HttpRequest> requests = List.of(
                request("GET", "/simple/", Headers.empty(), ""),
                request("POST", "/contact/", Headers.of("Content-Type", "application/x-www-form-urlencoded"), form),
                request("POST", "/contact/", Headers.of("Content-Type", "application/x-www-form-urlencoded"), "name="),
                request(
                        "POST",
                        "/api/messages/",
                        Headers.of("Content-Type", "application/json"),
                        "{\"name\":\"Ada\",\"email\":\"ada@example.com\",\"message\":\"Hi ``` there\"}"),
                request("GET", "/messages/999/", Headers.empty(), ""),
                request("GET", "/forbidden/", Headers.of("Cookie", "sessionid=abc; theme=dark"), ""),
                request("GET", "/secure/contact/", Headers.empty(), ""),
                request("GET", "/status/103", Headers.empty(), ""),
                request(
                        "POST",
                        "/status/100",
                        Headers.of("Expect", "100-continue", "Content-Type", "text/plain"),
                        "hi"),
                request("HEAD", "/ping/", Headers.empty(), ""),
                request("BREW", "/status/418", Headers.empty(), ""),
                request("GET", "/status/204?x=1&y=%C3%A9", Headers.empty(), ""),
                request("GET", "/boom/", Headers.empty(), ""));
        for (HttpRequest r : requests) {
            SESSION.add(LAB.send(r));
        }
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        SESSION.add(LAB.send(HttpRequest.get("http://127.0.0.1:" + closedPort + "/")));
        try (WireClient quick = new WireClient(WireClient.Options.defaults().withReadTimeout(Duration.ofMillis(200)))) {
            SESSION.add(quick.send(HttpRequest.get(LAB.simulator().url("/delay/2000")))
                    .get(20, TimeUnit.SECONDS));
        }
    }

    @Test
    void theSessionIsWhatTheTestMeansToExport() {
        assertEquals(
                List.of(200, 302, 400, 201, 404, 403, 200, 200, 200, 200, 418, 204, 500, 0, 0),
                SESSION.stream().map(Exchange::code).toList());
        assertEquals(
                103, SESSION.get(7).response().interim().get(0).statusLine().code());
    }

    @Test
    void theHarIsValidConsistentAndComesBackEqual() throws Exception {
        byte[] har = HarFiles.export(SESSION);
        JsonNode tree = HarFiles.tree(har);

        assertEquals(List.of(), HarSchema.problems(tree));
        assertEquals(List.of(), HarConsistency.problems(tree, SESSION));
        List<Exchange> back = HarFiles.read(har, temp.resolve("spool"));
        assertEquals(
                SESSION.stream().map(HarFiles::comparable).toList(),
                back.stream().map(HarFiles::comparable).toList());
    }

    @Test
    void aLargeSpooledResponseRoundTripsThroughTheSpool() throws Exception {
        byte[] sent = "0123456789abcdef".repeat(200 * 1024).getBytes(StandardCharsets.US_ASCII);
        Exchange big;
        try (WireClient spooling = new WireClient(WireClient.Options.defaults())) {
            big = spooling.send(new HttpRequest(
                            HttpMethod.POST,
                            LAB.simulator().url("/anything"),
                            Headers.of("Content-Type", "text/plain"),
                            Body.of(sent)))
                    .get(30, TimeUnit.SECONDS);
            assertFalse(big.response().body().inMemory(), "the client spooled it");

            byte[] har = HarFiles.export(List.of(big));
            Exchange back = HarFiles.read(har, temp.resolve("big")).get(0);

            assertEquals(List.of(), HarConsistency.problems(HarFiles.tree(har), List.of(big)));
            assertFalse(back.response().body().inMemory());
            assertEquals(HarFiles.comparable(big), HarFiles.comparable(back));
        }
    }

    @Test
    void theMarkdownLessonHasOneSectionPerExchangeInTheirOrder() throws Exception {
        StringWriter md = new StringWriter();
        MarkdownTranscript.write(SESSION, StatusCatalog.load(), md);
        String text = md.toString();

        int last = -1;
        for (String heading : List.of(
                "## 1. GET /simple/ → 200 OK",
                "## 2. POST /contact/ → 302 Found",
                "## 3. POST /contact/ → 400 Bad Request",
                "## 4. POST /api/messages/ → 201 Created",
                "## 8. GET /status/103 → 200 OK",
                "## 11. BREW /status/418 → 418 I'm a teapot",
                "## 14. GET / → no response",
                "## 15. GET /delay/2000 → no response")) {
            int at = text.indexOf(heading);
            assertTrue(at > last, heading + " missing or out of order in\n" + text);
            last = at;
        }
        assertTrue(text.contains("Before the final response the server sent **103 Early Hints**"));
        assertTrue(text.contains("**No response:** no response within 200 ms"), text);
        assertTrue(text.contains("````http\nPOST /api/messages/ HTTP/1.1\n"), "a fence longer than ``` in the body");
    }
}
