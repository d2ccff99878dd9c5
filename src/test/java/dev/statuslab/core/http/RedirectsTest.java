package dev.statuslab.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The next hop of a redirect, as a browser would make it. */
class RedirectsTest {

    private static final String JSON = "{\"a\":1}";

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
        assertEquals(
                HttpMethod.GET,
                hop(post("http://a.test/form"), 302, "/x").orElseThrow().method());
        assertEquals(
                HttpMethod.GET,
                hop(post("http://a.test/form"), 301, "/x").orElseThrow().method());
        HttpRequest put = post("http://a.test/form");
        put = new HttpRequest(HttpMethod.PUT, put.url(), put.headers(), put.body());
        assertEquals(HttpMethod.PUT, hop(put, 302, "/x").orElseThrow().method());
    }

    @Test
    void temporaryAndPermanentRedirectsKeepMethodAndBody() {
        for (int code : new int[] {307, 308}) {
            HttpRequest next = hop(post("http://a.test/form"), code, "http://b.test:8080/other?q=1")
                    .orElseThrow();

            assertEquals(HttpMethod.POST, next.method());
            assertEquals(JSON, next.body().text());
            assertEquals(
                    "application/json", next.headers().first("Content-Type").orElseThrow());
            assertEquals("b.test:8080", next.headers().first("Host").orElseThrow());
            assertEquals("http://b.test:8080/other?q=1", next.url());
            assertFalse(next.headers().has("Authorization"), "credentials stay with their origin");
        }
    }

    @Test
    void aRelativeLocationIsResolvedAgainstTheRequest() {
        assertEquals(
                "http://a.test/dir/sibling",
                hop(HttpRequest.get("http://a.test/dir/page"), 302, "sibling")
                        .orElseThrow()
                        .url());
        assertEquals(
                "http://a.test/up",
                hop(HttpRequest.get("http://a.test/dir/page"), 302, "../up")
                        .orElseThrow()
                        .url());
    }

    @Test
    void noHopWithoutARedirectOrALocation() {
        assertTrue(hop(HttpRequest.get("http://a.test/"), 200, "/x").isEmpty());
        assertTrue(hop(HttpRequest.get("http://a.test/"), 304, "/x").isEmpty());
        HttpRequest get = HttpRequest.get("http://a.test/");
        assertTrue(Redirects.nextHop(get, response(302, Headers.empty())).isEmpty());
        assertTrue(Redirects.nextHop(get, null).isEmpty(), "no response, no hop");
    }

    private static HttpRequest post(String url) {
        return new HttpRequest(
                HttpMethod.POST,
                url,
                Headers.of(
                        "Host",
                        "a.test",
                        "Content-Type",
                        "application/json",
                        "Authorization",
                        "Bearer t",
                        "X-Keep",
                        "1",
                        "Content-Length",
                        "7"),
                Body.of(JSON));
    }

    private static Optional<HttpRequest> hop(HttpRequest request, int code, String location) {
        return Redirects.nextHop(request, response(code, Headers.of("Location", location)));
    }

    private static HttpResponse response(int code, Headers headers) {
        return new HttpResponse(new StatusLine("HTTP/1.1", code, ""), headers, Body.empty());
    }
}
