package dev.statuslab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.scenario.ReadyRequest;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.server.cors.CorsPolicy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CORS over real HTTP, with the requests sent field for field as Chromium sends them from a page
 * on http://localhost:5173 to the simulator on another port (another origin).
 */
class CorsTest {

    @RegisterExtension
    static final RunningServer SERVER = new RunningServer();

    private static final String ORIGIN = "http://localhost:5173";

    @AfterEach
    void defaults() {
        SERVER.server().mocks().replaceAll(List.of());
        SERVER.server().cors().set(CorsPolicy.ANY);
    }

    /** What Chromium sends before a fetch() with method PUT and the headers Content-Type and X-Trace. */
    private static RawHttp.Response preflight(String path, String origin) throws Exception {
        return SERVER.http()
                .send(
                        "OPTIONS",
                        path,
                        null,
                        "Accept",
                        "*/*",
                        "Access-Control-Request-Method",
                        "PUT",
                        "Access-Control-Request-Headers",
                        "content-type,x-trace",
                        "Origin",
                        origin,
                        "User-Agent",
                        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36",
                        "Sec-Fetch-Mode",
                        "cors",
                        "Sec-Fetch-Site",
                        "same-site",
                        "Sec-Fetch-Dest",
                        "empty",
                        "Referer",
                        origin + "/",
                        "Accept-Encoding",
                        "gzip, deflate, br",
                        "Accept-Language",
                        "en-US,en;q=0.9");
    }

    /** A fetch() GET from the page, with credentials: "include" when a cookie is given. */
    private static RawHttp.Response fetch(String path, String origin, String cookie) throws Exception {
        List<String> fields = new ArrayList<>(List.of(
                "Accept",
                "*/*",
                "Origin",
                origin,
                "Sec-Fetch-Mode",
                "cors",
                "Sec-Fetch-Site",
                "same-site",
                "Sec-Fetch-Dest",
                "empty",
                "Referer",
                origin + "/"));
        if (cookie != null) {
            fields.addAll(List.of("Cookie", cookie));
        }
        return SERVER.http().send("GET", path, null, fields.toArray(String[]::new));
    }

    @Test
    void aPreflightToThePlaygroundIsAnsweredWithoutContentWithTheAllowSetEchoingTheRequest() throws Exception {
        RawHttp.Response r = preflight("/status/503", ORIGIN);

        assertEquals(200, r.status(), r.fields().toString());
        assertEquals(
                "0", r.header("Content-Length").orElseThrow(), "RFC 9110 9.3.7: an OPTIONS without content says so");
        assertEquals(
                "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS",
                r.header("Allow").orElseThrow());
        assertEquals(ORIGIN, r.header("Access-Control-Allow-Origin").orElseThrow());
        assertEquals("PUT", r.header("Access-Control-Allow-Methods").orElseThrow());
        assertEquals(
                "content-type,x-trace", r.header("Access-Control-Allow-Headers").orElseThrow());
        assertEquals("600", r.header("Access-Control-Max-Age").orElseThrow());
        assertEquals("true", r.header("Access-Control-Allow-Credentials").orElseThrow());
        assertTrue(r.header("Vary").orElseThrow().contains("Origin"), r.fields().toString());
        assertTrue(r.header("Retry-After").isEmpty(), "the preflight is not the 503 itself");
    }

    @Test
    void theRealRequestEchoesTheOriginVariesOnItAndExposesTheFieldsAScriptCouldNotRead() throws Exception {
        RawHttp.Response r = fetch("/status/503", ORIGIN, null);

        assertEquals(503, r.status());
        assertEquals(ORIGIN, r.header("Access-Control-Allow-Origin").orElseThrow());
        assertTrue(r.header("Access-Control-Allow-Credentials").isEmpty(), "no credentials were sent");
        assertTrue(r.header("Vary").orElseThrow().contains("Origin"));
        String exposed = r.header("Access-Control-Expose-Headers").orElseThrow();
        assertTrue(exposed.contains("Retry-After"), exposed);
        assertTrue(!List.of(exposed.split(", ")).contains("Content-Type"), "Content-Type is safelisted: " + exposed);
    }

    @Test
    void aCredentialedRequestGetsAllowCredentialsAndTheOriginNeverAStar() throws Exception {
        RawHttp.Response r = fetch("/anything", ORIGIN, "session=abc");

        assertEquals(200, r.status());
        assertEquals(ORIGIN, r.header("Access-Control-Allow-Origin").orElseThrow());
        assertEquals("true", r.header("Access-Control-Allow-Credentials").orElseThrow());
    }

    @Test
    void theUsersMocksAnswerPreflightsAndCarryTheAllowOrigin() throws Exception {
        SERVER.server()
                .mocks()
                .replaceAll(List.of(new MockRoute(
                        "PUT", "/api/users/1", 200, "", List.of(new Header("X-Request-Id", "42")), "{}", 0)));

        RawHttp.Response pre = preflight("/api/users/1", ORIGIN);
        RawHttp.Response put =
                SERVER.http().send("PUT", "/api/users/1", "{}", "Origin", ORIGIN, "Content-Type", "application/json");

        assertEquals(200, pre.status());
        assertEquals("PUT, OPTIONS", pre.header("Allow").orElseThrow());
        assertEquals(ORIGIN, pre.header("Access-Control-Allow-Origin").orElseThrow());
        assertEquals(200, put.status());
        assertEquals(ORIGIN, put.header("Access-Control-Allow-Origin").orElseThrow());
        assertEquals("X-Request-Id", put.header("Access-Control-Expose-Headers").orElseThrow());
    }

    @Test
    void anOriginOutsideTheListIsRefusedAtThePreflightAndGetsNoAllowOrigin() throws Exception {
        SERVER.server().cors().set(CorsPolicy.parse("http://localhost:5173"));

        RawHttp.Response allowed = preflight("/status/200", ORIGIN);
        RawHttp.Response refused = preflight("/status/200", "http://evil.example");
        RawHttp.Response get = fetch("/status/200", "http://evil.example", null);

        assertEquals(200, allowed.status());
        assertEquals(403, refused.status());
        assertTrue(refused.text().contains("http://evil.example is not allowed"), refused.text());
        assertTrue(refused.header("Access-Control-Allow-Origin").isEmpty());
        assertEquals(200, get.status());
        assertTrue(
                get.header("Access-Control-Allow-Origin").isEmpty(),
                get.fields().toString());
        assertTrue(get.header("Vary").orElseThrow().contains("Origin"));
    }

    @Test
    void theDjangoSiteStaysWithoutCorsUnlessItIsTurnedOnForItToo() throws Exception {
        RawHttp.Response faithful = preflight("/ping/", ORIGIN);
        RawHttp.Response faithfulGet = fetch("/simple/", ORIGIN, null);
        SERVER.server().cors().set(CorsPolicy.ANY.withSite(true));
        RawHttp.Response withCors = preflight("/ping/", ORIGIN);

        assertEquals(200, faithful.status(), "Django's View.options answers");
        assertEquals("GET, HEAD, OPTIONS", faithful.header("Allow").orElseThrow());
        assertTrue(faithful.header("Access-Control-Allow-Origin").isEmpty());
        assertTrue(faithfulGet.header("Access-Control-Allow-Origin").isEmpty());
        assertEquals(200, withCors.status());
        assertEquals(ORIGIN, withCors.header("Access-Control-Allow-Origin").orElseThrow());
    }

    @Test
    void withCorsOffAPreflightReachesTheRouteItselfAsBefore() throws Exception {
        SERVER.server().cors().set(CorsPolicy.OFF);

        RawHttp.Response r = preflight("/status/503", ORIGIN);

        assertEquals(503, r.status());
        assertTrue(r.header("Access-Control-Allow-Origin").isEmpty());
        assertTrue(r.header("Vary").isEmpty());
    }

    @ParameterizedTest(name = "{0}: {1}, Allow-Origin {2}, Allow-Credentials {3}")
    @CsvSource(
            textBlock =
                    """
            cors-preflight,    200, http://localhost:5173, true
            cors-simple,       503, http://localhost:5173, ''
            cors-credentialed, 200, http://localhost:5173, true
            cors-refused,      200, '',                    ''
            """)
    void theCatalogueCorsGroupShowsWhatItsExplanationsSay(String id, int status, String allowOrigin, String credentials)
            throws Exception {
        ReadyRequest ready = ScenarioCatalog.load(RunningServer.CATALOG)
                .find(id)
                .orElseThrow()
                .requests()
                .get(0);
        List<String> fields = new ArrayList<>();
        for (Header h : ready.headers()) {
            fields.add(h.name());
            fields.add(h.value());
        }

        RawHttp.Response r = SERVER.http().send(ready.method(), ready.path(), null, fields.toArray(String[]::new));

        assertEquals(status, r.status());
        assertEquals(allowOrigin, r.header("Access-Control-Allow-Origin").orElse(""));
        assertEquals(credentials, r.header("Access-Control-Allow-Credentials").orElse(""));
    }

    @Test
    void theCorsOptionNamesAnOriginThatIsNotOne() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> CorsPolicy.parse("http://localhost:5173,localhost:3000/app"));
        assertTrue(e.getMessage().contains("'localhost:3000/app' is not an origin"), e.getMessage());
    }
}
