package dev.statuslab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.status.StatusCatalog;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadyRequestTest {

    private static final URI BASE = URI.create("http://127.0.0.1:8000");

    @Test
    void jsonRequestResolvesAgainstTheBaseAndGetsItsContentType() {
        ReadyRequest r = new ReadyRequest(
                "create", "POST", "/api/messages/", List.of(), BodyKind.JSON, "{\"name\": \"Ada\"}", List.of(201));
        HttpRequest http = r.toHttpRequest(BASE);
        assertEquals(HttpMethod.POST, http.method());
        assertEquals("http://127.0.0.1:8000/api/messages/", http.url());
        assertEquals("application/json", http.headers().first("Content-Type").orElseThrow());
        assertEquals("{\"name\": \"Ada\"}", http.body().text());
    }

    @Test
    void formRequestGetsTheUrlEncodedContentType() {
        ReadyRequest r =
                new ReadyRequest("post", "POST", "/contact/", List.of(), BodyKind.FORM, "name=Ada", List.of(302));
        assertEquals(
                "application/x-www-form-urlencoded",
                r.toHttpRequest(BASE).headers().first("content-type").orElseThrow());
    }

    @Test
    void bodyIsSentAsUtf8() {
        ReadyRequest r = new ReadyRequest("text", "POST", "/anything", List.of(), BodyKind.TEXT, "café", List.of(200));
        HttpRequest http = r.toHttpRequest(BASE);
        assertEquals(5, http.body().size());
        assertEquals(
                "text/plain; charset=utf-8",
                http.headers().first("Content-Type").orElseThrow());
    }

    @Test
    void headersKeepTheirOrderAndTheQueryStays() {
        ReadyRequest r = new ReadyRequest(
                "echo",
                "POST",
                "/anything?debug=1",
                List.of(new Header("X-Demo", "1"), new Header("Accept", "*/*")),
                BodyKind.JSON,
                "{}",
                List.of(200));
        HttpRequest http = r.toHttpRequest(URI.create("http://127.0.0.1:8000/"));
        assertEquals("http://127.0.0.1:8000/anything?debug=1", http.url());
        assertEquals(
                List.of(
                        new Header("X-Demo", "1"),
                        new Header("Accept", "*/*"),
                        new Header("Content-Type", "application/json")),
                http.headers().asList());
    }

    @Test
    void anExplicitContentTypeIsKept() {
        ReadyRequest r = new ReadyRequest(
                "json",
                "POST",
                "/anything",
                List.of(new Header("content-type", "application/merge-patch+json")),
                BodyKind.JSON,
                "{}",
                List.of(200));
        assertEquals(
                List.of("application/merge-patch+json"),
                r.toHttpRequest(BASE).headers().all("Content-Type"));
    }

    @Test
    void noBodyMeansNoContentType() {
        HttpRequest http = ReadyRequest.of("get", "GET", "/simple/", 200).toHttpRequest(BASE);
        assertFalse(http.headers().has("Content-Type"));
        assertTrue(http.body().isEmpty());
    }

    @Test
    void expectsAnyListedStatusAndReportsTheFirst() {
        ReadyRequest r = new ReadyRequest("random", "GET", "/status/200,500", null, null, null, List.of(200, 500));
        assertEquals(200, r.expectedStatus());
        assertTrue(r.expects(500));
        assertFalse(r.expects(404));
    }

    @Test
    void everyBundledRequestBuildsAnHttpRequest() {
        for (Scenario s : ScenarioCatalog.load(StatusCatalog.load()).all()) {
            for (ReadyRequest r : s.requests()) {
                HttpRequest http = r.toHttpRequest(BASE);
                assertEquals(
                        URI.create(http.url()).getRawPath(),
                        URI.create(BASE + r.path()).getRawPath(),
                        s.id());
                assertTrue(http.url().startsWith("http://127.0.0.1:8000/"), s.id());
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(
            textBlock =
                    """
            GET,      contact/,  200
            GET,      /a b,      200
            'GE T',   /contact/, 200
            GET,      /contact/, 99
            GET,      /contact/, 600
            """)
    void rejectsInvalidValues(String method, String path, int status) {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ReadyRequest("bad", method, path, List.of(), BodyKind.NONE, "", List.of(status)));
    }

    @Test
    void rejectsNoExpectedStatusOrBlankLabel() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ReadyRequest("none", "GET", "/", List.of(), BodyKind.NONE, "", List.of()));
        assertThrows(IllegalArgumentException.class, () -> ReadyRequest.of(" ", "GET", "/", 200));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            POST a complete message           | POST    | complete message
            POST malformed JSON               | POST    | malformed JSON
            GET: pong                         | GET     | pong
            OPTIONS before a PUT              | OPTIONS | before a PUT
            Reset the table to its seed       | POST    | Reset the table to its seed
            GET a                             | GET     | a
            POST                              | POST    | POST
            """)
    void theShortLabelDropsTheMethodItStartsWith(String label, String method, String expected) {
        assertEquals(expected, ReadyRequest.of(label, method, "/", 200).shortLabel());
    }
}
