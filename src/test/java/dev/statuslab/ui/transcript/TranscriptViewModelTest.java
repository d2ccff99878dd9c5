package dev.statuslab.ui.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.HistoryStore;
import dev.statuslab.core.transcript.TranscriptFiles;
import dev.statuslab.ui.history.HistoryViewModel;
import dev.statuslab.ui.response.Exchanges;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export and import without a toolkit: real files, executors that run at once. */
class TranscriptViewModelTest {

    private static final StatusCatalog STATUSES = StatusCatalog.load();

    @TempDir
    Path dir;

    private final List<String> said = new ArrayList<>();

    private static Exchange at(int code, String reason, long second) {
        Exchange e = Exchanges.response(
                Exchanges.get("/status/" + code),
                new StatusLine("HTTP/1.1", code, reason),
                Headers.of("Content-Type", "text/plain"),
                Body.of("body of " + code));
        return new Exchange(
                "ex-" + code + "-" + second,
                Instant.ofEpochSecond(1_700_000_000L + second),
                e.request(),
                e.response(),
                null,
                e.requestHead(),
                e.responseHead(),
                e.timings());
    }

    /** As the composition root wires it. */
    static TranscriptViewModel.Rows rows(HistoryViewModel history) {
        return new TranscriptViewModel.Rows(history::exchanges, history::chosenOrSelected, history::addImported);
    }

    private TranscriptViewModel vm(HistoryViewModel history) {
        return new TranscriptViewModel(
                STATUSES, rows(history), dir.resolve("spool"), Runnable::run, Runnable::run, said::add);
    }

    @Test
    void exportingTheChosenRowsWritesOnlyThoseOldestFirstAndImportPutsThemBackNewestFirst() throws Exception {
        HistoryViewModel history = new HistoryViewModel();
        Exchange ok = at(200, "OK", 1);
        Exchange notFound = at(404, "Not Found", 2);
        Exchange teapot = at(418, "I'm a teapot", 3);
        List.of(ok, notFound, teapot).forEach(history::add);
        history.choose(List.of(teapot, ok));
        Path har = dir.resolve("chosen.har");

        TranscriptViewModel.Outcome outcome = vm(history).exportChosen(har).get();

        assertTrue(outcome.ok(), outcome.message());
        assertEquals("Exported 2 exchanges to " + har + " (HAR 1.2)", said.get(0));
        List<Exchange> written = TranscriptFiles.importHar(har, dir.resolve("check"));
        assertEquals(List.of(200, 418), written.stream().map(Exchange::code).toList());
        assertEquals("I'm a teapot", written.get(1).response().statusLine().reason());

        HistoryViewModel fresh = new HistoryViewModel();
        assertTrue(vm(fresh).importHar(har).get().ok());
        assertEquals(
                List.of(418, 200),
                fresh.exchanges().stream().map(Exchange::code).toList());
        assertEquals(418, fresh.selectedProperty().get().code());
    }

    @Test
    void anExportThatFailsHalfwayLeavesTheFileThatWasThere() throws Exception {
        HistoryViewModel history = new HistoryViewModel();
        history.add(at(200, "OK", 1));
        Exchange lost = at(200, "OK", 2);
        Body gone = Body.ofFile(dir.resolve("deleted-body.bin"), 5_000_000);
        history.add(new Exchange(
                lost.id(),
                lost.startedAt(),
                lost.request(),
                new HttpResponse(lost.response().statusLine(), lost.response().headers(), gone),
                null,
                lost.requestHead(),
                lost.responseHead(),
                lost.timings()));
        Path target = Files.writeString(dir.resolve("kept.har"), "an earlier export");

        TranscriptViewModel.Outcome outcome = vm(history).exportAll(target).get();

        assertFalse(outcome.ok());
        assertTrue(outcome.message().startsWith("Could not write " + target), outcome.message());
        assertEquals("an earlier export", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(
                    List.of("kept.har"),
                    files.map(f -> f.getFileName().toString()).toList(),
                    "no half-written file is left beside it");
        }
    }

    @Test
    void exportingToAFolderIsRefusedWithTheReason() throws Exception {
        HistoryViewModel history = new HistoryViewModel();
        history.add(at(200, "OK", 1));

        TranscriptViewModel.Outcome outcome = vm(history).exportAll(dir).get();

        assertFalse(outcome.ok());
        assertTrue(outcome.message().contains("is a folder"), outcome.message());
    }

    @Test
    void aMalformedHarChangesNothingAndSaysWhy() throws Exception {
        HistoryViewModel history = new HistoryViewModel();
        Exchange kept = at(200, "OK", 1);
        history.add(kept);
        Path bad = Files.writeString(
                dir.resolve("bad.har"), "{\"log\": {\"version\": \"1.2\", \"creator\": {}, \"entries\": 7}}");

        TranscriptViewModel.Outcome outcome = vm(history).importHar(bad).get();

        assertFalse(outcome.ok());
        assertTrue(outcome.message().startsWith("Could not import " + bad + ": "), outcome.message());
        assertTrue(outcome.message().endsWith("The history is unchanged."), outcome.message());
        assertEquals(List.of(kept), List.copyOf(history.exchanges()));
    }

    @Test
    void importedAndRestoredExchangesAreSavedOrNotAsTheyShouldBe() throws Exception {
        Path saved = dir.resolve("history");
        try (HistoryStore store = new HistoryStore(saved, TranscriptFiles.historyCodec(STATUSES), said::add)) {
            HistoryViewModel history = new HistoryViewModel(store);
            history.restore(List.of(at(201, "Created", 5), at(200, "OK", 9)));
            assertEquals(
                    List.of(200, 201),
                    history.exchanges().stream().map(Exchange::code).toList());
            history.addImported(List.of(at(404, "Not Found", 1)));
            store.save(at(999, "Sentinel", 0)).get(); // writes are in order: this one comes after the import
        }
        try (var files = Files.list(saved)) {
            assertEquals(2, files.count(), "restored exchanges are not written again; imported ones are");
        }
    }
}
