package dev.statuslab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mock sets on disk: today's mocks.json is the default set, the others sit in mock-sets/. */
class MockSetsTest {

    private static final MockRoute A = new MockRoute("GET", "/a", 200, "", List.of(), "a", 0);
    private static final MockRoute B = new MockRoute("GET", "/b", 503, "", List.of(), "b", 0);

    @TempDir
    Path data;

    @Test
    void todaysMocksFileLoadsAsTheDefaultSetAndTheOthersFollowByName() throws Exception {
        MockStore.inDataDirectory(data).save(List.of(A));
        MockSets sets = MockSets.inDataDirectory(data);
        sets.save("zeta", List.of(B));
        sets.save("Alpha", List.of());

        MockSets.Loaded loaded = MockSets.inDataDirectory(data).load();

        assertEquals(
                List.of("Default", "Alpha", "zeta"),
                loaded.sets().stream().map(MockSets.MockSet::name).toList());
        assertEquals(List.of(A), loaded.sets().get(0).mocks());
        assertEquals(List.of(B), loaded.sets().get(2).mocks());
        assertEquals("Default", loaded.current());
        assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());
    }

    @Test
    void anUnreadableSetIsSetAsideWithItsPlaceAndTheOthersLoad() throws Exception {
        MockSets sets = MockSets.inDataDirectory(data);
        sets.save("good", List.of(A));
        Files.writeString(sets.fileOf("broken"), "{\"version\": 1, \"mocks\": [{\"method\": \"GET\"}]}");

        MockSets.Loaded loaded = MockSets.inDataDirectory(data).load();

        assertEquals(
                List.of("Default", "broken", "good"),
                loaded.sets().stream().map(MockSets.MockSet::name).toList());
        assertEquals(List.of(A), loaded.sets().get(2).mocks());
        assertEquals(List.of(), loaded.sets().get(1).mocks());
        assertEquals(1, loaded.problems().size());
        String problem = loaded.problems().get(0);
        assertTrue(
                problem.startsWith("Mock set broken: ")
                        && problem.contains("mocks[0]: \"path\" is missing")
                        && problem.contains("set-aside"),
                problem);
        assertFalse(Files.exists(sets.fileOf("broken")));
        try (Stream<Path> aside = Files.list(data.resolve(MockSets.FOLDER).resolve("set-aside"))) {
            assertEquals(1, aside.count(), "the user's file is kept");
        }
    }

    @Test
    void whichSetIsShownAndWhichDoNotAnswerIsRemembered() throws Exception {
        MockSets sets = MockSets.inDataDirectory(data);
        sets.save("staging", List.of(A));
        sets.save("offline", List.of(B));
        sets.saveChoice("staging", List.of("offline"));

        MockSets.Loaded loaded = MockSets.inDataDirectory(data).load();

        assertEquals("staging", loaded.current());
        assertEquals(
                List.of(true, false, true),
                loaded.sets().stream().map(MockSets.MockSet::active).toList());
    }

    @Test
    void aSetIsRenamedAndDeletedWithItsFileButTheDefaultSetStays() throws Exception {
        MockSets sets = MockSets.inDataDirectory(data);
        sets.save("old", List.of(A));
        sets.rename("old", "new");
        assertFalse(Files.exists(sets.fileOf("old")));
        assertEquals(List.of(A), MockStore.read(sets.fileOf("new")));

        sets.delete("new");
        assertFalse(Files.exists(sets.fileOf("new")));
        assertThrows(IOException.class, () -> sets.delete(MockSets.DEFAULT));
        assertThrows(IOException.class, () -> sets.rename(MockSets.DEFAULT, "other"));
    }

    @Test
    void aNameAFileCannotHoldRoundTripsThroughItsFileName() throws Exception {
        MockSets sets = MockSets.inDataDirectory(data);
        String name = "recorded 127.0.0.1:8080/é";
        sets.save(name, List.of(A));

        assertEquals(name, MockSets.inDataDirectory(data).load().sets().get(1).name());
        assertFalse(sets.fileOf(name).getFileName().toString().contains(":"));
    }

    @Test
    void aNameMustBeNewNonBlankAndShort() {
        assertNull(MockSets.nameProblem("Staging", List.of("Default")));
        assertNotNull(MockSets.nameProblem("default", List.of("Default")));
        assertNotNull(MockSets.nameProblem(" ", List.of()));
        assertNotNull(MockSets.nameProblem("x".repeat(61), List.of()));
    }
}
