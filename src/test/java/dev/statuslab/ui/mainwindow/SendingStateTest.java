package dev.statuslab.ui.mainwindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.ExchangeSender;
import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.ui.common.ManualScheduler;
import dev.statuslab.ui.response.Exchanges;
import dev.statuslab.ui.response.ResponseViewModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/**
 * What the window shows while a request is out, without a toolkit: a fast answer never makes the
 * window look busy (one repaint, with the answer), a slow one does until it arrives.
 */
class SendingStateTest {

    private static final StatusCatalog STATUSES = StatusCatalog.load();

    /** The FX thread stand-in: tasks wait here until the test runs them, as runLater's would. */
    private final ConcurrentLinkedQueue<Runnable> fxQueue = new ConcurrentLinkedQueue<>();

    private final Executor fx = fxQueue::add;
    /** The delayed notice: its tasks run in the test thread, which plays the FX thread. */
    private final ManualScheduler clock = new ManualScheduler();

    private final List<CompletableFuture<Exchange>> answers = new ArrayList<>();
    private final ExchangeSender sender = new ExchangeSender() {
        @Override
        public CompletableFuture<Exchange> send(HttpRequest request) {
            CompletableFuture<Exchange> answer = new CompletableFuture<>();
            answers.add(answer);
            return answer;
        }

        @Override
        public void close() {}
    };

    private MainViewModel newViewModel() {
        MainViewModel vm = WindowModels.inMemory(ScenarioCatalog.load(STATUSES), STATUSES, sender, Runnable::run, fx)
                .withScheduler(clock)
                .build();
        vm.composer()
                .load(
                        new HttpRequest(HttpMethod.GET, "http://127.0.0.1:9/simple/", Headers.empty(), Body.empty()),
                        null);
        return vm;
    }

    private void runFxTasks() {
        for (Runnable task; (task = fxQueue.poll()) != null; ) {
            task.run();
        }
    }

    @Test
    void aFastAnswerNeverShowsTheWindowAsWaiting() {
        MainViewModel vm = newViewModel();
        List<Boolean> waitingSeen = new ArrayList<>();
        vm.waitingProperty().addListener((obs, was, now) -> waitingSeen.add(now));

        vm.send();
        assertTrue(vm.sendingProperty().get(), "sending from the moment Send is pressed");
        answers.get(0).complete(Exchanges.response(200, "OK", Headers.empty(), "OK"));
        runFxTasks();
        clock.advance(MainViewModel.SENDING_NOTICE_DELAY); // the delayed notice, now stale

        assertFalse(vm.sendingProperty().get());
        assertEquals(List.of(), waitingSeen, "never shown as waiting");
        assertEquals(1, vm.history().exchanges().size());
    }

    @Test
    void aSlowAnswerShowsTheWindowAsWaitingUntilItArrives() {
        MainViewModel vm = newViewModel();

        vm.send();
        vm.send(); // a second press while the first is out sends nothing
        assertEquals(1, answers.size());
        clock.advance(MainViewModel.SENDING_NOTICE_DELAY.minusMillis(1));
        assertFalse(vm.waitingProperty().get(), "not waiting before the delay has passed");
        clock.advance(Duration.ofMillis(1));
        assertTrue(vm.waitingProperty().get(), "waiting once the answer is late");
        assertEquals(
                ResponseViewModel.Phase.SENDING,
                vm.response().phaseProperty().get(),
                "the response pane says it is sending");

        answers.get(0).complete(Exchanges.response(404, "Not Found", Headers.empty(), "missing"));
        runFxTasks();
        assertFalse(vm.waitingProperty().get());
        assertFalse(vm.sendingProperty().get());
        assertEquals(404, vm.history().exchanges().get(0).code());
    }
}
