package dev.statuslab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.status.HeaderRule;
import dev.statuslab.core.status.StatusInfo;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code /status/{code}}, {@code /redirect/{n}}, {@code /delay/{ms}} and {@code /anything}. */
class PlaygroundTest {

    @RegisterExtension
    static final RunningServer SERVER = new RunningServer();

    RawHttp http;

    @BeforeEach
    void client() {
        http = SERVER.http();
    }

    static Stream<StatusInfo> finalCodes() {
        return RunningServer.CATALOG.all().stream().filter(i -> i.code() >= 200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("finalCodes")
    void everyRegisteredCodeIsAnsweredWithItsPhraseHeadersAndBodyRules(StatusInfo info) throws IOException {
        RawHttp.Response r = http.get("/status/" + info.code());
        assertEquals("HTTP/1.1 " + info.code() + " " + info.reason(), r.statusLine());
        for (HeaderRule rule : info.headersAt(HeaderRule.Level.REQUIRED)) {
            assertTrue(r.header(rule.name()).isPresent(), info.code() + " requires " + rule.name());
        }
        for (HeaderRule rule : info.headersAt(HeaderRule.Level.FORBIDDEN)) {
            assertTrue(r.header(rule.name()).isEmpty(), info.code() + " forbids " + rule.name());
        }
        if (info.bodyAllowed()) {
            assertTrue(r.body().length > 0, "a short explanation is sent");
            assertTrue(r.header("Content-Type").orElseThrow().startsWith("text/plain"));
        } else {
            assertEquals(0, r.body().length + r.extraBytes(), info.code() + " has no content");
        }
    }

    @Test
    void continueIsSentOnlyToAClientThatAsksForIt() throws IOException {
        RawHttp.Response unasked = http.get("/status/100");
        assertEquals(200, unasked.status());
        assertTrue(unasked.interim().isEmpty());
        assertTrue(unasked.text().contains("Expect: 100-continue"));
        RawHttp.Response asked = http.send("POST", "/status/100", "{}", "Expect", "100-continue");
        assertEquals(200, asked.status());
        assertEquals(100, asked.interim().get(0).status());
    }

    @ParameterizedTest
    @CsvSource({"102", "103", "104"})
    void informationalCodeIsSentAsInterimBeforeAFinal200(int code) throws IOException {
        RawHttp.Response r = http.get("/status/" + code);
        assertEquals(200, r.status());
        assertEquals(1, r.interim().size());
        assertEquals(code, r.interim().get(0).status());
        assertTrue(r.text().contains("interim " + code));
    }

    @Test
    void earlyHintsCarryALink() throws IOException {
        RawHttp.Response r = http.get("/status/103");
        assertTrue(r.interim().get(0).fields().stream().anyMatch(f -> f.name().equalsIgnoreCase("Link")));
    }

    @Test
    void unregisteredCodeGetsDjangosUnknownPhrase() throws IOException {
        assertEquals("HTTP/1.1 299 Unknown Status Code", http.get("/status/299").statusLine());
    }

    @Test
    void allowOn405NeverListsTheMethodUsed() throws IOException {
        assertEquals("POST, OPTIONS", http.get("/status/405").header("Allow").orElseThrow());
        assertEquals(
                "GET, HEAD, OPTIONS",
                http.send("DELETE", "/status/405", null).header("Allow").orElseThrow());
    }

    @Test
    void anyMethodTokenIsAccepted() throws IOException {
        assertEquals(418, http.send("BREW", "/status/418", null).status());
    }

    @Test
    void commaListPicksEachCodeAtRandom() throws IOException {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 60 && seen.size() < 2; i++) {
            seen.add(http.get("/status/200,500").status());
        }
        assertEquals(Set.of(200, 500), seen);
    }

    @Test
    void weightOfZeroIsNeverPicked() throws IOException {
        for (int i = 0; i < 20; i++) {
            assertEquals(201, http.get("/status/201:5,500:0").status());
        }
    }

    @ParameterizedTest
    @CsvSource({"abc", "99", "600", "200:x", "200:0", "200:1:2", "'200,'"})
    void malformedCodeListIsA400(String codes) throws IOException {
        RawHttp.Response r = http.get("/status/" + codes);
        assertEquals(400, r.status());
        assertTrue(r.text().contains("\"error\""));
    }

    @Test
    void redirectChainCountsDownToAnything() throws IOException {
        assertEquals("/redirect/2", http.get("/redirect/3").header("Location").orElseThrow());
        assertEquals("/anything", http.get("/redirect/1").header("Location").orElseThrow());
        assertEquals(302, http.get("/redirect/1").status());
        assertEquals(400, http.get("/redirect/0").status());
        assertEquals(400, http.get("/redirect/51").status());
    }

    @Test
    void delayAnswersAfterThePause() throws IOException {
        long start = System.nanoTime();
        RawHttp.Response r = http.get("/delay/300");
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, r.status());
        assertTrue(elapsedMs >= 300, "answered after " + elapsedMs + " ms");
        assertTrue(r.text().contains("\"delayed_ms\" : 300"));
    }

    @Test
    void delayIsBounded() throws IOException {
        assertEquals(400, http.get("/delay/30001").status());
        assertEquals(400, http.get("/delay/99999999999").status());
    }

    @Test
    void anythingEchoesFieldLinesInOrderAndCase() throws IOException {
        RawHttp.Response r = http.send(
                "PATCH",
                "/anything/deep/path?a=1&a=2",
                "{\"x\": 1}",
                "X-Second",
                "2",
                "x-first",
                "1",
                "Content-Type",
                "application/json");
        assertEquals(200, r.status());
        String json = r.text();
        assertTrue(json.contains("\"method\" : \"PATCH\""));
        assertTrue(json.contains("\"path\" : \"/anything/deep/path\""));
        assertTrue(json.contains("\"a\" : [ \"1\", \"2\" ]"));
        assertTrue(json.indexOf("X-Second") < json.indexOf("x-first"), "received order is kept");
        assertTrue(json.contains("\"json\" : {"));
    }
}
