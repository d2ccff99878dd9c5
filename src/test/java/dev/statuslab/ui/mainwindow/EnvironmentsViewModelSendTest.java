package dev.statuslab.ui.mainwindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.ExchangeSender;
import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.ui.common.VariableRow;
import dev.statuslab.ui.environments.EnvironmentsViewModel;
import dev.statuslab.ui.response.Exchanges;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The active environment is where Send looks variables up first, before the built-ins. */
class EnvironmentsViewModelSendTest {

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

    @Test
    void theActiveEnvironmentsVariablesResolveAndNoneLeavesThemUnknown() {
        MainViewModel vm = WindowModels.inMemory(SCENARIOS, STATUSES, answering, Runnable::run, Runnable::run)
                .build();
        vm.simulatorStarted(URI.create("http://127.0.0.1:8765"), null);
        EnvironmentsViewModel environments = vm.environments();
        environments.add("local");
        environments.edit("local");
        environments.rows().add(new VariableRow(true, "code", "418", false));
        environments.rows().add(new VariableRow(true, "simulator", "http://127.0.0.1:9999", false));
        environments.apply();
        vm.composer().urlProperty().set("{{simulator}}/status/{{code}}");

        vm.send();
        assertTrue(sent.isEmpty(), "no environment: {{code}} is unknown");
        assertTrue(
                vm.messageProperty().get().contains("{{code}}"),
                vm.messageProperty().get());

        environments.select("local");
        vm.send();
        assertEquals("http://127.0.0.1:9999/status/418", sent.get(0).url(), "the environment before the built-in");
    }
}
