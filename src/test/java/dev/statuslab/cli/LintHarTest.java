package dev.statuslab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.Timings;
import dev.statuslab.core.transcript.TranscriptFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code statuslab lint --har FILE}: every entry judged; a file that cannot be read refused with where and why. */
class LintHarTest {

    @TempDir
    Path dir;

    static Exchange exchange(String id, int code, Headers headers, String body) {
        Timings t = new Timings(0, -1, 1, -1, 1, 2, 1);
        return new Exchange(
                id,
                Instant.parse("2026-12-04T16:00:00Z"),
                HttpRequest.get("http://127.0.0.1:8000/x/"),
                new HttpResponse(new StatusLine("HTTP/1.1", code, ""), headers, Body.of(body)),
                null,
                "",
                "",
                t);
    }

    private Path har() throws Exception {
        Path file = dir.resolve("t.har");
        Headers ok = Headers.of(
                "Date",
                "Fri, 04 Dec 2026 16:36:27 GMT",
                "Content-Type",
                "text/plain; charset=utf-8",
                "Cache-Control",
                "no-store",
                "X-Content-Type-Options",
                "nosniff",
                "Referrer-Policy",
                "same-origin");
        TranscriptFiles.export(
                List.of(exchange("a", 200, ok, "fine"), exchange("b", 302, ok, "")),
                StatusCatalog.load(),
                file,
                TranscriptFiles.Format.HAR);
        return file;
    }

    @Test
    void everyEntryIsJudgedAndTheJsonSaysWhichEntry() throws Exception {
        LintCommandTest.Run run = LintCommandTest.lint("--har", har().toString(), "--json");
        assertEquals(1, run.exit(), run.out() + run.err());
        JsonNode findings = new ObjectMapper().readTree(run.out()).get("findings");
        assertEquals(1, findings.size(), run.out());
        assertEquals(1, findings.get(0).get("entry").asInt());
        assertEquals("status.required-field", findings.get(0).get("id").asText());
        assertEquals("error", findings.get(0).get("level").asText());
        assertEquals("RFC 9110 §15.4.3", findings.get(0).get("rfc").asText());
    }

    @Test
    void theTextOutputHasALinePerEntry() throws Exception {
        LintCommandTest.Run run = LintCommandTest.lint("--har", har().toString());
        assertTrue(run.out().contains("GET http://127.0.0.1:8000/x/ → HTTP/1.1 200 \n"), run.out());
        assertTrue(
                run.out()
                        .contains("GET http://127.0.0.1:8000/x/ → HTTP/1.1 302 \n  error   status.required-field: "
                                + "302 without Location"),
                run.out());
        assertTrue(run.out().endsWith("1 error, 0 warnings, 0 advice\n"), run.out());
    }

    @Test
    void aHarThatCannotBeReadIsRefusedWithThePlaceAndTheReason() throws Exception {
        Path bad = dir.resolve("bad.har");
        Files.writeString(bad, Files.readString(har()).replaceFirst("\"status\" ?: ?302", "\"status\": \"302\""));
        LintCommandTest.Run run = LintCommandTest.lint("--har", bad.toString());
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertTrue(
                run.err().contains(bad + " cannot be read: log.entries[1].response.status: expected a number"),
                run.err());
    }

    @Test
    void aHarThatIsNotJsonIsRefusedWithTheLineAndColumn() throws Exception {
        Path bad = dir.resolve("bad.har");
        Files.writeString(bad, "{\"log\": {\n  \"entries\": [,]}}");
        LintCommandTest.Run run = LintCommandTest.lint("--har", bad.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("line 2"), run.err());
    }

    @Test
    void aMissingHarIsExitCode2() {
        LintCommandTest.Run run =
                LintCommandTest.lint("--har", dir.resolve("none.har").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("there is no HAR file at"), run.err());
    }
}
