package dev.statuslab.ui.mainwindow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statuslab.client.ExchangeSender;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.HistoryStore;
import dev.statuslab.core.transcript.TranscriptFiles;
import dev.statuslab.ui.response.Exchanges;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lasting "history not saved" warning, driven by a real store on a folder that cannot be written. */
class HistorySavingTest {

    private static final StatusCatalog STATUSES = StatusCatalog.load();

    /** Never used: this test sends nothing. */
    private static final ExchangeSender NO_NETWORK = new ExchangeSender() {
        @Override
        public CompletableFuture<Exchange> send(HttpRequest request) {
            return CompletableFuture.failedFuture(new IllegalStateException("no network in this test"));
        }

        @Override
        public void close() {}
    };

    @TempDir
    Path dir;

    @Test
    void aWarningStaysWhileSavingFailsAndGoesWhenItWorksAgain() throws Exception {
        Path blocked = Files.writeString(dir.resolve("history"), "a file where the folder should be");
        AtomicReference<MainViewModel> vm = new AtomicReference<>();
        AtomicReference<HistoryStore> store = new AtomicReference<>();
        store.set(new HistoryStore(blocked, TranscriptFiles.historyCodec(STATUSES), report -> vm.get()
                .historySaving(report, !store.get().failing())));
        vm.set(WindowModels.inMemory(ScenarioCatalog.load(STATUSES), STATUSES, NO_NETWORK, Runnable::run, Runnable::run)
                .withStore(store.get(), dir.resolve("spool"))
                .build());
        Exchange first = Exchanges.response(200, "OK", Headers.empty(), "a");

        vm.get().history().add(first);
        store.get().save(first).get(); // the writer is single-threaded: the add's save has run

        String warning = vm.get().historyNotSavedProperty().get();
        assertEquals(true, warning.contains("cannot be saved") && warning.contains("kept in memory"), warning);
        vm.get().setMessage("a later message"); // e.g. the next Send
        assertEquals(warning, vm.get().historyNotSavedProperty().get(), "the warning outlasts the message");

        Files.delete(blocked);
        store.get().save(first).get();
        assertEquals("", vm.get().historyNotSavedProperty().get());
        store.get().close();
    }
}
