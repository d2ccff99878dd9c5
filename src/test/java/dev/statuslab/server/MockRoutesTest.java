package dev.statuslab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.scenario.BodyMatch;
import dev.statuslab.core.scenario.MockMatch;
import dev.statuslab.core.scenario.MockRoute;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The user's mock routes over real HTTP: what they answer, and the rules of HTTP they keep. */
class MockRoutesTest {

    @RegisterExtension
    static final RunningServer SERVER = new RunningServer();

    @AfterEach
    void noMocks() {
        SERVER.server().mocks().replaceAll(List.of());
    }

    private static void mocks(MockRoute... routes) {
        SERVER.server().mocks().replaceAll(List.of(routes));
    }

    private static MockRoute route(String method, String path, int status, String body, Header... headers) {
        return new MockRoute(method, path, status, "", List.of(headers), body, 0);
    }

    @Test
    void aMockAnswersWithItsStatusHeadersInOrderAndBodyAfterItsDelay() throws Exception {
        mocks(new MockRoute(
                "GET",
                "/api/users",
                503,
                "",
                List.of(
                        new Header("Retry-After", "30"),
                        new Header("Content-Type", "application/json"),
                        new Header("x-Trace", "a"),
                        new Header("x-Trace", "b")),
                "{\"error\":\"down\"}",
                300));
        long start = System.nanoTime();
        RawHttp.Response r = SERVER.http().get("/api/users");
        long elapsed = (System.nanoTime() - start) / 1_000_000;

        assertTrue(elapsed >= 300, "answered after " + elapsed + " ms");
        assertEquals("HTTP/1.1 503 Service Unavailable", r.statusLine());
        assertEquals(
                List.of("Retry-After", "Content-Type", "x-Trace", "x-Trace"),
                r.fields().stream()
                        .map(RawHttp.Field::name)
                        .filter(n -> !n.equals("Date")
                                && !n.equals("Content-Length")
                                && !n.equals("Connection")
                                && !n.equals("Vary"))
                        .toList());
        assertEquals(List.of("a", "b"), r.headers("x-trace"));
        assertEquals("{\"error\":\"down\"}", r.text());
        assertEquals(String.valueOf(r.body().length), r.header("Content-Length").orElseThrow());
    }

    @Test
    void noContentAndNotModifiedSendNoBodyNoLengthAndNoContentType() throws Exception {
        Header type = new Header("Content-Type", "text/plain");
        mocks(
                route("*", "/empty", 204, "ignored", type),
                route("*", "/same", 304, "ignored", type, new Header("ETag", "\"v1\"")));
        for (String path : List.of("/empty", "/same")) {
            RawHttp.Response r = SERVER.http().get(path);
            assertEquals(0, r.body().length, path);
            assertTrue(r.header("Content-Length").isEmpty(), path + " " + r.fields());
            assertTrue(r.header("Content-Type").isEmpty(), path + " " + r.fields());
            assertTrue(r.header("Transfer-Encoding").isEmpty(), path + " " + r.fields());
            assertEquals(0, r.extraBytes(), path + ": nothing follows the head");
        }
        assertEquals("\"v1\"", SERVER.http().get("/same").header("ETag").orElseThrow());
    }

    @Test
    void resetContentSendsAnEmptyBody() throws Exception {
        mocks(route("POST", "/form", 205, "ignored"));
        RawHttp.Response r = SERVER.http().send("POST", "/form", "a=1");
        assertEquals(205, r.status());
        assertEquals("0", r.header("Content-Length").orElseThrow());
        assertEquals(0, r.body().length);
    }

    @Test
    void headOnAGetMockHasItsHeadersAndLengthButNoBody() throws Exception {
        mocks(route("GET", "/doc", 200, "hello", new Header("Content-Type", "text/plain"), new Header("X-A", "1")));
        RawHttp.Response get = SERVER.http().get("/doc");
        RawHttp.Response head = SERVER.http().send("HEAD", "/doc", null);
        assertEquals(200, head.status());
        assertEquals(0, head.body().length);
        assertEquals(0, head.extraBytes());
        assertEquals("5", head.header("Content-Length").orElseThrow());
        assertEquals(get.header("Content-Type"), head.header("Content-Type"));
        assertEquals("1", head.header("X-A").orElseThrow());
    }

    @Test
    void aHeadMockOrAnAnyMockAnswersHeadBeforeAGetMock() throws Exception {
        mocks(route("GET", "/doc", 200, "get"), route("HEAD", "/doc", 299, ""), route("*", "/any", 202, "body"));
        assertEquals(299, SERVER.http().send("HEAD", "/doc", null).status());
        RawHttp.Response any = SERVER.http().send("HEAD", "/any", null);
        assertEquals(202, any.status());
        assertEquals(0, any.body().length);
    }

    @Test
    void theFirstMatchingMockWinsAndOtherMethodsReachTheSite() throws Exception {
        mocks(route("GET", "/x", 201, "first"), route("GET", "/x", 202, "second"), route("*", "/x", 203, "any"));
        assertEquals("first", SERVER.http().get("/x").text());
        assertEquals(203, SERVER.http().send("DELETE", "/x", null).status());
        mocks(route("PUT", "/only-put", 200, ""));
        assertEquals(404, SERVER.http().get("/only-put").status(), "the site answers what no mock matches");
    }

    @Test
    void aMockDateHeaderReplacesTheServersOwn() throws Exception {
        mocks(route("GET", "/dated", 200, "x", new Header("Date", "Tue, 15 Nov 1994 08:12:31 GMT")));
        RawHttp.Response r = SERVER.http().get("/dated");
        assertEquals(List.of("Tue, 15 Nov 1994 08:12:31 GMT"), r.headers("Date"));
    }

    @Test
    void aCustomReasonPhraseAndAnUnregisteredCodeGoOnTheWire() throws Exception {
        mocks(
                new MockRoute("GET", "/odd", 299, "", List.of(), "", 0),
                new MockRoute("GET", "/lunch", 503, "Down For Lunch", List.of(), "", 0));
        assertEquals(
                "HTTP/1.1 299 Unknown Status Code", SERVER.http().get("/odd").statusLine());
        assertEquals("HTTP/1.1 503 Down For Lunch", SERVER.http().get("/lunch").statusLine());
    }

    @Test
    void anExactPathWhoseMatchFailsFallsToAPatternAndAllowNamesEveryMethodOfThePath() throws Exception {
        mocks(
                route("GET", "/api/items/{id}", 200, "pattern"),
                route("GET", "/api/items/7", 200, "exact, page 2")
                        .withMatch(new MockMatch(List.of(new Header("page", "2")), List.of(), BodyMatch.ANY)),
                route("GET", "/api/other", 200, "other"),
                route("POST", "/api/items/7", 201, "posted"));

        assertEquals("exact, page 2", SERVER.http().get("/api/items/7?page=2").text());
        assertEquals("pattern", SERVER.http().get("/api/items/7?page=3").text());
        assertEquals("pattern", SERVER.http().get("/api/items/8").text());
        assertEquals(201, SERVER.http().send("POST", "/api/items/7", "{}").status());
        assertEquals(404, SERVER.http().get("/api/items").status());
        RawHttp.Response pre = SERVER.http()
                .send(
                        "OPTIONS",
                        "/api/items/7",
                        null,
                        "Origin",
                        "http://localhost:5173",
                        "Access-Control-Request-Method",
                        "POST");
        assertEquals("GET, HEAD, POST, OPTIONS", pre.header("Allow").orElseThrow());
    }
}
