package dev.statuslab.core.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.HttpRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's own rules, with a one-line codec; the HAR codec is tested through it in HistoryHarTest. */
class HistoryStoreTest {

    /** id, start and URL on one line; a line that does not split in three is unreadable. */
    static final HistoryStore.Codec LINE = new HistoryStore.Codec() {
        @Override
        public String extension() {
            return "har";
        }

        @Override
        public void write(Exchange e, OutputStream out) throws IOException {
            out.write((e.id() + " " + e.startedAt() + " " + e.request().url()).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public Exchange read(InputStream in, Path spool) throws IOException {
            String[] parts = new String(in.readAllBytes(), StandardCharsets.UTF_8).split(" ");
            if (parts.length != 3) {
                throw new IOException("not an exchange");
            }
            return exchange(parts[0], Instant.parse(parts[1]), parts[2]);
        }
    };

    @TempDir
    Path dir;

    private final List<String> problems = new CopyOnWriteArrayList<>();

    static Exchange exchange(String id, Instant at, String url) {
        return new Exchange(id, at, HttpRequest.get(url), null, "refused", "", "", new Timings(-1, -1, 1, -1, 1, 1, 1));
    }

    private HistoryStore store(Path directory) {
        return new HistoryStore(directory, LINE, problems::add);
    }

    @Test
    void savedExchangesComeBackOldestFirstInTheNextSession() throws Exception {
        Path history = dir.resolve("history");
        try (HistoryStore first = store(history)) {
            first.save(exchange("b", Instant.parse("2026-11-23T10:00:02Z"), "http://x/2"));
            first.save(exchange("a", Instant.parse("2026-11-23T10:00:01Z"), "http://x/1"))
                    .get();
        }
        try (HistoryStore next = store(history)) {
            HistoryStore.Restored restored = next.restore();
            assertEquals(
                    List.of("a", "b"),
                    restored.exchanges().stream().map(Exchange::id).toList());
            assertEquals(List.of(), restored.problems());
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void eachExchangeIsOneFileAndNoTemporaryFileIsLeft() throws Exception {
        try (HistoryStore store = store(dir)) {
            store.save(exchange("ex-1/2", Instant.ofEpochMilli(1234), "http://x/"))
                    .get();
        }
        assertEquals(List.of("0000000001234-ex-1_2.har"), names(dir));
    }

    @Test
    void anUnreadableFileIsSetAsideAndTheRestIsRestored() throws Exception {
        try (HistoryStore store = store(dir)) {
            store.save(exchange("good", Instant.ofEpochMilli(2000), "http://x/"))
                    .get();
        }
        Files.writeString(dir.resolve("0000000001000-broken.har"), "{ half a file");
        try (HistoryStore store = store(dir)) {
            HistoryStore.Restored restored = store.restore();
            assertEquals(
                    List.of("good"),
                    restored.exchanges().stream().map(Exchange::id).toList());
            assertEquals(1, restored.problems().size());
            String problem = restored.problems().get(0);
            assertTrue(
                    problem.contains("0000000001000-broken.har")
                            && problem.contains("not an exchange")
                            && problem.contains(HistoryStore.SET_ASIDE),
                    problem);
        }
        assertTrue(Files.exists(dir.resolve(HistoryStore.SET_ASIDE).resolve("0000000001000-broken.har")));
        assertFalse(Files.exists(dir.resolve("0000000001000-broken.har")));
    }

    @Test
    void aDirectoryThatCannotBeWrittenIsReportedOnceAndSavingResumesWhenItCan() throws Exception {
        Path blocked = dir.resolve("history");
        Files.writeString(blocked, "a file where the folder should be");
        try (HistoryStore store = store(blocked)) {
            store.save(exchange("1", Instant.ofEpochMilli(1), "http://x/"));
            store.save(exchange("2", Instant.ofEpochMilli(2), "http://x/")).get();
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(
                    problems.get(0).contains("cannot be saved")
                            && problems.get(0).contains("kept in memory"),
                    problems.get(0));

            Files.delete(blocked);
            store.save(exchange("3", Instant.ofEpochMilli(3), "http://x/")).get();
            assertEquals(2, problems.size());
            assertTrue(problems.get(1).contains("saved again"), problems.get(1));
        }
        assertEquals(List.of("0000000000003-3.har"), names(blocked));
    }

    @Test
    void aMissingDirectoryIsAnEmptyHistory() {
        try (HistoryStore store = store(dir.resolve("never-made"))) {
            HistoryStore.Restored restored = store.restore();
            assertTrue(restored.exchanges().isEmpty());
            assertTrue(restored.problems().isEmpty());
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void clearDeletesTheSavedExchangesButNotWhatWasSetAside() throws Exception {
        Files.createDirectories(dir.resolve(HistoryStore.SET_ASIDE));
        Files.writeString(dir.resolve(HistoryStore.SET_ASIDE).resolve("old.har"), "x");
        try (HistoryStore store = store(dir)) {
            store.save(exchange("1", Instant.ofEpochMilli(1), "http://x/"));
            store.clear().get();
            assertTrue(store.restore().exchanges().isEmpty());
        }
        assertEquals(List.of(HistoryStore.SET_ASIDE), names(dir));
    }

    @Test
    void staleTemporaryFilesOfACrashAreRemovedWhileFreshOnesOfAnotherInstanceStay() throws Exception {
        Path stale = Files.writeString(dir.resolve(".0000000001000-ex-1.har.1f.part"), "half");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(3600)));
        Path fresh = Files.writeString(dir.resolve(".0000000001000-ex-2.har.2f.part"), "being written");
        try (HistoryStore store = store(dir)) {
            assertTrue(store.restore().exchanges().isEmpty());
        }
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(fresh));
    }

    @Test
    void twoInstancesOnOneDirectoryKeepEachOthersExchanges() throws Exception {
        try (HistoryStore one = store(dir);
                HistoryStore two = store(dir)) {
            List<CompletableFuture<Void>> saves = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                saves.add(one.save(exchange("one-" + i, Instant.ofEpochMilli(1000 + i), "http://x/")));
                saves.add(two.save(exchange("two-" + i, Instant.ofEpochMilli(1000 + i), "http://x/")));
            }
            saves.forEach(CompletableFuture::join);
        }
        try (HistoryStore again = store(dir)) {
            assertEquals(100, again.restore().exchanges().size());
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theDataDirectoryFollowsEachPlatformsConvention() {
        Path home = Path.of("/home/ada");
        assertEquals(
                Path.of("/data/sl"),
                HistoryStore.dataDirectory(Map.of("STATUSLAB_DATA_DIR", "/data/sl"), "Linux", home));
        assertEquals(
                Path.of("/xdg/statuslab"), HistoryStore.dataDirectory(Map.of("XDG_DATA_HOME", "/xdg"), "Linux", home));
        assertEquals(home.resolve(".local/share/statuslab"), HistoryStore.dataDirectory(Map.of(), "Linux", home));
        assertEquals(
                home.resolve("Library/Application Support/StatusLab"),
                HistoryStore.dataDirectory(Map.of(), "Mac OS X", home));
        assertEquals(
                Path.of("C:/Users/ada/AppData/Local", "StatusLab"),
                HistoryStore.dataDirectory(Map.of("LOCALAPPDATA", "C:/Users/ada/AppData/Local"), "Windows 11", home));
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
