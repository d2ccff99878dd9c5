package dev.statuslab.core.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Headers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The jar by RFC 6265: storage (5.3), the Cookie field (5.4), dates (5.1.1), matching (5.1.3, 5.1.4). */
class CookieJarTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @TempDir
    Path data;

    private static CookieJar jarWith(String url, String... setCookies) {
        CookieJar jar = new CookieJar();
        Headers headers = Headers.empty();
        for (String s : setCookies) {
            headers = headers.with("Set-Cookie", s);
        }
        jar.receive(url, headers, NOW);
        return jar;
    }

    @Test
    void djangosCsrfCookieIsKeptAndSentBack() {
        CookieJar jar = jarWith(
                "http://127.0.0.1:8765/secure/contact/",
                "csrftoken=AbC123; expires=Fri, 03 Dec 2027 12:00:00 GMT; Max-Age=31449600; Path=/; SameSite=Lax");
        Cookie c = jar.all().get(0);
        assertEquals("127.0.0.1", c.domain());
        assertTrue(c.hostOnly());
        assertEquals("/", c.path());
        assertEquals("Lax", c.sameSite());
        assertEquals(NOW.plusSeconds(31449600), c.expiry(), "Max-Age wins over Expires");
        assertEquals(Optional.of("csrftoken=AbC123"), jar.header("http://127.0.0.1:8765/other/", NOW));
        assertEquals(Optional.of("AbC123"), jar.value("csrftoken", "http://127.0.0.1:9/x", NOW));
    }

    @Test
    void aHostOnlyCookieIsNotSentToSubdomainsButADomainCookieIs() {
        CookieJar jar = jarWith("http://example.com/", "a=1", "b=2; Domain=.Example.COM");
        assertEquals(Optional.of("a=1; b=2"), jar.header("http://example.com/", NOW));
        assertEquals(Optional.of("b=2"), jar.header("http://www.example.com/", NOW));
        assertEquals(Optional.empty(), jar.header("http://notexample.com/", NOW));
    }

    @Test
    void aCookieForAnotherDomainIsRefused() {
        CookieJar jar = jarWith(
                "http://example.com/", "a=1; Domain=other.com", "b=2; Domain=www.example.com", "c=3; Domain=com.");
        assertEquals(List.of(), jar.all());
    }

    @Test
    void pathsMatchAtSlashesAndTheDefaultPathIsTheRequestsDirectory() {
        CookieJar jar = jarWith("http://h/docs/page", "d=1", "e=2; Path=/docs/web", "f=3; Path=relative");
        assertEquals("/docs", jar.all().get(0).path());
        assertEquals(
                Optional.of("e=2; d=1; f=3"),
                jar.header("http://h/docs/web/x", NOW),
                "longer paths first; an invalid Path means the default path");
        assertEquals(Optional.of("d=1; f=3"), jar.header("http://h/docs", NOW));
        assertEquals(Optional.empty(), jar.header("http://h/docsx", NOW));
        assertEquals(Optional.of("d=1; f=3"), jar.header("http://h/docs/webby", NOW));
    }

    @Test
    void secureCookiesGoOverHttpsAndToLoopbackOnly() {
        CookieJar jar = jarWith("https://example.com/", "s=1; Secure; HttpOnly");
        assertTrue(jar.all().get(0).httpOnly());
        assertEquals(Optional.empty(), jar.header("http://example.com/", NOW));
        assertEquals(Optional.of("s=1"), jar.header("https://example.com/", NOW));
        CookieJar local = jarWith("http://localhost:8000/", "s=1; Secure");
        assertEquals(Optional.of("s=1"), local.header("http://localhost:8000/", NOW));
    }

    @Test
    void expiredCookiesAndMaxAgeZeroDeleteTheCookie() {
        CookieJar jar = jarWith("http://h/", "a=1; Max-Age=60", "b=2");
        jar.receive(
                "http://h/",
                Headers.of("Set-Cookie", "a=; Max-Age=0", "Set-Cookie", "b=x; Expires=Thu, 01 Jan 1970 00:00:00 GMT"),
                NOW);
        assertEquals(List.of(), jar.all());
        CookieJar later = jarWith("http://h/", "a=1; Max-Age=60");
        assertEquals(Optional.empty(), later.header("http://h/", NOW.plusSeconds(61)));
        later.evict(NOW.plusSeconds(61));
        assertEquals(List.of(), later.all());
    }

    @Test
    void aNewCookieReplacesTheOldOneAndKeepsItsCreationTime() {
        CookieJar jar = jarWith("http://h/", "a=1");
        jar.receive("http://h/", Headers.of("Set-Cookie", "a=2"), NOW.plusSeconds(5));
        assertEquals(1, jar.all().size());
        assertEquals("2", jar.all().get(0).value());
        assertEquals(NOW, jar.all().get(0).creation());
    }

    @Test
    void linesWithoutANameOrEqualsSignAreIgnored() {
        CookieJar jar = jarWith("http://h/", "novalue", "=x", " ; a=1", "ok = yes ; path=/");
        assertEquals(List.of("ok"), jar.all().stream().map(Cookie::name).toList());
        assertEquals("yes", jar.all().get(0).value());
    }

    @Test
    void pastFiftyCookiesForOneDomainTheLeastRecentlyUsedGo() {
        CookieJar jar = new CookieJar();
        for (int i = 0; i < CookieJar.PER_DOMAIN + 5; i++) {
            jar.receive("http://h/", Headers.of("Set-Cookie", "c" + i + "=v"), NOW.plusSeconds(i));
        }
        assertEquals(CookieJar.PER_DOMAIN, jar.all().size());
        assertFalse(jar.all().stream().anyMatch(c -> c.name().equals("c0")));
        assertTrue(jar.all().stream().anyMatch(c -> c.name().equals("c54")));
    }

    @Test
    void cookiesCanBeEditedDeletedAndCleared() {
        CookieJar jar = jarWith("http://h/", "a=1", "b=2");
        jar.put(jar.all().get(0).withValue("edited"));
        assertEquals(Optional.of("a=edited; b=2"), jar.header("http://h/", NOW));
        assertTrue(jar.delete(new Cookie.Key("b", "h", "/")));
        assertEquals(Optional.of("a=edited"), jar.header("http://h/", NOW));
        jar.clear();
        assertEquals(Optional.empty(), jar.header("http://h/", NOW));
    }

    @Test
    void persistentCookiesSurviveARestartAndSessionCookiesDoNot() throws Exception {
        CookieJar jar = jarWith("http://h/", "keep=1; Max-Age=3600; SameSite=Strict; HttpOnly", "session=2");
        CookieStore store = CookieStore.inDataDirectory(data);
        store.save(jar);
        CookieJar again = new CookieJar();
        assertNull(store.loadInto(again, NOW.plusSeconds(10)));
        assertEquals(List.of("keep"), again.all().stream().map(Cookie::name).toList());
        assertEquals(jar.all().get(0), again.all().get(0));
        CookieJar expired = new CookieJar();
        store.loadInto(expired, NOW.plusSeconds(3601));
        assertEquals(List.of(), expired.all());
    }

    @Test
    void anUnreadableCookieFileIsSetAsideAndTheJarStartsEmpty() throws Exception {
        Files.writeString(data.resolve(CookieStore.FILE_NAME), "[1,");
        CookieJar jar = new CookieJar();
        String problem = CookieStore.inDataDirectory(data).loadInto(jar, NOW);
        assertTrue(problem.contains("cookies.json could not be read"), problem);
        assertTrue(Files.exists(data.resolve("set-aside/" + CookieStore.FILE_NAME)));
        assertEquals(List.of(), jar.all());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            Wed, 09 Jun 2021 10:18:14 GMT  | 2021-06-09T10:18:14Z
            Wed, 09-Jun-21 10:18:14 GMT    | 2021-06-09T10:18:14Z
            Sun Nov  6 08:49:37 1994       | 1994-11-06T08:49:37Z
            6 Nov 94 08:49:37              | 1994-11-06T08:49:37Z
            Thu, 01 Jan 1970 00:00:00 GMT  | 1970-01-01T00:00:00Z
            Fri, 31 Dec 2049 23:59:59 GMT  | 2049-12-31T23:59:59Z
            """)
    void cookieDatesOfEveryUsualShapeAreUnderstood(String text, String expected) {
        assertEquals(Optional.of(Instant.parse(expected)), CookieDates.parse(text));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            not a date
            Wed, 31 Feb 2021 10:18:14 GMT
            Wed, 09 Jun 1600 10:18:14 GMT
            Wed, 09 Jun 2021 25:18:14 GMT
            Wed, 09 Jun 2021
            """)
    void whatIsNotADateIsIgnored(String text) {
        assertEquals(Optional.empty(), CookieDates.parse(text));
    }
}
