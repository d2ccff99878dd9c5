package dev.statuslab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.django.DjangoVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What changes on the wire between Django 5.2, 4.2 and 3.2, each checked against the source of
 * that release line and against the real thing by bench/django-diff.sh. One running server,
 * switched between versions: the switch holds from the next request on.
 */
class DjangoVersionsTest {

    private static final String FORM = TutorialScenariosTest.FORM;
    private static final Pattern COOKIE = Pattern.compile("csrftoken=([A-Za-z0-9]+);");

    @RegisterExtension
    static final RunningServer SERVER = new RunningServer();

    RawHttp http;

    @BeforeEach
    void client() {
        http = SERVER.http();
    }

    @AfterEach
    void backToTheDefault() {
        SERVER.server().useDjango(DjangoVersion.DEFAULT);
        SERVER.server().store().reset();
    }

    private RawHttp.Response as(String version, String method, String path, String body, String... headers)
            throws IOException {
        SERVER.server().useDjango(DjangoVersion.parse(version).orElseThrow());
        return http.send(method, path, body, headers);
    }

    @ParameterizedTest(name = "Django {0}")
    @CsvSource({"5.2, true", "4.2, true", "3.2, false"})
    void crossOriginOpenerPolicyIsSentFromDjango4On(String version, boolean sent) throws IOException {
        RawHttp.Response r = as(version, "GET", "/simple/", null);
        assertEquals(sent, r.header("Cross-Origin-Opener-Policy").isPresent());
        assertEquals("nosniff", r.header("X-Content-Type-Options").orElseThrow());
        assertEquals("same-origin", r.header("Referrer-Policy").orElseThrow());
    }

    @ParameterizedTest(name = "Django {0}")
    @CsvSource({"5.2, text/html; charset=utf-8", "4.2, text/html; charset=utf-8", "3.2, text/html"})
    void stockErrorPagesCarryTheCharsetFromDjango4On(String version, String contentType) throws IOException {
        assertEquals(
                contentType,
                as(version, "GET", "/messages/999/", null)
                        .header("Content-Type")
                        .orElseThrow());
        assertEquals(
                contentType,
                as(version, "GET", "/boom/", null).header("Content-Type").orElseThrow());
    }

    @ParameterizedTest(name = "Django {0}")
    @CsvSource({"5.2, 32", "4.2, 32", "3.2, 64"})
    void csrfCookieHoldsTheSecretFromDjango4AndAMaskedTokenBefore(String version, int length) throws IOException {
        RawHttp.Response r = as(version, "GET", "/secure/contact/", null);
        Matcher m = COOKIE.matcher(r.header("Set-Cookie").orElseThrow());
        assertTrue(m.find());
        assertEquals(length, m.group(1).length());
        assertTrue(r.text().matches("(?s).*name=\"csrfmiddlewaretoken\" value=\"[A-Za-z0-9]{64}\".*"));
        // the page's token goes with the cookie, whichever format the cookie has
        String token = r.text().replaceAll("(?s).*name=\"csrfmiddlewaretoken\" value=\"([A-Za-z0-9]{64})\".*", "$1");
        RawHttp.Response post = http.send(
                "POST",
                "/secure/contact/",
                CsrfTest.VALID + "&csrfmiddlewaretoken=" + token,
                "Content-Type",
                FORM,
                "Cookie",
                "csrftoken=" + m.group(1));
        assertEquals(302, post.status());
    }

    @Test
    void aMalformedCsrfCookieIsReplacedOnTheRefusalFromDjango4Only() throws IOException {
        String bad = "csrftoken=abc";
        assertTrue(as("4.2", "POST", "/secure/contact/", "name=Ada", "Content-Type", FORM, "Cookie", bad)
                .header("Set-Cookie")
                .isPresent());
        assertFalse(as("3.2", "POST", "/secure/contact/", "name=Ada", "Content-Type", FORM, "Cookie", bad)
                .header("Set-Cookie")
                .isPresent());
    }

    @ParameterizedTest(name = "Django {0}")
    @CsvSource({"5.2, 403", "4.2, 403", "3.2, 302"})
    void aForeignOriginIsRefusedOnPlainHttpFromDjango4(String version, int status) throws IOException {
        RawHttp.Response page = as(version, "GET", "/secure/contact/", null);
        Matcher m = COOKIE.matcher(page.header("Set-Cookie").orElseThrow());
        assertTrue(m.find());
        String token = page.text().replaceAll("(?s).*name=\"csrfmiddlewaretoken\" value=\"([A-Za-z0-9]{64})\".*", "$1");
        RawHttp.Response r = http.send(
                "POST",
                "/secure/contact/",
                CsrfTest.VALID + "&csrfmiddlewaretoken=" + token,
                "Content-Type",
                FORM,
                "Cookie",
                "csrftoken=" + m.group(1),
                "Origin",
                "http://evil.example");
        assertEquals(status, r.status());
    }

    @ParameterizedTest(name = "Django {0}")
    @CsvSource({
        "5.2, '<!DOCTYPE html>\n', '<style>', text/html; charset=utf-8",
        "4.2, '\n<!DOCTYPE html>\n', '<style type=\"text/css\">', text/html; charset=utf-8",
        "3.2, '\n<!DOCTYPE html>\n', '<style type=\"text/css\">', text/html"
    })
    void csrfFailurePageIsTheOneOfEachReleaseLine(String version, String start, String style, String contentType)
            throws IOException {
        RawHttp.Response r = as(version, "POST", "/secure/contact/", CsrfTest.VALID, "Content-Type", FORM);
        assertEquals(403, r.status());
        assertTrue(r.text().startsWith(start), r.text());
        assertTrue(r.text().contains("  " + style + "\n"), r.text());
        assertTrue(r.text().contains(CsrfTest.COOKIE_HELP));
        assertEquals(contentType, r.header("Content-Type").orElseThrow());
        assertEquals(
                r.body().length, Integer.parseInt(r.header("Content-Length").orElseThrow()));
    }

    @ParameterizedTest(name = "Django {0}")
    @CsvSource({"5.2, false", "4.2, true", "3.2, true"})
    void errorResponsesVaryOnCookieBeforeDjango5(String version, boolean varies) throws IOException {
        assertEquals(
                varies,
                as(version, "GET", "/boom/", null).header("Vary").orElse("").equals("Cookie"));
        String tooMany = fields(1001);
        RawHttp.Response r = as(version, "POST", "/messages/new/", tooMany, "Content-Type", FORM);
        assertEquals(400, r.status());
        assertEquals(varies, r.header("Vary").orElse("").equals("Cookie"));
        assertFalse(as(version, "GET", "/messages/999/", null).header("Vary").isPresent(), "a 404 is only a warning");
    }

    @Test
    void formErrorsAreRenderedAsEachReleaseLineRendersAsP() throws IOException {
        String bad = "name=&email=bad&message=";
        String v5 =
                as("5.2", "POST", "/messages/new/", bad, "Content-Type", FORM).text();
        assertTrue(
                v5.contains("<ul class=\"errorlist\" id=\"id_name_error\"><li>This field is required.</li></ul>\n"
                        + "  <p>\n    <label for=\"id_name\">Name:</label>\n    <input type=\"text\" name=\"name\" maxlength=\"100\""
                        + " required aria-invalid=\"true\" aria-describedby=\"id_name_error\" id=\"id_name\">\n"),
                v5);
        String v4 =
                as("4.2", "POST", "/messages/new/", bad, "Content-Type", FORM).text();
        assertTrue(
                v4.contains("<ul class=\"errorlist\"><li>This field is required.</li></ul>\n  <p>\n    <label"
                        + " for=\"id_name\">Name:</label>\n    <input type=\"text\" name=\"name\" maxlength=\"100\" required"
                        + " id=\"id_name\">\n"),
                v4);
        String v3 =
                as("3.2", "POST", "/messages/new/", bad, "Content-Type", FORM).text();
        assertTrue(
                v3.contains("<ul class=\"errorlist\"><li>Enter a valid email address.</li></ul>\n<p><label"
                        + " for=\"id_email\">Email:</label> <input type=\"email\" name=\"email\" value=\"bad\" maxlength=\"254\""
                        + " required id=\"id_email\"></p>\n"),
                v3);
    }

    @Test
    void theContactFormsEmailFieldAllows320CharactersTheModelFormsOnly254() throws IOException {
        assertTrue(as("5.2", "GET", "/contact/", null).text().contains("name=\"email\" maxlength=\"320\""));
        assertTrue(as("5.2", "GET", "/messages/new/", null).text().contains("name=\"email\" maxlength=\"254\""));
    }

    @Test
    void switchingTheVersionKeepsTheMessageTableAndHoldsFromTheNextRequest() throws IOException {
        RawHttp.Response created = as(
                "5.2",
                "POST",
                "/messages/new/",
                "name=Grace&email=grace%40example.com&message=Hi",
                "Content-Type",
                FORM);
        assertEquals(302, created.status());
        String location = created.header("Location").orElseThrow();
        RawHttp.Response after = as("3.2", "GET", location, null);
        assertEquals(200, after.status());
        assertTrue(after.text().contains("Grace"));
        assertFalse(after.header("Cross-Origin-Opener-Policy").isPresent());
        assertEquals(2, SERVER.server().store().size());
    }

    @Test
    void aBodyOverDataUploadMaxMemorySizeIsRefusedWith400BeforeItIsRead() throws IOException {
        // Only the head is sent: a server that read the body would wait for it and time out.
        long start = System.nanoTime();
        RawHttp.Response r = headOnly("/contact/", FORM, 2_621_441);
        assertEquals(400, r.status());
        assertTrue(r.text().contains("<h1>Bad Request (400)</h1>"));
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "answered without waiting for the body");
        assertEquals(
                400, headOnly("/api/messages/", "application/json", 2_621_441).status());
    }

    @Test
    void aLargeBodyIsRefusedOnlyWhenTheViewReadsIt() throws IOException {
        assertEquals(405, headOnly("/ping/", "text/plain", 2_621_441).status(), "PingView never reads the body");
        assertEquals(
                400,
                http.send("POST", "/api/messages/", "x".repeat(2_621_440), "Content-Type", "application/json")
                        .status(),
                "at the limit: read, and refused as invalid JSON");
        assertTrue(http.send("POST", "/api/messages/", "x".repeat(2_621_440), "Content-Type", "application/json")
                .text()
                .contains("Invalid JSON"));
    }

    private RawHttp.Response headOnly(String path, String contentType, long declared) throws IOException {
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + declared + "\r\n\r\n";
        return http.exchange(head.getBytes(StandardCharsets.ISO_8859_1), false);
    }

    @Test
    void moreThanAThousandFormFieldsGetDjangos400() throws IOException {
        RawHttp.Response tooMany = http.send("POST", "/contact/", fields(1001), "Content-Type", FORM);
        assertEquals(400, tooMany.status());
        assertTrue(tooMany.text().contains("<h1>Bad Request (400)</h1>"));
        String thousand = CsrfTest.VALID + "&" + fields(997);
        assertEquals(
                302,
                http.send("POST", "/contact/", thousand, "Content-Type", FORM).status());
    }

    @ParameterizedTest(name = "Django {0}")
    @CsvSource({"5.2, 400", "4.2, 400", "3.2, 302"})
    void deleteViewReadsThePostedFormFromDjango4(String version, int status) throws IOException {
        assertEquals(
                status,
                as(version, "POST", "/messages/1/delete/", fields(1001), "Content-Type", FORM)
                        .status());
    }

    private static String fields(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : "&").append('f').append(i).append("=1");
        }
        return out.toString();
    }
}
