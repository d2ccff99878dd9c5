package dev.statuslab.core.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.status.StatusCatalog;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the HAR export writes for each kind of exchange, field by field. */
class HarWriterTest {

    private static JsonNode entry(Exchange e) throws Exception {
        return HarFiles.tree(HarFiles.export(List.of(e)))
                .path("log")
                .path("entries")
                .get(0);
    }

    private static List<String> names(JsonNode pairs, String field) {
        List<String> out = new ArrayList<>();
        pairs.forEach(p -> out.add(p.path(field).asText()));
        return out;
    }

    @Test
    void theLogHasVersionCreatorAndOneEntryPerExchangeInOrder() throws Exception {
        JsonNode log = HarFiles.tree(HarFiles.export(Samples.all())).path("log");

        assertEquals("1.2", log.path("version").asText());
        assertEquals("StatusLab", log.path("creator").path("name").asText());
        assertFalse(log.path("creator").path("version").asText().isEmpty());
        assertEquals(Samples.all().size(), log.path("entries").size());
        assertEquals(
                "ex-test-000002",
                log.path("entries").get(1).path("_statuslab").path("id").asText());
    }

    @Test
    void startedDateTimeIsIso8601WithOffsetToTheMillisecondAndTimeIsTheSumOfPhases() throws Exception {
        JsonNode e = entry(Samples.get200());

        assertEquals("2024-05-01T09:15:30.123Z", e.path("startedDateTime").asText());
        assertEquals(8.0, e.path("time").asDouble(), 1e-9);
        JsonNode t = e.path("timings");
        assertEquals(
                List.of(0.25, -1.0, 1.5, 0.5, 5.0, 0.75, -1.0),
                List.of(
                        t.path("blocked").asDouble(),
                        t.path("dns").asDouble(),
                        t.path("connect").asDouble(),
                        t.path("send").asDouble(),
                        t.path("wait").asDouble(),
                        t.path("receive").asDouble(),
                        t.path("ssl").asDouble()));
        assertTrue(e.path("cache").isObject() && e.path("cache").isEmpty());
    }

    @Test
    void theRequestKeepsFieldOrderAndCaseAndDecodesItsQueryAndCookies() throws Exception {
        Exchange x = Samples.get200();
        JsonNode r = entry(x).path("request");

        assertEquals("GET", r.path("method").asText());
        assertEquals(x.request().url(), r.path("url").asText());
        assertEquals("HTTP/1.1", r.path("httpVersion").asText());
        assertEquals(List.of("Host", "Accept", "Cookie"), names(r.path("headers"), "name"));
        assertEquals(List.of("q", "lang", "flag"), names(r.path("queryString"), "name"));
        assertEquals(List.of("a b", "\u00e9t\u00e9", ""), names(r.path("queryString"), "value"));
        assertEquals(List.of("sessionid", "csrftoken"), names(r.path("cookies"), "name"));
        assertEquals(List.of("abc", "xyz"), names(r.path("cookies"), "value"));
        assertEquals(x.requestHead().length(), r.path("headersSize").asInt());
        assertEquals(0, r.path("bodySize").asInt());
        assertTrue(r.path("postData").isMissingNode(), "no postData without a body");
    }

    @Test
    void aFormPostHasItsTextAndDecodedParams() throws Exception {
        JsonNode post = entry(Samples.formPost302()).path("request").path("postData");

        assertEquals("application/x-www-form-urlencoded", post.path("mimeType").asText());
        assertEquals(
                "name=Ada+Lovelace&email=ada%40example.com&message=Hello%21",
                post.path("text").asText());
        assertEquals(List.of("name", "email", "message"), names(post.path("params"), "name"));
        assertEquals(List.of("Ada Lovelace", "ada@example.com", "Hello!"), names(post.path("params"), "value"));
        assertTrue(post.path("_encoding").isMissingNode());
    }

    @Test
    void responseCookiesComeFromSetCookieWithTheirAttributes() throws Exception {
        JsonNode response = entry(Samples.formPost302()).path("response");
        JsonNode messages = response.path("cookies").get(0);
        JsonNode csrf = response.path("cookies").get(1);

        assertEquals("messages", messages.path("name").asText());
        assertEquals("\"saved\"", messages.path("value").asText());
        assertEquals("/", messages.path("path").asText());
        assertTrue(messages.path("httpOnly").asBoolean());
        assertFalse(messages.path("secure").asBoolean());
        assertTrue(messages.path("expires").isMissingNode());
        assertEquals("csrftoken", csrf.path("name").asText());
        assertTrue(csrf.path("secure").asBoolean());
        assertEquals("2025-04-30T09:15:30.123Z", csrf.path("expires").asText(), "Max-Age wins over Expires");
    }

    @Test
    void theStatusTextIsTheReasonExactlyAsReceivedAndRedirectUrlIsLocation() throws Exception {
        JsonNode odd = entry(Samples.oddReason()).path("response");
        JsonNode found = entry(Samples.formPost302()).path("response");

        assertEquals(299, odd.path("status").asInt());
        assertEquals("Quite  Fine ", odd.path("statusText").asText());
        assertEquals("x-odd-CASE", odd.path("headers").get(0).path("name").asText());
        assertEquals("", odd.path("redirectURL").asText());
        assertEquals("/contact/", found.path("redirectURL").asText());
        assertEquals("HTTP/1.1", found.path("httpVersion").asText());
    }

    @Test
    void textBodiesAreTextAndBinaryOnesBase64() throws Exception {
        JsonNode png = entry(Samples.binaryPng()).path("response").path("content");
        JsonNode json = entry(Samples.json201()).path("response").path("content");
        JsonNode latin1 = entry(Samples.latin1Put()).path("request").path("postData");

        assertEquals("base64", png.path("encoding").asText());
        assertEquals(
                Base64.getEncoder().encodeToString(Samples.PNG),
                png.path("text").asText());
        assertEquals(Samples.PNG.length, png.path("size").asInt());
        assertEquals("image/png", png.path("mimeType").asText());
        assertTrue(json.path("encoding").isMissingNode());
        assertEquals("{\"message\": \"Created\"}", json.path("text").asText());
        assertEquals("caf\u00e9 cr\u00e8me", latin1.path("text").asText(), "decoded with the charset of Content-Type");
        assertTrue(latin1.path("_encoding").isMissingNode());
    }

    @Test
    void aBinaryRequestBodyIsBase64WithACustomEncodingField() throws Exception {
        Exchange upload = Samples.exchange(
                "ex-up",
                Samples.request(
                        "POST",
                        "/upload",
                        Headers.of("Content-Type", "application/octet-stream"),
                        Body.of(Samples.PNG)),
                Samples.response(201, "Created", Headers.empty(), Body.empty()));
        JsonNode post = entry(upload).path("request").path("postData");

        assertEquals("base64", post.path("_encoding").asText());
        assertEquals(
                Base64.getEncoder().encodeToString(Samples.PNG),
                post.path("text").asText());
    }

    @Test
    void bodiesInFilesAreStreamedAsBase64(@TempDir Path temp) throws Exception {
        int size = 3 * 1024 * 1024 + 7;
        Exchange big = Samples.fileBacked(temp, size);
        JsonNode content = entry(big).path("response").path("content");

        assertEquals(size, content.path("size").asInt());
        assertEquals("base64", content.path("encoding").asText());
        byte[] decoded = Base64.getDecoder().decode(content.path("text").asText());
        assertEquals(size, decoded.length);
        assertEquals("abcdefgh", new String(decoded, 0, 8, StandardCharsets.US_ASCII));
    }

    @Test
    void aFailedExchangeHasStatusZeroAndItsReason() throws Exception {
        JsonNode e = entry(Samples.refused());
        JsonNode response = e.path("response");

        assertEquals(0, response.path("status").asInt());
        assertEquals("", response.path("statusText").asText());
        assertEquals(0, response.path("content").path("size").asInt());
        assertEquals(
                "connection refused by 127.0.0.1:9", response.path("_error").asText());
        assertEquals(
                "connection refused by 127.0.0.1:9",
                e.path("_statuslab").path("failure").asText());
        assertEquals(-1, e.path("request").path("headersSize").asInt(), "the request never went out");
        assertEquals(0.5, e.path("time").asDouble(), 1e-9);
        assertEquals(0, e.path("timings").path("send").asDouble(), "HAR requires send, wait and receive");
        assertEquals(-1, e.path("_statuslab").path("timings").path("send").asDouble(), "kept for the round trip");
    }

    @Test
    void theStatusLabFieldsExplainTheCodeAndKeepTheHeads() throws Exception {
        Exchange x = Samples.formPost302();
        JsonNode s = entry(x).path("_statuslab");

        assertEquals(302, s.path("explanationId").asInt());
        assertEquals("Redirection", s.path("statusClass").asText());
        assertEquals("Found", s.path("title").asText());
        assertEquals("RFC 9110 §15.4.3", s.path("rfc").asText());
        assertTrue(
                s.path("rfcUrl").asText().endsWith("rfc9110#section-15.4.3"),
                s.path("rfcUrl").asText());
        assertTrue(
                s.path("summary").asText().contains("Location"),
                s.path("summary").asText());
        assertEquals(x.requestHead(), s.path("requestHead").asText());
        assertEquals(x.responseHead(), s.path("responseHead").asText());
        assertEquals(0, s.path("interim").size());
        assertTrue(s.path("failure").isMissingNode());
        assertTrue(s.path("timings").isMissingNode(), "only written when send, wait or receive was -1");
    }

    @Test
    void interimResponsesAreKeptInOrder() throws Exception {
        JsonNode hint =
                entry(Samples.earlyHints()).path("_statuslab").path("interim").get(0);

        assertEquals(103, hint.path("status").asInt());
        assertEquals("Early Hints", hint.path("statusText").asText());
        assertEquals("HTTP/1.1", hint.path("httpVersion").asText());
        assertEquals("Link", hint.path("headers").get(0).path("name").asText());
    }

    @Test
    void unregisteredCodesAreExplainedByTheirClassAndCodesBeyond599NotAtAll() throws Exception {
        JsonNode odd = entry(Samples.oddReason()).path("_statuslab");
        Exchange beyond = Samples.exchange(
                "ex-799",
                Samples.request("GET", "/", Headers.empty(), Body.empty()),
                Samples.response(799, "Way Out", Headers.empty(), Body.empty()));
        JsonNode far = entry(beyond).path("_statuslab");

        assertEquals("Unknown", odd.path("title").asText());
        assertEquals("Successful", odd.path("statusClass").asText());
        assertEquals(799, far.path("explanationId").asInt());
        assertTrue(far.path("title").isMissingNode());
    }

    @Test
    void theOutputStreamIsFlushedAndLeftOpen() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HarWriter.write(List.of(), StatusCatalog.load(), out);
        out.write('\n');

        JsonNode log = HarFiles.tree(out.toByteArray()).path("log");
        assertEquals(0, log.path("entries").size());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\n  \"log\": {"), "pretty-printed");
        assertTrue(
                out.toString(StandardCharsets.UTF_8).contains("\"entries\": []"),
                "empty arrays as browsers write them");
    }
}
