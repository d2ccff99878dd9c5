package dev.statuslab.core.transcript;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.http.StatusLine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing HAR files that browsers wrote: what is kept, what is rebuilt, what is tolerated. */
class HarReaderTest {

    @TempDir
    Path spool;

    private List<Exchange> fixture(String name) throws IOException {
        try (InputStream in = HarReaderTest.class.getResourceAsStream(name)) {
            return HarReader.read(in, spool);
        }
    }

    private static List<String> names(Exchange e) {
        return e.request().headers().asList().stream().map(Header::name).toList();
    }

    @Test
    void aChromeExportImportsEveryEntry() throws Exception {
        List<Exchange> all = fixture("chrome-devtools.har");

        assertEquals(6, all.size());
        assertEquals(6, new HashSet<>(all.stream().map(Exchange::id).toList()).size(), "fresh, distinct ids");
        assertTrue(all.get(0).id().startsWith("har-"), all.get(0).id());
    }

    @Test
    void anHttp2DocumentKeepsItsFieldsAndGetsAnHttp11StyleHead() throws Exception {
        Exchange e = fixture("chrome-devtools.har").get(0);

        assertEquals(Instant.parse("2025-03-04T10:11:12.345Z"), e.startedAt());
        assertEquals(
                "https://shop.example.org/?ref=mail&utm_source=news%20letter",
                e.request().url());
        assertEquals(":authority", names(e).get(0), "pseudo-headers kept in order");
        assertEquals(new StatusLine("HTTP/2", 200, ""), e.response().statusLine());
        assertTrue(
                e.requestHead().startsWith("GET /?ref=mail&utm_source=news%20letter HTTP/2\r\n:authority: "),
                e.requestHead());
        assertTrue(e.responseHead().startsWith("HTTP/2 200 \r\ncontent-encoding: br\r\n"), e.responseHead());
        assertTrue(e.responseHead().endsWith("vary: Accept-Encoding\r\n\r\n"));
        assertTrue(
                e.response().body().text().contains("Caf\u00e9 \u2615"),
                "UTF-8 text: " + e.response().body());
        assertEquals(new Timings(2.81, 0.02, 40.1, 24.6, 0.4, 70.3, 4.9), e.timings());
        assertTrue(e.response().interim().isEmpty());
    }

    @Test
    void base64ContentIsDecodedWhetherTheEncodingComesBeforeOrAfterTheText() throws Exception {
        Exchange chromePng = fixture("chrome-devtools.har").get(1);
        Exchange firefoxFont = fixture("firefox.har").get(2);

        assertEquals("\u0089PNG", new String(chromePng.response().body().preview(4), StandardCharsets.ISO_8859_1));
        assertEquals(33, chromePng.response().body().size());
        assertEquals("HTTP/3", chromePng.response().statusLine().version());
        byte[] woff = new byte[48];
        for (int i = 0; i < woff.length; i++) {
            woff[i] = (byte) i;
        }
        assertArrayEquals(woff, firefoxFont.response().body().bytes());
    }

    @Test
    void postBodiesComeFromTheirTextEvenWhenParamsAreGiven() throws Exception {
        List<Exchange> chrome = fixture("chrome-devtools.har");

        assertEquals(
                "{\"sku\":\"A-1\",\"quantity\":2}",
                chrome.get(2).request().body().text());
        Exchange login = chrome.get(3);
        assertEquals("user=ada&password=p%40ss+word%21", login.request().body().text());
        assertEquals(new StatusLine("HTTP/1.1", 302, "Found"), login.response().statusLine());
        assertEquals("/home", login.response().headers().first("Location").orElseThrow());
        assertTrue(login.response().body().isEmpty());
    }

    @Test
    void aBlockedRequestWithStatusZeroIsAFailureWithTheBrowsersReason() throws Exception {
        Exchange blocked = fixture("chrome-devtools.har").get(4);
        Exchange firefox = fixture("firefox.har").get(3);

        assertTrue(blocked.failed());
        assertEquals("net::ERR_BLOCKED_BY_CLIENT", blocked.failure());
        assertEquals("", blocked.responseHead());
        assertEquals(
                "GET /pixel.js?id=42 HTTP/1.1\r\nReferer: https://shop.example.org/\r\n\r\n", blocked.requestHead());
        assertEquals(Timings.NOT_APPLICABLE, blocked.timings().blocked());
        assertEquals(HarEntryReader.NO_RESPONSE, firefox.failure());
        assertNull(firefox.response());
    }

    @Test
    void aNotModifiedWithoutContentTextHasAnEmptyBody() throws Exception {
        HttpResponse r = fixture("chrome-devtools.har").get(5).response();

        assertEquals(304, r.code());
        assertTrue(r.body().isEmpty());
    }

    @Test
    void aFirefoxExportWithOffsetsCommentsAndMultipartImports() throws Exception {
        List<Exchange> all = fixture("firefox.har");

        assertEquals(4, all.size());
        assertEquals(Instant.parse("2025-03-04T10:12:13.456Z"), all.get(0).startedAt(), "+01:00 taken into account");
        assertEquals(new StatusLine("HTTP/2", 200, "OK"), all.get(0).response().statusLine());
        assertTrue(all.get(0).requestHead().startsWith("GET /docs?page=2&lang=en HTTP/2\r\nHost: example.net\r\n"));
        Exchange upload = all.get(1);
        assertTrue(upload.request().body().text().startsWith("------geckoformboundary1\r\nContent-Disposition"));
        assertEquals("Content Too Large", upload.response().statusLine().reason());
        assertEquals(new Timings(-1, -1, -1, -1, 1, 10, 1), upload.timings());
    }

    @Test
    void optionalPartsMayBeNullMissingOrNegative() throws Exception {
        String har =
                """
                {"log": {"version": "1.2", "creator": {"name": "curl-to-har", "version": "0"}, "browser": null,
                 "entries": [{"startedDateTime": "2025-01-01T00:00:00Z", "time": 1, "pageref": null,
                   "request": {"method": "POST", "url": "http://h/form", "httpVersion": "HTTP/1.1", "cookies": [],
                     "headers": [{"name": "Content-Type", "value": "application/x-www-form-urlencoded"}],
                     "queryString": [], "headersSize": -1, "bodySize": -1,
                     "postData": {"mimeType": "application/x-www-form-urlencoded",
                                  "params": [{"name": "a b", "value": "1&2"}, {"name": "flag"}]}},
                   "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "cookies": [],
                     "headers": [], "content": {"size": -1, "mimeType": "text/plain", "text": null, "encoding": null},
                     "redirectURL": "", "headersSize": -1, "bodySize": -1, "comment": null},
                   "cache": {"beforeRequest": null}, "timings": {"blocked": null, "dns": -0.5, "send": 0, "wait": 1,
                     "receive": 0}}]}}
                """;
        Exchange e = HarFiles.read(har, spool).get(0);

        assertEquals("a+b=1%262&flag=", e.request().body().text(), "a form given as params only is encoded again");
        assertTrue(e.response().body().isEmpty());
        assertEquals(new Timings(-1, -1, -1, -1, 0, 1, 0), e.timings());
    }

    @Test
    void bodiesOver2MiBGoToTheSpoolWhateverTheirEncoding() throws Exception {
        byte[] big = new byte[3 * 1024 * 1024];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) ('A' + i % 23);
        }
        String text = new String(big, StandardCharsets.US_ASCII);
        String b64 = Base64.getEncoder().encodeToString(big);
        String har = harWithContents(
                "{\"size\": 1, \"mimeType\": \"text/plain\", \"text\": \"" + text + "\"}",
                "{\"size\": 1, \"mimeType\": \"x\", \"encoding\": \"base64\", \"text\": \"" + b64 + "\"}",
                "{\"size\": 1, \"mimeType\": \"x\", \"text\": \"" + b64 + "\", \"encoding\": \"base64\"}");

        List<Exchange> all = HarFiles.read(har, spool);

        for (Exchange e : all) {
            assertFalse(e.response().body().inMemory(), "spooled");
            assertTrue(e.response().body().file().orElseThrow().startsWith(spool));
            assertEquals(big.length, e.response().body().size());
            assertArrayEquals(big, e.response().body().bytes());
        }
        try (var files = Files.list(spool)) {
            assertEquals(3, files.count(), "the transcoding step left no file behind");
        }
    }

    @Test
    void aSmallBodyStaysInMemoryAndTheSpoolDirectoryIsNotCreated() throws Exception {
        Path notYet = spool.resolve("later");
        Exchange e = HarFiles.read(
                        harWithContents("{\"size\": 2, \"mimeType\": \"text/plain\", \"text\": \"hi\"}")
                                .getBytes(StandardCharsets.UTF_8),
                        notYet)
                .get(0);

        assertTrue(e.response().body().inMemory());
        assertFalse(Files.exists(notYet));
    }

    /** A HAR with one minimal 200 entry per content object given. */
    static String harWithContents(String... contents) {
        StringBuilder entries = new StringBuilder();
        for (String content : contents) {
            if (entries.length() > 0) {
                entries.append(',');
            }
            entries.append(
                    """
                    {"startedDateTime": "2025-01-01T00:00:00.000Z", "time": 0, "cache": {},
                     "timings": {"send": 0, "wait": 0, "receive": 0},
                     "request": {"method": "GET", "url": "http://h/", "httpVersion": "HTTP/1.1", "cookies": [],
                       "headers": [], "queryString": [], "headersSize": -1, "bodySize": 0},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "cookies": [],
                       "headers": [], "redirectURL": "", "headersSize": -1, "bodySize": -1, "content": %s}}
                    """
                            .formatted(content));
        }
        return "{\"log\": {\"version\": \"1.2\", \"creator\": {\"name\": \"t\", \"version\": \"1\"}, \"entries\": ["
                + entries + "]}}";
    }
}
