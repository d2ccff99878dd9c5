package dev.statuslab.core.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The progress file: saved whole and restored; a bad one set aside with a message, practice starting fresh. */
class ProgressStoreTest {

    @TempDir
    Path data;

    private final TestClock clock = new TestClock(Instant.parse("2026-12-04T10:00:00Z"));

    private Progress someProgress() {
        Leitner leitner = new Leitner(clock);
        Progress p = leitner.answer(Progress.empty(), "meaning:404", true);
        p = leitner.answer(p, "header:405", false);
        return leitner.finishSession(p, List.of("header:405"));
    }

    @Test
    void savedProgressIsRestoredByAnotherStoreOverTheSameFolder() throws Exception {
        Progress saved = someProgress();
        ProgressStore.inDataDirectory(data, clock).save(saved);
        ProgressStore.Loaded loaded = ProgressStore.inDataDirectory(data, clock).load();
        assertNull(loaded.problem());
        assertEquals(saved, loaded.progress());
        try (Stream<Path> files = Files.list(data)) {
            assertEquals(
                    List.of(ProgressStore.FILE_NAME),
                    files.map(f -> f.getFileName().toString()).toList(),
                    "no temporary file is left");
        }
    }

    @Test
    void noFileMeansFreshPracticeWithoutAProblem() {
        ProgressStore.Loaded loaded = ProgressStore.inDataDirectory(data, clock).load();
        assertEquals(Progress.empty(), loaded.progress());
        assertNull(loaded.problem());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            {"version": 1, "streakDays": 1}                                 | missing required property 'lastDay'
            not json at all                                                 | line 1, column
            {"version": 2, "streakDays": 0, "lastDay": null, "sessions": 0, "lastMistakes": [], "cards": []} | version: this StatusLab reads version 1
            {"version": 1, "streakDays": 0, "lastDay": null, "sessions": 0, "lastMistakes": [], "cards": [{"id": "x", "box": 9, "due": "2026-12-04T10:00:00Z", "right": 0, "wrong": 0, "lastRight": true, "lastAnswered": "2026-12-04T10:00:00Z"}]} | box must be within 1-5
            {"version": 1, "streakDays": 0, "lastDay": "yesterday", "sessions": 0, "lastMistakes": [], "cards": []} | yesterday
            {"version": 1, "streakDays": 0, "lastDay": null, "sessions": 0, "lastMistakes": [], "cards": [], "extra": 1} | unknown property 'extra'
            """)
    void anUnreadableFileIsSetAsideWithAMessageAndPracticeStartsFresh(String content, String reason) throws Exception {
        Path file = data.resolve(ProgressStore.FILE_NAME);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        ProgressStore store = ProgressStore.inDataDirectory(data, clock);
        ProgressStore.Loaded loaded = store.load();
        assertEquals(Progress.empty(), loaded.progress());
        assertTrue(loaded.problem().contains(file.toString()), loaded.problem());
        assertTrue(loaded.problem().contains(reason), loaded.problem());
        assertTrue(loaded.problem().contains("practice starts fresh"), loaded.problem());
        assertFalse(Files.exists(file));
        Path aside = data.resolve("set-aside").resolve("learn-progress-20261204-100000.json");
        assertEquals(content, Files.readString(aside), "the user's file is kept, not deleted");
        store.save(someProgress());
        assertEquals(someProgress(), store.load().progress());
    }

    @Test
    void aFolderThatCannotBeWrittenIsReportedWithThePlace() throws Exception {
        Path blocked = data.resolve("a-file");
        Files.writeString(blocked, "in the way");
        ProgressStore store = ProgressStore.inDataDirectory(blocked, clock);
        Exception e = Assertions.assertThrows(IOException.class, () -> store.save(someProgress()));
        assertTrue(e.getMessage().contains(blocked.toString()), e.getMessage());
    }
}
