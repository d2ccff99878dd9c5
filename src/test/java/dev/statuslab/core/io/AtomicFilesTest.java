package dev.statuslab.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("mocks.json"), "old");
        IOException e = assertThrows(
                IOException.class,
                () -> AtomicFiles.write(target, out -> {
                    out.write("half".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aFinishedWriteReplacesTheFile() throws IOException {
        Path target = Files.writeString(dir.resolve("a.har"), "old");
        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(target));
    }

    @Test
    void ownerOnlyFilesAreReadableByTheirOwnerAlone() throws IOException {
        Path key = dir.resolve("simulator-key.pem");
        AtomicFiles.writeOwnerOnly(key, out -> out.write(1));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
    }

    @Test
    void aFolderAndAMissingFolderAreRefusedWithTheReason() {
        assertEquals(
                "it is a folder",
                assertThrows(IOException.class, () -> AtomicFiles.write(dir, new byte[0]))
                        .getMessage());
        Path nowhere = dir.resolve("missing/x.json");
        assertTrue(assertThrows(IOException.class, () -> AtomicFiles.write(nowhere, new byte[0]))
                .getMessage()
                .startsWith("the folder "));
    }

    @Test
    void leftoversOfACrashAreRecognisedByName() {
        assertTrue(AtomicFiles.isLeftover(Path.of(".a.har.1f2e.part")));
        assertFalse(AtomicFiles.isLeftover(Path.of("a.har")));
    }

    @Test
    void ioFailuresReadAsShortReasons() {
        assertEquals("permission denied: /x", IoMessages.reason(new AccessDeniedException("/x")));
        assertEquals(
                "no such file or folder: /y",
                IoMessages.reason(new CompletionException(new NoSuchFileException("/y"))));
        assertEquals("IOException", IoMessages.reason(new IOException()));
    }
}
