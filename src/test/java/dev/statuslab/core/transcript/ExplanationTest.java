package dev.statuslab.core.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.scenario.SimulatorNotes;
import dev.statuslab.core.status.HeaderChecks;
import dev.statuslab.core.status.StatusCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one assembly of what StatusLab says about a response, which the pane and the Markdown export render. */
class ExplanationTest {

    private static final StatusCatalog CATALOG = StatusCatalog.load();

    private static HttpResponse response(int code, String reason, Headers headers) {
        return new HttpResponse(new StatusLine("HTTP/1.1", code, reason), headers, Body.empty());
    }

    @Test
    void aResponseIsExplainedWithItsHeaderRulesCheckedAgainstIt() {
        HttpRequest post = new HttpRequest(HttpMethod.POST, "http://127.0.0.1/ping/", Headers.empty(), Body.empty());
        Explanation missing = Explanation.of(CATALOG, post, response(405, "Method Not Allowed", Headers.empty()));
        Explanation present = Explanation.of(
                CATALOG, post, response(405, "Method Not Allowed", Headers.of("Allow", "GET, HEAD, OPTIONS")));

        assertEquals(CATALOG.describe(405), missing.info());
        assertTrue(missing.checked());
        HeaderChecks.Check allow = missing.checks().stream()
                .filter(c -> c.rule().name().equals("Allow"))
                .findFirst()
                .orElseThrow();
        assertFalse(allow.satisfied());
        assertTrue(present.checks().stream()
                .filter(c -> c.rule().name().equals("Allow"))
                .allMatch(HeaderChecks.Check::satisfied));
    }

    @Test
    void theSimulatorsDeparturesFromDjangoAreNoted() {
        HttpRequest head = new HttpRequest(HttpMethod.HEAD, "http://127.0.0.1/ping/", Headers.empty(), Body.empty());
        Explanation explanation = Explanation.of(CATALOG, head, response(200, "OK", Headers.empty()));

        assertEquals(List.of(SimulatorNotes.HEAD), explanation.notes());
    }

    @Test
    void aCodeOnItsOwnIsExplainedWithoutChecks() {
        Explanation created = Explanation.ofCode(CATALOG, 201);

        assertTrue(created.explained());
        assertFalse(created.checked());
        assertEquals(List.of(), created.checks());
        assertEquals("Created", created.reason());
    }

    @Test
    void aCodeOutsideTheFiveClassesIsNotExplained() {
        Explanation odd = Explanation.ofCode(CATALOG, 799);

        assertFalse(odd.explained());
        assertNull(odd.info());
        assertEquals("Unknown", odd.reason());
    }
}
