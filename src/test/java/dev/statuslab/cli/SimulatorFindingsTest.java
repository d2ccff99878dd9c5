package dev.statuslab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.RawCapture;
import dev.statuslab.client.WireClient;
import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.lint.Finding;
import dev.statuslab.core.lint.Level;
import dev.statuslab.core.lint.Linter;
import dev.statuslab.core.scenario.ReadyRequest;
import dev.statuslab.core.scenario.Scenario;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.status.StatusInfo;
import dev.statuslab.server.SimulatorOptions;
import dev.statuslab.server.SimulatorServer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulator's own answers, read byte for byte from a real server on port 0: every scenario's ready
 * requests and every status code of the playground (GET and HEAD) give no error-level finding, and the
 * warnings the tutorial's own code produces are exactly the ones the README names.
 */
class SimulatorFindingsTest {

    private static final StatusCatalog STATUSES = StatusCatalog.load();
    private static final Linter LINTER = new Linter(STATUSES);
    private static final WireClient.Options OPTIONS = WireClient.Options.defaults();
    private static SimulatorServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new SimulatorServer(SimulatorOptions.loopback(0), STATUSES);
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static List<Finding> lint(HttpRequest request) {
        RawCapture.Result result = RawCapture.capture(request, OPTIONS, 16 * 1024 * 1024);
        assertNull(result.failure(), () -> request.method().name() + " " + request.url());
        return LINTER.lintRaw(
                result.bytes(),
                request.method().name(),
                "http",
                result.request().headers());
    }

    /** "METHOD /path" → the ids of its findings at that level. */
    private static void collect(Map<String, TreeSet<String>> out, String what, List<Finding> findings, Level level) {
        for (Finding f : findings) {
            if (f.level() == level) {
                out.computeIfAbsent(what, k -> new TreeSet<>()).add(f.id() + ": " + f.message());
            }
        }
    }

    @Test
    void everyScenarioAnswersWithoutAnErrorAndOnlyTheTutorialsOwnWarnings() {
        Map<String, TreeSet<String>> errors = new TreeMap<>();
        Map<String, TreeSet<String>> warnings = new TreeMap<>();
        int answers = 0;
        for (Scenario scenario : ScenarioCatalog.load(STATUSES).all()) {
            for (ReadyRequest ready : scenario.requests()) {
                List<Finding> findings = lint(ready.toHttpRequest(server.baseUri()));
                String what = ready.method() + " " + ready.path();
                collect(errors, what, findings, Level.ERROR);
                collect(warnings, what, findings, Level.WARNING);
                answers++;
            }
        }
        assertTrue(answers > 20, "ready requests: " + answers);
        assertEquals(Map.of(), errors);
        // Named in the README, section "Lint": the tutorial's 201 has no Location.
        assertEquals(
                Map.of(
                        "POST /api/messages/",
                        new TreeSet<>(List.of("status.recommended-field: 201 without " + "Location: "
                                + STATUSES.describe(201).headers().get(0).why()))),
                warnings);
    }

    @Test
    void everyStatusCodeOfThePlaygroundAnswersWithoutAnErrorToGetAndHead() {
        Map<String, TreeSet<String>> errors = new TreeMap<>();
        int codes = 0;
        for (StatusInfo info : STATUSES.all()) {
            for (String method : List.of("GET", "HEAD")) {
                String path = "/status/" + info.code();
                HttpRequest request =
                        new HttpRequest(HttpMethod.of(method), server.baseUri() + path, Headers.empty(), Body.empty());
                collect(errors, method + " " + path, lint(request), Level.ERROR);
            }
            codes++;
        }
        assertTrue(codes >= 60, "codes: " + codes);
        assertEquals(Map.of(), errors);
    }
}
