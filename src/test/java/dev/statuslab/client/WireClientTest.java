package dev.statuslab.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.Timings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Exchanges with a real simulator: what goes out and what comes back, exactly. */
class WireClientTest {

    @RegisterExtension
    static final ClientAgainstSimulator LAB = new ClientAgainstSimulator();

    private static Exchange send(HttpRequest request) throws Exception {
        return LAB.send(request);
    }

    private static HttpRequest request(String method, String path, Headers headers, Body body) {
        return new HttpRequest(HttpMethod.of(method), LAB.simulator().url(path), headers, body);
    }

    @Test
    void getOnAPostOnlyViewKeepsTheExactStatusLineAndFieldOrder() throws Exception {
        Exchange e = send(HttpRequest.get(LAB.simulator().url("/api/messages/")));

        HttpResponse r = e.response();
        assertEquals("HTTP/1.1 405 Method Not Allowed", r.statusLine().toString());
        assertTrue(e.responseHead().startsWith("HTTP/1.1 405 Method Not Allowed\r\n"), e.responseHead());
        assertTrue(r.headers().first("Allow").isPresent());
        assertEquals(
                fieldLines(e.responseHead()),
                r.headers().asList().stream().map(Header::toString).toList());
        assertTrue(e.responseHead().endsWith("\r\n\r\n"));
    }

    @Test
    void postJsonIsCreatedAndTheRequestHeadIsWhatWasWritten() throws Exception {
        String json = "{\"name\":\"Ada\",\"email\":\"ada@example.com\",\"message\":\"Hello\"}";
        Exchange e = send(request(
                "POST",
                "/api/messages/",
                Headers.of("Content-Type", "application/json", "X-Demo-Header", "1"),
                Body.of(json)));

        assertEquals(201, e.code());
        assertEquals("{\"message\": \"Created\"}", e.response().body().text());
        assertTrue(e.requestHead().startsWith("POST /api/messages/ HTTP/1.1\r\n"), e.requestHead());
        assertTrue(e.requestHead().contains("\r\nX-Demo-Header: 1\r\n"), e.requestHead());
        assertTrue(e.requestHead().endsWith("\r\n\r\n"));
        assertFalse(e.requestHead().contains("Hello"), "the head holds no body");
        assertEquals(
                List.of("Host", "User-Agent", "Accept", "Content-Type", "X-Demo-Header", "Content-Length"),
                e.request().headers().asList().stream().map(Header::name).toList());
        assertEquals(
                String.valueOf(json.length()),
                e.request().headers().first("Content-Length").orElseThrow());
        assertEquals(
                fieldLines(e.requestHead()),
                e.request().headers().asList().stream().map(Header::toString).toList());
    }

    @Test
    void anExtensionMethodGoesOutAsWritten() throws Exception {
        Exchange e = send(request("BREW", "/status/418", Headers.empty(), Body.empty()));

        assertTrue(e.requestHead().startsWith("BREW /status/418 HTTP/1.1\r\n"), e.requestHead());
        assertEquals(418, e.code());
        assertEquals("I'm a teapot", e.response().statusLine().reason());
    }

    @Test
    void aUserHostIsSentAsItIs() throws Exception {
        Exchange e = send(request("GET", "/anything", Headers.of("Host", "localhost", "x-lower", "a"), Body.empty()));

        assertEquals(200, e.code(), e.response().body().text());
        assertTrue(e.requestHead().contains("\r\nHost: localhost\r\n"), e.requestHead());
        assertEquals(1, e.request().headers().all("Host").size());
        JsonNode echo = Simulator.json(e.response().body());
        assertEquals("localhost", Simulator.echoedField(echo, "Host"));
        assertEquals("a", Simulator.echoedField(echo, "x-lower"), "field name case survives: " + echo);
    }

    @Test
    void aMissingHostIsAddedFromTheUrlFirst() throws Exception {
        Exchange e = send(HttpRequest.get(LAB.simulator().url("/ping/")));

        assertEquals(
                "Host: 127.0.0.1:" + LAB.simulator().port(), e.requestHead().split("\r\n")[1]);
        assertFalse(e.request().headers().has("Content-Length"), "no Content-Length on a GET without body");
    }

    @Test
    void anInterimEarlyHintsIsCapturedBeforeTheFinal200() throws Exception {
        Exchange e = send(HttpRequest.get(LAB.simulator().url("/status/103")));

        HttpResponse r = e.response();
        assertEquals(200, r.code());
        assertEquals(1, r.interim().size());
        HttpResponse.Interim hint = r.interim().get(0);
        assertEquals(103, hint.statusLine().code());
        assertEquals("Early Hints", hint.statusLine().reason());
        assertTrue(hint.headers().has("Link"));
        assertTrue(e.responseHead().startsWith("HTTP/1.1 103 Early Hints\r\n"), e.responseHead());
        assertTrue(e.responseHead().contains("\r\n\r\nHTTP/1.1 200 OK\r\n"), e.responseHead());
        assertFalse(e.responseHead().contains("interim 103"), "the body is not in the head");
    }

    @Test
    void headHasNoBodyWhateverContentLengthSays() throws Exception {
        Exchange e = send(request("HEAD", "/ping/", Headers.empty(), Body.empty()));

        assertEquals(200, e.code());
        assertEquals("4", e.response().headers().first("Content-Length").orElseThrow());
        assertTrue(e.response().body().isEmpty());
    }

    @Test
    void noContentHasAnEmptyBody() throws Exception {
        Exchange e = send(HttpRequest.get(LAB.simulator().url("/status/204")));

        assertEquals(204, e.code());
        assertEquals("No Content", e.response().statusLine().reason());
        assertTrue(e.response().body().isEmpty());
    }

    @Test
    void aRedirectIsNotFollowed() throws Exception {
        Exchange e = send(HttpRequest.get(LAB.simulator().url("/redirect/2")));

        assertEquals(302, e.code());
        assertEquals("/redirect/1", e.response().headers().first("Location").orElseThrow());
    }

    @Test
    void expectContinueGetsAn100BeforeTheBodyIsSent() throws Exception {
        Exchange e = send(request(
                "POST",
                "/status/100",
                Headers.of("Expect", "100-continue", "Content-Type", "text/plain"),
                Body.of("hello")));

        assertEquals(200, e.code());
        assertEquals(100, e.response().interim().get(0).statusLine().code());
        assertTrue(e.responseHead().startsWith("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n"), e.responseHead());
        assertTrue(
                e.response().body().text().contains("Expect: 100-continue"),
                e.response().body().text());
    }

    @Test
    void anUnansweredExpectationSendsTheBodyAfterAShortPause() throws Exception {
        Exchange e = send(request("PUT", "/anything", Headers.of("Expect", "100-continue"), Body.of("late")));

        assertEquals(200, e.code(), String.valueOf(e.failure()));
        assertEquals("late", Simulator.json(e.response().body()).get("data").asText());
    }

    @Test
    void timingsFollowTheHarPhases() throws Exception {
        long before = System.nanoTime();
        Exchange e = send(HttpRequest.get(LAB.simulator().url("/delay/100")));
        double elapsed = (System.nanoTime() - before) / 1e6;

        Timings t = e.timings();
        assertEquals(Timings.NOT_APPLICABLE, t.dns(), "no look-up for a literal address");
        assertEquals(Timings.NOT_APPLICABLE, t.ssl());
        for (double phase : new double[] {t.blocked(), t.connect(), t.send(), t.waiting(), t.receive()}) {
            assertTrue(phase >= 0, t.toString());
        }
        assertTrue(t.waiting() >= 90, "the server waited 100 ms: " + t);
        assertTrue(t.total() <= elapsed + 1, t + " vs " + elapsed);
        assertNull(e.failure());
    }

    @Test
    void aNameIsResolvedAndTimed() throws Exception {
        Exchange e = send(HttpRequest.get("http://localhost:" + LAB.simulator().port() + "/ping/"));

        assertEquals(200, e.code());
        assertTrue(e.timings().dns() >= 0, e.timings().toString());
        assertTrue(e.requestHead()
                .contains("\r\nHost: localhost:" + LAB.simulator().port() + "\r\n"));
    }

    @Test
    void idsAreUnique() throws Exception {
        Exchange a = send(HttpRequest.get(LAB.simulator().url("/ping/")));
        Exchange b = send(HttpRequest.get(LAB.simulator().url("/ping/")));

        assertFalse(a.id().equals(b.id()));
        assertTrue(a.id().startsWith("ex-"));
    }

    @Test
    void sendReturnsAtOnceAndCompletesOnAClientThread() throws Exception {
        long before = System.nanoTime();
        CompletableFuture<Exchange> future =
                LAB.client().send(HttpRequest.get(LAB.simulator().url("/delay/500")));
        long tookMs = (System.nanoTime() - before) / 1_000_000;
        CompletableFuture<String> thread =
                future.thenApply(x -> Thread.currentThread().getName());

        assertTrue(tookMs < 250, "send() took " + tookMs + " ms");
        assertFalse(future.isDone());
        assertTrue(thread.get(20, TimeUnit.SECONDS).startsWith("statuslab-client-"), thread.get());
    }

    /** The field lines of the last head in {@code head}, as "Name: value". */
    static List<String> fieldLines(String head) {
        String[] heads = head.split("\r\n\r\n");
        String[] lines = heads[heads.length - 1].split("\r\n");
        List<String> out = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            out.add(lines[i].substring(0, colon) + ": "
                    + lines[i].substring(colon + 1).trim());
        }
        return out;
    }
}
