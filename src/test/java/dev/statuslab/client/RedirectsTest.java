package dev.statuslab.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.Timings;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The next hop of a redirect, as a browser would make it. */
class RedirectsTest {

    private static final Timings NONE = new Timings(0, -1, -1, -1, 0, 0, 0);
    private static final String JSON = "{\"a\":1}";

    @RegisterExtension
    static final ClientAgainstSimulator LAB = new ClientAgainstSimulator();

    @Test
    void aRealRedirectChainIsFollowedOneHopAtATime() throws Exception {
        Exchange first = LAB.client().send(HttpRequest.get(LAB.simulator().url("/redirect/2"))).get(20, TimeUnit.SECONDS);
        HttpRequest next = Redirects.nextHop(first).orElseThrow();

        assertEquals(HttpMethod.GET, next.method());
        assertEquals(LAB.simulator().url("/redirect/1"), next.url());
        Exchange second = LAB.client().send(next).get(20, TimeUnit.SECONDS);
        assertEquals(LAB.simulator().url("/anything"), Redirects.nextHop(second).orElseThrow().url());
        assertTrue(second.requestHead().startsWith("GET /redirect/1 HTTP/1.1\r\n"));
    }

    @Test
    void seeOtherTurnsAPostIntoAGetWithoutBody() {
        HttpRequest next = hop(post("http://a.test/form"), 303, "/done").orElseThrow();

        assertEquals(HttpMethod.GET, next.method());
        assertEquals("http://a.test/done", next.url());
        assertTrue(next.body().isEmpty());
        assertFalse(next.headers().has("Content-Length"));
        assertFalse(next.headers().has("Content-Type"));
        assertEquals("1", next.headers().first("X-Keep").orElseThrow());
    }

    @Test
    void foundAfterAPostBecomesAGetAsBrowsersDo() {
        assertEquals(HttpMethod.GET, hop(post("http://a.test/form"), 302, "/x").orElseThrow().method());
        assertEquals(HttpMethod.GET, hop(post("http://a.test/form"), 301, "/x").orElseThrow().method());
        HttpRequest put = post("http://a.test/form");
        put = new HttpRequest(HttpMethod.PUT, put.url(), put.headers(), put.body());
        assertEquals(HttpMethod.PUT, hop(put, 302, "/x").orElseThrow().method());
    }

    @Test
    void temporaryAndPermanentRedirectsKeepMethodAndBody() {
        for (int code : new int[] {307, 308}) {
            HttpRequest next = hop(post("http://a.test/form"), code, "http://b.test:8080/other?q=1").orElseThrow();

            assertEquals(HttpMethod.POST, next.method());
            assertEquals(JSON, next.body().text());
            assertEquals("application/json", next.headers().first("Content-Type").orElseThrow());
            assertEquals("b.test:8080", next.headers().first("Host").orElseThrow());
            assertEquals("http://b.test:8080/other?q=1", next.url());
            assertFalse(next.headers().has("Authorization"), "credentials stay with their origin");
        }
    }

    @Test
    void aRelativeLocationIsResolvedAgainstTheRequest() {
        assertEquals("http://a.test/dir/sibling", hop(HttpRequest.get("http://a.test/dir/page"), 302, "sibling")
                .orElseThrow().url());
        assertEquals("http://a.test/up", hop(HttpRequest.get("http://a.test/dir/page"), 302, "../up")
                .orElseThrow().url());
    }

    @Test
    void noHopWithoutARedirectOrALocation() {
        assertTrue(hop(HttpRequest.get("http://a.test/"), 200, "/x").isEmpty());
        assertTrue(hop(HttpRequest.get("http://a.test/"), 304, "/x").isEmpty());
        Exchange noLocation = exchange(HttpRequest.get("http://a.test/"), 302, Headers.empty());
        assertTrue(Redirects.nextHop(noLocation).isEmpty());
    }

    private static HttpRequest post(String url) {
        return new HttpRequest(HttpMethod.POST, url, Headers.of("Host", "a.test", "Content-Type", "application/json",
                "Authorization", "Bearer t", "X-Keep", "1", "Content-Length", "7"), Body.of(JSON));
    }

    private static Optional<HttpRequest> hop(HttpRequest request, int code, String location) {
        return Redirects.nextHop(exchange(request, code, Headers.of("Location", location)));
    }

    private static Exchange exchange(HttpRequest request, int code, Headers headers) {
        HttpResponse response = new HttpResponse(new StatusLine("HTTP/1.1", code, ""), headers, Body.empty());
        return new Exchange("ex-test", Instant.now(), request, response, null, "", "", NONE);
    }
}
