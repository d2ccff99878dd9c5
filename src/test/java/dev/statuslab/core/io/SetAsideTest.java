package dev.statuslab.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetAsideTest {

    @TempDir
    Path dir;

    @Test
    void aFileSetAsideTwiceUnderTheSameNameKeepsBothCopies() throws Exception {
        Path aside = dir.resolve(SetAside.FOLDER);
        Files.writeString(dir.resolve("tabs.json"), "first");
        Path one = SetAside.move(dir.resolve("tabs.json"), aside, null);
        Files.writeString(dir.resolve("tabs.json"), "second");
        Path two = SetAside.move(dir.resolve("tabs.json"), aside, null);

        assertEquals(aside.resolve("tabs.json"), one);
        assertEquals(aside.resolve("tabs-2.json"), two);
        assertEquals("first", Files.readString(one));
        assertEquals("second", Files.readString(two));
        assertFalse(Files.exists(dir.resolve("tabs.json")));
    }

    @Test
    void aStampGoesBeforeTheExtension() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-12-04T22:15:03Z"), ZoneOffset.UTC);
        Files.writeString(dir.resolve("mocks.json"), "{");
        Path moved = SetAside.move(dir.resolve("mocks.json"), dir.resolve(SetAside.FOLDER), SetAside.stamp(clock));
        assertEquals("mocks-20261204-221503.json", moved.getFileName().toString());
    }

    @Test
    void aNameWithoutExtensionIsKeptWhole() throws Exception {
        Files.writeString(dir.resolve("README"), "x");
        Files.createDirectories(dir.resolve(SetAside.FOLDER));
        Files.writeString(dir.resolve(SetAside.FOLDER).resolve("README"), "older");
        Path moved = SetAside.move(dir.resolve("README"), dir.resolve(SetAside.FOLDER), null);
        assertEquals("README-2", moved.getFileName().toString());
        assertEquals("older", Files.readString(dir.resolve(SetAside.FOLDER).resolve("README")));
    }
}
