package dev.statuslab.ui.mainwindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.ExchangeSender;
import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.Timings;
import dev.statuslab.ui.common.HeaderRow;
import dev.statuslab.ui.common.VariableRow;
import dev.statuslab.ui.composer.VariableMarks;
import dev.statuslab.ui.environments.EnvironmentsViewModel;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Variables through the window's view models, without a toolkit: the history keeps the request as
 * sent (resolved) and relative to the simulator; an exported transcript writes a secret as
 * {@code {{name}}}; the composer looks its variables up in the current tab's scopes.
 */
class VariablesSentTest {

    private static final StatusCatalog STATUSES = StatusCatalog.load();
    private static final ScenarioCatalog SCENARIOS = ScenarioCatalog.load(STATUSES);
    private static final Timings TIMINGS = new Timings(0, -1, 1, -1, 1, 5, 1);

    @TempDir
    Path dir;

    private final List<HttpRequest> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    /** Answers 200 and echoes the Authorization field back, with the request head as written. */
    private final ExchangeSender echoing = new ExchangeSender() {
        @Override
        public CompletableFuture<Exchange> send(HttpRequest request) {
            sent.add(request);
            StringBuilder head = new StringBuilder(request.method() + " " + request.url() + " HTTP/1.1\r\n");
            for (Header h : request.headers()) {
                head.append(h.name()).append(": ").append(h.value()).append("\r\n");
            }
            String echoed = request.headers().first("Authorization").orElse("");
            HttpResponse response = new HttpResponse(
                    new StatusLine("HTTP/1.1", 200, "OK"), Headers.empty(), Body.of("{\"got\": \"" + echoed + "\"}"));
            return CompletableFuture.completedFuture(new Exchange(
                    "x" + ids.incrementAndGet(),
                    Instant.now(),
                    request,
                    response,
                    null,
                    head.append("\r\n").toString(),
                    "HTTP/1.1 200 OK\r\n\r\n",
                    TIMINGS));
        }

        @Override
        public void close() {}
    };

    private MainViewModel vm;

    @BeforeEach
    void window() {
        vm = WindowModels.inMemory(SCENARIOS, STATUSES, echoing, Runnable::run, Runnable::run)
                .build();
        vm.simulatorStarted(URI.create("http://127.0.0.1:8765"), null);
        EnvironmentsViewModel environments = vm.environments();
        environments.add("local");
        environments.edit("local");
        environments.rows().add(new VariableRow(true, "code", "418", false));
        environments.rows().add(new VariableRow(true, "token", "abc.def", true));
        environments.apply();
        environments.select("local");
    }

    @Test
    void theHistoryKeepsTheResolvedRequestAndItsTargetRelativeToTheSimulator() {
        vm.composer().urlProperty().set("{{simulator}}/status/{{code}}");
        vm.send();

        Exchange entry = vm.history().exchanges().get(0);
        assertEquals("http://127.0.0.1:8765/status/418", entry.request().url(), "what was actually sent");
        assertEquals(
                "{{simulator}}/status/418", entry.simulatorTarget(), "so a later launch on another port reaches it");
        assertTrue(entry.requestHead().startsWith("GET http://127.0.0.1:8765/status/418 "), entry.requestHead());
    }

    @Test
    void anExportedTranscriptWritesTheSecretAsItsNameAndNeverItsValue() throws Exception {
        vm.composer().urlProperty().set("{{simulator}}/echo/");
        vm.composer().headers().add(new HeaderRow(true, "Authorization", "Bearer {{token}}"));
        vm.send();
        assertEquals(
                "Bearer abc.def", sent.get(0).headers().first("Authorization").orElseThrow(), "sent as it is");
        assertEquals(
                "Bearer abc.def",
                vm.history()
                        .exchanges()
                        .get(0)
                        .request()
                        .headers()
                        .first("Authorization")
                        .orElseThrow(),
                "the history shows what was sent");

        // the secret changes after the send: the value that was sent is still kept out
        vm.environments().edit("local");
        vm.environments().rows().get(1).setValue("new-value");
        vm.environments().apply();

        for (String name : List.of("t.har", "t.md")) {
            Path file = dir.resolve(name);
            assertTrue(vm.transcript().exportAll(file).get().ok());
            String written = Files.readString(file);
            assertFalse(written.contains("abc.def"), name + ": " + written);
            assertTrue(written.contains("Bearer {{token}}"), name + ": " + written);
        }
    }

    @Test
    void anExchangeFromAnEarlierLaunchIsExportedWithoutTheSecretsKnownNow() throws Exception {
        HttpRequest earlier = new HttpRequest(
                HttpMethod.GET, "http://127.0.0.1:8765/echo/?key=abc.def", Headers.empty(), Body.empty());
        vm.history().add(echoing.send(earlier).get()); // as restored from disk: no record of its secrets

        Path file = dir.resolve("restored.har");
        assertTrue(vm.transcript().exportAll(file).get().ok());
        String written = Files.readString(file);
        assertFalse(written.contains("abc.def"), written);
        assertTrue(written.contains("key={{token}}"), written);
    }

    @Test
    void theComposerLooksItsVariablesUpInTheCurrentTabsScopes() {
        VariableMarks marks = new VariableMarks(vm.composer());
        vm.composer().urlProperty().set("{{simulator}}/status/{{code}}");
        assertNotNull(vm.composer().extras().variablesProperty().get());
        assertEquals("", marks.urlUnknownProperty().get());
        assertTrue(marks.urlHoverProperty().get().contains("{{simulator}} → http://127.0.0.1:8765"));

        vm.environments().select(EnvironmentsViewModel.NONE); // the picker set to none
        assertTrue(
                marks.urlUnknownProperty().get().contains("{{code}}"),
                marks.urlUnknownProperty().get());
        vm.send();
        assertTrue(sent.isEmpty(), "still not sent");
        assertTrue(
                vm.messageProperty().get().contains("{{code}}"),
                vm.messageProperty().get());
    }
}
