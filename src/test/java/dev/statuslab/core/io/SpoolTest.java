package dev.statuslab.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Body;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bodies over the cap go to files of the spool's folder, and the folder goes with them. */
class SpoolTest {

    @TempDir
    Path temp;

    @Test
    void aBodyOverTheCapIsAFileAndAnUnderCapOneStaysInMemory() throws Exception {
        Spool spool = new Spool(4, temp.resolve("spool"), "body-");

        Body small = spool.read(new ByteArrayInputStream(new byte[] {1, 2, 3}));
        Body large = spool.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6}));

        assertTrue(small.file().isEmpty());
        assertTrue(large.file().isPresent());
        assertArrayEquals(
                new byte[] {1, 2, 3, 4, 5, 6}, Files.readAllBytes(large.file().get()));
    }

    @Test
    void removeFolderDeletesTheFolderWithItsFilesAndToleratesNone() throws Exception {
        Path folder = temp.resolve("imports");
        Spool spool = new Spool(1, folder, "har-body-");
        spool.body(new byte[] {1, 2, 3});
        spool.body(new byte[] {4, 5, 6});
        assertTrue(Files.isDirectory(folder));

        Spool.removeFolder(folder);

        assertFalse(Files.exists(folder));
        Spool.removeFolder(folder); // already gone: nothing to do
        Spool.removeFolder(null);
    }
}
