package dev.statuslab.ui.mainwindow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statuslab.client.ExchangeSender;
import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.workbench.Auth;
import dev.statuslab.ui.common.ManualScheduler;
import dev.statuslab.ui.common.VariableRow;
import dev.statuslab.ui.composer.AuthViewModel;
import dev.statuslab.ui.response.Exchanges;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Auth tab's helper is the tab's draft: sent with its variable resolved, and back after a relaunch. */
class AuthDraftTest {

    private static final StatusCatalog STATUSES = StatusCatalog.load();
    private static final ScenarioCatalog SCENARIOS = ScenarioCatalog.load(STATUSES);
    private final List<HttpRequest> sent = new CopyOnWriteArrayList<>();

    private final ExchangeSender answering = new ExchangeSender() {
        @Override
        public CompletableFuture<Exchange> send(HttpRequest request) {
            sent.add(request);
            return CompletableFuture.completedFuture(
                    Exchanges.response(request, new StatusLine("HTTP/1.1", 200, "OK"), Headers.of(), Body.of("OK")));
        }

        @Override
        public void close() {}
    };

    private MainViewModel window() {
        return WindowModels.inMemory(SCENARIOS, STATUSES, answering, Runnable::run, Runnable::run)
                .build();
    }

    @Test
    void aBearerTokenVariableIsSentResolvedAndTheHelperSurvivesARelaunch(@TempDir Path data) {
        ManualScheduler scheduler = new ManualScheduler();
        MainViewModel first = window();
        WorkbenchFiles wiring = WorkbenchFiles.attach(first, data, Runnable::run, Runnable::run, scheduler);
        first.simulatorStarted(URI.create("http://127.0.0.1:8765"), null);
        first.environments().add("local");
        first.environments().edit("local");
        first.environments().rows().add(new VariableRow(true, "token", "s3cr3t", true));
        first.environments().apply();
        first.environments().select("local");
        first.tabs().newTab();
        first.composer().urlProperty().set("{{simulator}}/anything");
        AuthViewModel auth = first.composer().extras().authForm();
        auth.kindProperty().set(AuthViewModel.Kind.BEARER);
        auth.tokenProperty().set("{{token}}");
        assertEquals(
                new Auth.Bearer("{{token}}"), first.tabs().current().draft().auth());

        first.send();
        assertEquals(
                "Bearer s3cr3t", sent.get(0).headers().first("Authorization").orElse(""));
        scheduler.advance(Duration.ofSeconds(1));
        wiring.flush();

        MainViewModel second = window();
        WorkbenchFiles.attach(second, data, Runnable::run, Runnable::run, new ManualScheduler());
        second.simulatorStarted(URI.create("http://127.0.0.1:40123"), null);
        assertEquals(
                new Auth.Bearer("{{token}}"), second.tabs().current().draft().auth());
        AuthViewModel shown = second.composer().extras().authForm();
        assertEquals(AuthViewModel.Kind.BEARER, shown.kindProperty().get());
        assertEquals("{{token}}", shown.tokenProperty().get());
    }
}
