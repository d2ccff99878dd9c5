package dev.statuslab.core.transcript;

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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The linter's findings ride in each HAR entry's {@code _statuslab} object and in the Markdown lesson. */
class TranscriptFindingsTest {

    private static final StatusCatalog CATALOG = StatusCatalog.load();

    @TempDir
    Path spool;

    private static Exchange redirectWithoutLocation() {
        Headers fields = Headers.of(
                "Date",
                "Fri, 04 Dec 2026 16:36:27 GMT",
                "Cache-Control",
                "no-store",
                "X-Content-Type-Options",
                "nosniff",
                "Referrer-Policy",
                "same-origin");
        return new Exchange(
                "ex-1",
                Instant.parse("2026-12-04T16:00:00Z"),
                HttpRequest.get("http://127.0.0.1:8000/go/"),
                new HttpResponse(new StatusLine("HTTP/1.1", 302, "Found"), fields, Body.empty()),
                null,
                "",
                "",
                new Timings(0, -1, 1, -1, 1, 2, 1));
    }

    @Test
    void eachHarEntryCarriesItsFindingsAndTheFileStillReadsBack() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HarWriter.write(List.of(redirectWithoutLocation()), CATALOG, out);

        JsonNode findings = new ObjectMapper()
                .readTree(out.toByteArray())
                .get("log")
                .get("entries")
                .get(0)
                .get("_statuslab")
                .get("findings");
        assertEquals(1, findings.size(), findings::toString);
        JsonNode f = findings.get(0);
        assertEquals("status.required-field", f.get("id").asText());
        assertEquals("error", f.get("level").asText());
        assertEquals("RFC 9110 §15.4.3", f.get("rfc").asText());
        assertEquals(
                "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3",
                f.get("rfcUrl").asText());
        assertTrue(f.get("message").asText().startsWith("302 without Location"), f.toString());
        assertTrue(f.get("fix").asText().contains("HttpResponseRedirect(url)"), f.toString());
        List<Exchange> back = HarReader.read(new ByteArrayInputStream(out.toByteArray()), spool);
        assertEquals(302, back.get(0).code());
    }

    @Test
    void theMarkdownLessonListsTheFindingsWithSectionLinkAndFix() throws Exception {
        StringWriter out = new StringWriter();
        MarkdownTranscript.write(List.of(redirectWithoutLocation()), CATALOG, out);
        String md = out.toString();

        assertTrue(
                md.contains("**Findings** (1 error, 0 warnings, 0 advice):\n\n- **error** `status.required-field`: "
                        + "302 without Location"),
                md);
        assertTrue(
                md.contains("([RFC 9110 §15.4.3](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3)) Fix: "), md);
    }
}
