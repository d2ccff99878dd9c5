package dev.statuslab.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodyTest {

    @TempDir
    Path dir;

    @Test
    void bodiesInMemoryAreEqualByTheirBytes() {
        assertEquals(Body.of("abc"), Body.of("abc".getBytes()));
        assertNotEquals(Body.of("abc"), Body.of("abd"));
    }

    @Test
    void aBodyOnDiskEqualsOnlyABodyOfTheSameFileAndNeverReadsToCompare() throws Exception {
        Path one = Files.writeString(dir.resolve("one.bin"), "same");
        Path two = Files.writeString(dir.resolve("two.bin"), "same");
        Body a = Body.ofFile(one, 4);
        Files.delete(one); // were equals to read the file, this would now throw

        assertEquals(a, Body.ofFile(one, 4));
        assertNotEquals(a, Body.ofFile(two, 4));
        assertEquals(a.hashCode(), Body.ofFile(one, 4).hashCode());
    }
}
