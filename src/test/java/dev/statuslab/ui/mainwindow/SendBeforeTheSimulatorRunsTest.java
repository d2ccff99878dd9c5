package dev.statuslab.ui.mainwindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.ExchangeSender;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The simulator starts after the window's first frame, so a Send can come before it runs: a
 * request on its address waits for it (nothing blocks, the status bar says why) and goes as soon
 * as it runs; a request elsewhere goes at once.
 */
class SendBeforeTheSimulatorRunsTest {

    private static final StatusCatalog STATUSES = StatusCatalog.load();

    private final List<HttpRequest> sent = new ArrayList<>();
    private final ExchangeSender sender = new ExchangeSender() {
        @Override
        public CompletableFuture<Exchange> send(HttpRequest request) {
            sent.add(request);
            return new CompletableFuture<>();
        }

        @Override
        public void close() {}
    };

    private MainViewModel newViewModel(String url) {
        MainViewModel vm = WindowModels.inMemory(
                        ScenarioCatalog.load(STATUSES), STATUSES, sender, Runnable::run, Runnable::run)
                .build();
        vm.composer().urlProperty().set(url);
        return vm;
    }

    @Test
    void aSendOnTheSimulatorsAddressWaitsUntilItRunsThenGoes() {
        MainViewModel vm = newViewModel("{{simulator}}/simple/");

        vm.send();

        assertEquals(List.of(), sent, "nothing goes before the simulator has an address");
        assertFalse(vm.sendingProperty().get());
        assertTrue(
                vm.messageProperty().get().startsWith("Starting the simulator"),
                vm.messageProperty().get());

        vm.simulatorStarted(URI.create("http://127.0.0.1:8765"), null);

        assertEquals(1, sent.size(), "sent once the simulator runs");
        assertEquals("http://127.0.0.1:8765/simple/", sent.get(0).url());
        assertTrue(vm.sendingProperty().get());
    }

    @Test
    void aSendElsewhereGoesAtOnceWhileTheSimulatorStarts() {
        MainViewModel vm = newViewModel("http://127.0.0.1:9/simple/");

        vm.send();

        assertEquals(1, sent.size());
        vm.simulatorStarted(URI.create("http://127.0.0.1:8765"), null);
        assertEquals(1, sent.size(), "not sent a second time");
    }

    @Test
    void aWaitingSendIsAnsweredWithTheReasonWhenTheSimulatorFails() {
        MainViewModel vm = newViewModel("{{simulator}}/simple/");
        vm.send();

        vm.simulatorFailed("port 8765 on 127.0.0.1 is already in use or not permitted");

        assertEquals(List.of(), sent);
        assertFalse(vm.messageProperty().get().startsWith("Starting the simulator"), "the wait is over");
        assertTrue(vm.serverStatusProperty().get().contains("already in use"));
    }
}
