package dev.statuslab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The CSRF-protected contact view as Django 5.2 (the default) runs it: cookie, masked token, and
 * the failure page, which with DEBUG=False names no reason and explains cookies only when none
 * was sent.
 */
class CsrfTest {

    static final String VALID = "name=Ada&email=ada%40example.com&message=Hello";
    static final String COOKIE_HELP = "You are seeing this message because this site requires a CSRF cookie";
    private static final Pattern TOKEN = Pattern.compile("name=\"csrfmiddlewaretoken\" value=\"([A-Za-z0-9]{64})\"");

    @RegisterExtension
    static final RunningServer SERVER = new RunningServer();

    RawHttp http;

    @BeforeEach
    void client() {
        http = SERVER.http();
    }

    @Test
    void getSetsTheCookieAndEmbedsAMaskedToken() throws IOException {
        RawHttp.Response r = http.get("/secure/contact/");
        assertEquals(200, r.status());
        String cookie = r.header("Set-Cookie").orElseThrow();
        assertTrue(
                cookie.matches("csrftoken=[A-Za-z0-9]{32}; expires=\\w{3}, \\d{2} \\w{3} \\d{4} [\\d:]{8} GMT;"
                        + " Max-Age=31449600; Path=/; SameSite=Lax"),
                cookie);
        assertEquals("Cookie", r.header("Vary").orElseThrow());
        Matcher m = TOKEN.matcher(r.text());
        assertTrue(m.find(), "the form embeds a 64-character token");
    }

    @Test
    void postWithoutTheCookieIsRejected() throws IOException {
        RawHttp.Response r = http.send("POST", "/secure/contact/", VALID, "Content-Type", TutorialScenariosTest.FORM);
        assertEquals("HTTP/1.1 403 Forbidden", r.statusLine());
        assertTrue(r.text().contains("CSRF verification failed. Request aborted."));
        assertTrue(r.text().contains(COOKIE_HELP), r.text());
    }

    @Test
    void postWithCookieAndFormTokenGoesThrough() throws IOException {
        RawHttp.Response page = http.get("/secure/contact/");
        String secret = secret(page);
        String token = token(page);
        RawHttp.Response r = http.send(
                "POST",
                "/secure/contact/",
                VALID + "&csrfmiddlewaretoken=" + token,
                "Content-Type",
                TutorialScenariosTest.FORM,
                "Cookie",
                "csrftoken=" + secret);
        assertEquals(302, r.status());
        assertEquals("/secure/contact/", r.header("Location").orElseThrow());
    }

    @Test
    void tokenInTheHeaderWorksToo() throws IOException {
        RawHttp.Response page = http.get("/secure/contact/");
        RawHttp.Response r = http.send(
                "POST",
                "/secure/contact/",
                VALID,
                "Content-Type",
                TutorialScenariosTest.FORM,
                "Cookie",
                "csrftoken=" + secret(page),
                "X-CSRFToken",
                token(page));
        assertEquals(302, r.status());
    }

    @Test
    void wrongOrMissingTokenIsRejectedWithoutTheCookieHelp() throws IOException {
        RawHttp.Response page = http.get("/secure/contact/");
        String wrong = "a".repeat(64);
        RawHttp.Response r = http.send(
                "POST",
                "/secure/contact/",
                VALID + "&csrfmiddlewaretoken=" + wrong,
                "Content-Type",
                TutorialScenariosTest.FORM,
                "Cookie",
                "csrftoken=" + secret(page));
        assertEquals(403, r.status());
        assertTrue(r.text().contains("CSRF verification failed. Request aborted."));
        assertTrue(!r.text().contains(COOKIE_HELP), r.text());
        RawHttp.Response missing = http.send(
                "POST",
                "/secure/contact/",
                VALID,
                "Content-Type",
                TutorialScenariosTest.FORM,
                "Cookie",
                "csrftoken=" + secret(page));
        assertEquals(403, missing.status());
        assertEquals(r.text(), missing.text());
    }

    @Test
    void foreignOriginIsRejected() throws IOException {
        RawHttp.Response page = http.get("/secure/contact/");
        RawHttp.Response r = http.send(
                "POST",
                "/secure/contact/",
                VALID + "&csrfmiddlewaretoken=" + token(page),
                "Content-Type",
                TutorialScenariosTest.FORM,
                "Cookie",
                "csrftoken=" + secret(page),
                "Origin",
                "http://evil.example");
        assertEquals(403, r.status());
        assertTrue(r.text().contains("CSRF verification failed. Request aborted."));
    }

    @Test
    void exemptViewsNeedNoToken() throws IOException {
        assertEquals(
                302,
                http.send("POST", "/contact/", VALID, "Content-Type", TutorialScenariosTest.FORM)
                        .status());
    }

    private static String secret(RawHttp.Response page) {
        String cookie = page.header("Set-Cookie").orElseThrow();
        return cookie.substring("csrftoken=".length(), cookie.indexOf(';'));
    }

    private static String token(RawHttp.Response page) {
        Matcher m = TOKEN.matcher(page.text());
        assertTrue(m.find());
        return m.group(1);
    }
}
