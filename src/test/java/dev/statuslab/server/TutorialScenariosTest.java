package dev.statuslab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each row of the tutorial table, through real HTTP against a server on a free port. */
class TutorialScenariosTest {

    static final String FORM = "application/x-www-form-urlencoded";
    static final String HTML = "text/html; charset=utf-8";

    @RegisterExtension
    static final RunningServer SERVER = new RunningServer();

    RawHttp http;

    @BeforeEach
    void freshTable() {
        SERVER.server().store().reset();
        http = SERVER.http();
    }

    @Test
    void basicViewAnswersOkAsHtml() throws IOException {
        RawHttp.Response r = http.get("/simple/");
        assertEquals("HTTP/1.1 200 OK", r.statusLine());
        assertEquals("OK", r.text());
        assertEquals(HTML, r.header("Content-Type").orElseThrow());
        assertEquals("2", r.header("Content-Length").orElseThrow());
    }

    @Test
    void everyResponseCarriesTheSecurityMiddlewareHeaders() throws IOException {
        RawHttp.Response r = http.get("/simple/");
        assertEquals("nosniff", r.header("X-Content-Type-Options").orElseThrow());
        assertEquals("same-origin", r.header("Referrer-Policy").orElseThrow());
        assertEquals("same-origin", r.header("Cross-Origin-Opener-Policy").orElseThrow());
        assertEquals("DENY", r.header("X-Frame-Options").orElseThrow());
        assertTrue(r.header("Date").isPresent());
        assertTrue(r.header("Server").isEmpty(), "no server version is advertised");
    }

    @Test
    void contactFormIsAnHtmlForm() throws IOException {
        RawHttp.Response r = http.get("/contact/");
        assertEquals(200, r.status());
        assertEquals(HTML, r.header("Content-Type").orElseThrow());
        assertTrue(r.text().contains("<form method=\"post\" action=\"/contact/\">"));
        assertFalse(r.text().contains("csrfmiddlewaretoken"), "the exempt view renders no token");
        assertTrue(r.header("Set-Cookie").isEmpty());
    }

    @Test
    void validContactPostRedirectsBackToTheFormAndStoresNothing() throws IOException {
        RawHttp.Response r =
                http.send("POST", "/contact/", "name=Grace&email=grace%40example.com&message=Hi", "Content-Type", FORM);
        assertEquals("HTTP/1.1 302 Found", r.statusLine());
        assertEquals("/contact/", r.header("Location").orElseThrow());
        assertEquals("", r.text());
        assertEquals(1, SERVER.server().store().size(), "the tutorial's contact view only validates and redirects");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            all fields empty            | name=&email=&message=
            a missing field             | name=Ada&email=ada%40example.com
            a bad email                 | name=Ada&email=not-an-email&message=Hi
            a name over 100 characters  | name=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA&email=a%40b.co&message=x
            """)
    void invalidContactPostIsABadRequest(String why, String form) throws IOException {
        RawHttp.Response r = http.send("POST", "/contact/", form, "Content-Type", FORM);
        assertEquals("HTTP/1.1 400 Bad Request", r.statusLine(), why);
        assertEquals("Invalid data", r.text());
        assertEquals(1, SERVER.server().store().size(), "nothing saved");
    }

    @Test
    void missingObjectIsTheStockNotFoundPage() throws IOException {
        RawHttp.Response r = http.get("/messages/999/");
        assertEquals("HTTP/1.1 404 Not Found", r.statusLine());
        assertEquals(HTML, r.header("Content-Type").orElseThrow());
        assertTrue(r.text().contains("<h1>Not Found</h1><p>The requested resource was not found on this server.</p>"));
    }

    @Test
    void forbiddenViewSaysNotAllowed() throws IOException {
        RawHttp.Response r = http.get("/forbidden/");
        assertEquals("HTTP/1.1 403 Forbidden", r.statusLine());
        assertEquals("Not allowed", r.text());
    }

    @Test
    void apiCreatesWith201Json() throws IOException {
        RawHttp.Response r = http.send(
                "POST",
                "/api/messages/",
                "{\"name\": \"Ada\", \"email\": \"ada@example.com\", \"message\": \"Hello\"}",
                "Content-Type",
                "application/json");
        assertEquals("HTTP/1.1 201 Created", r.statusLine());
        assertEquals("application/json", r.header("Content-Type").orElseThrow());
        assertEquals("{\"message\": \"Created\"}", r.text(), "json.dumps separators, as JsonResponse writes them");
        assertEquals(2, SERVER.server().store().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            not JSON            | {not json                                             | Invalid JSON
            a JSON array        | [1, 2]                                                | Expected a JSON object
            missing fields      | {"name": "Ada"}                                       | Missing fields: email, message
            a blank field       | {"name": " ", "email": "a@b.co", "message": "x"}      | Missing fields: name
            a bad email         | {"name": "A", "email": "nope", "message": "x"}        | Invalid email
            an empty body       | ''                                                    | Invalid JSON
            """)
    void apiRefusesBadInputWith400Json(String why, String body, String error) throws IOException {
        RawHttp.Response r = http.send("POST", "/api/messages/", body, "Content-Type", "application/json");
        assertEquals(400, r.status(), why);
        assertEquals("application/json", r.header("Content-Type").orElseThrow());
        assertEquals("{\"error\": \"" + error + "\"}", r.text());
    }

    @ParameterizedTest
    @CsvSource({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
    void apiAllowsOnlyPost(String method) throws IOException {
        RawHttp.Response r = http.send(method, "/api/messages/", null);
        assertEquals(405, r.status());
        assertEquals("Method Not Allowed", r.reason());
        assertEquals("POST", r.header("Allow").orElseThrow());
    }

    @Test
    void pingViewAnswersPong() throws IOException {
        RawHttp.Response r = http.get("/ping/");
        assertEquals(200, r.status());
        assertEquals("pong", r.text());
    }

    @Test
    void headOnTheCbvRunsGetAndSendsNoBody() throws IOException {
        RawHttp.Response r = http.send("HEAD", "/ping/", null);
        assertEquals(200, r.status());
        assertEquals("4", r.header("Content-Length").orElseThrow(), "the length the GET would have");
        assertEquals(0, r.extraBytes(), "a HEAD response has no content, though Django's servers send it");
    }

    @Test
    void optionsOnTheCbvListsItsMethods() throws IOException {
        RawHttp.Response r = http.send("OPTIONS", "/ping/", null);
        assertEquals(200, r.status());
        assertEquals("GET, HEAD, OPTIONS", r.header("Allow").orElseThrow());
        assertEquals("0", r.header("Content-Length").orElseThrow());
    }

    @Test
    void methodTheCbvLacksIs405WithAllow() throws IOException {
        RawHttp.Response r = http.send("TRACE", "/ping/", null);
        assertEquals("HTTP/1.1 405 Method Not Allowed", r.statusLine());
        assertEquals("GET, HEAD, OPTIONS", r.header("Allow").orElseThrow());
    }

    @Test
    void postToTheExemptCbvReachesDispatchAndIs405WithAllow() throws IOException {
        RawHttp.Response r = http.send("POST", "/ping/", "");
        assertEquals("HTTP/1.1 405 Method Not Allowed", r.statusLine());
        assertEquals("GET, HEAD, OPTIONS", r.header("Allow").orElseThrow());
        assertFalse(r.header("Set-Cookie").isPresent(), "no CSRF involvement");
    }

    @Test
    void raisingViewIsTheStockServerErrorPage() throws IOException {
        RawHttp.Response r = http.get("/boom/");
        assertEquals("HTTP/1.1 500 Internal Server Error", r.statusLine());
        assertEquals(HTML, r.header("Content-Type").orElseThrow());
        assertTrue(r.text().contains("<h1>Server Error (500)</h1>"));
        assertFalse(r.text().contains("Exception"), "no stack trace with DEBUG=False");
    }

    @ParameterizedTest
    @CsvSource({"/ping,/ping/", "/simple?x=1,/simple/?x=1", "/messages/1,/messages/1/"})
    void appendSlashRedirectsPermanentlyWhenTheSlashedPathExists(String path, String location) throws IOException {
        RawHttp.Response r = http.get(path);
        assertEquals("HTTP/1.1 301 Moved Permanently", r.statusLine());
        assertEquals(location, r.header("Location").orElseThrow());
    }

    @Test
    void unknownPathWithoutASlashVariantIsNotFound() throws IOException {
        assertEquals(404, http.get("/nowhere").status());
        assertEquals(404, http.get("/messages/abc/").status());
    }

    @ParameterizedTest
    @CsvSource({"evil.example", "127.0.0.1.nip.io:80", "bad host"})
    void hostOutsideAllowedHostsIsABadRequest(String host) throws IOException {
        RawHttp.Response r = http.get("/simple/", "Host", host);
        assertEquals(400, r.status());
        assertTrue(r.text().contains("Bad Request (400)"));
    }

    @ParameterizedTest
    @CsvSource({"localhost", "127.0.0.1:8000", "LOCALHOST:1", "[::1]:8000"})
    void loopbackHostsAreAllowed(String host) throws IOException {
        assertEquals(200, http.get("/simple/", "Host", host).status());
    }

    @Test
    void unknownMethodIsNotImplementedBeforeDjango() throws IOException {
        RawHttp.Response r = http.send("FOOBAR", "/ping/", null);
        assertEquals("HTTP/1.1 501 Not Implemented", r.statusLine());
    }
}
