package dev.statuslab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Header;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code mocks.json}: the round trip, the atomic write, and what happens to a file that is not valid. */
class MockStoreTest {

    private static final List<MockRoute> MOCKS = List.of(
            new MockRoute(
                    "GET",
                    "/api/users",
                    503,
                    "",
                    List.of(
                            new Header("Retry-After", "30"),
                            new Header("Set-Cookie", "a=1"),
                            new Header("Set-Cookie", "b=2")),
                    "{\"error\": \"down\"}\n",
                    1500),
            new MockRoute("*", "/teapot", 418, "Short And Stout", List.of(), "ünïcødé ☕", 0),
            new MockRoute("DELETE", "/items/7", 204, "", List.of(), "", 0));

    @TempDir
    Path dir;

    @Test
    void whatIsSavedLoadsBackTheSameInOrder() throws Exception {
        MockStore store = MockStore.inDataDirectory(dir.resolve("new-folder"));
        store.save(MOCKS);

        MockStore.Loaded loaded = new MockStore(store.file()).load();

        assertTrue(loaded.ok(), loaded.problem());
        assertEquals(MOCKS, loaded.mocks());
        assertEquals(dir.resolve("new-folder").resolve("mocks.json"), store.file());
    }

    @Test
    void theFileIsVersionedIndentedJsonAPersonCanEdit() throws Exception {
        MockStore store = MockStore.inDataDirectory(dir);
        store.save(MOCKS.subList(0, 1));

        String text = Files.readString(store.file());
        assertTrue(text.startsWith("{\n  \"version\": 1,\n  \"mocks\": [\n    {\n      \"method\": \"GET\",\n"), text);
        assertTrue(text.contains("\"headers\": [\n        {\n          \"name\": \"Retry-After\",\n"), text);
        assertTrue(text.contains("\"delayMs\": 1500"), text);
        assertTrue(text.endsWith("}\n"), text);
    }

    @Test
    void aHandWrittenFileNeedsOnlyMethodPathAndStatus() throws Exception {
        Path file = Files.writeString(
                dir.resolve("mocks.json"),
                """
                {"version": 1, "mocks": [{"method": "POST", "path": "/hooks", "status": 202}]}""");

        assertEquals(List.of(new MockRoute("POST", "/hooks", 202, "", List.of(), "", 0)), MockStore.read(file));
    }

    @Test
    void noFileMeansNoMocksAndNoProblem() {
        MockStore.Loaded loaded = MockStore.inDataDirectory(dir).load();
        assertEquals(List.of(), loaded.mocks());
        assertNull(loaded.problem());
    }

    @Test
    void savingReplacesTheFileWholeAndLeavesNoTemporaryFile() throws Exception {
        MockStore store = MockStore.inDataDirectory(dir);
        store.save(MOCKS);
        store.save(MOCKS.subList(2, 3));

        assertEquals(MOCKS.subList(2, 3), MockStore.read(store.file()));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    List.of("mocks.json"),
                    files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aFailedSaveLeavesWhatWasThereAndNoTemporaryFile() throws Exception {
        Path target = Files.createDirectories(dir.resolve("mocks.json"));
        Files.writeString(target.resolve("keep.txt"), "not ours");

        assertThrows(IOException.class, () -> MockStore.inDataDirectory(dir).save(MOCKS));

        assertEquals("not ours", Files.readString(target.resolve("keep.txt")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    List.of("mocks.json"),
                    files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aFolderThatCannotBeMadeIsReportedAsAFailedSave() throws Exception {
        Path blocked = Files.writeString(dir.resolve("data"), "a file where the folder should be");
        MockStore store = MockStore.inDataDirectory(blocked);

        IOException e = assertThrows(IOException.class, () -> store.save(MOCKS));
        assertTrue(e.getMessage().contains("data"), e.getMessage());
        assertEquals("a file where the folder should be", Files.readString(blocked));
    }

    @Test
    void anInvalidFileIsSetAsideUnchangedAndReportedWithWhereAndWhy() throws Exception {
        String broken =
                """
                {"version": 1, "mocks": [
                  {"method": "GET", "path": "/ok", "status": 200},
                  {"method": "GET", "path": "/bad", "status": 700}
                ]}""";
        MockStore store = MockStore.inDataDirectory(dir);
        Files.writeString(store.file(), broken);

        MockStore.Loaded loaded = store.load();

        assertEquals(List.of(), loaded.mocks(), "no mocks rather than some");
        assertTrue(
                loaded.problem().contains("mocks[1].status: the status must be between 200 and 599"), loaded.problem());
        assertFalse(Files.exists(store.file()));
        Path aside;
        try (Stream<Path> files = Files.list(dir.resolve("set-aside"))) {
            aside = files.findFirst().orElseThrow();
        }
        assertTrue(loaded.problem().contains(aside.toString()), loaded.problem());
        assertEquals(broken, Files.readString(aside), "the user's file is kept as it was");

        store.save(MOCKS);
        assertEquals(MOCKS, MockStore.read(store.file()), "the next save writes a new file");
    }

    @Test
    void aSecondBadFileIsSetAsideBesideTheFirst() throws Exception {
        MockStore store = MockStore.inDataDirectory(dir);
        Files.writeString(store.file(), "{");
        store.load();
        Files.writeString(store.file(), "[]");
        store.load();
        try (Stream<Path> files = Files.list(dir.resolve("set-aside"))) {
            assertEquals(2, files.count());
        }
    }

    @Test
    void aBadFileThatCannotBeSetAsideIsLeftAloneAndNotOverwritten() throws Exception {
        Files.writeString(dir.resolve("set-aside"), "a file where the folder should be");
        MockStore store = MockStore.inDataDirectory(dir);
        Files.writeString(store.file(), "not json");

        MockStore.Loaded loaded = store.load();

        assertTrue(loaded.problem().contains("could not be moved aside"), loaded.problem());
        IOException refused = assertThrows(IOException.class, () -> store.save(MOCKS));
        assertTrue(refused.getMessage().contains("left as it is"), refused.getMessage());
        assertEquals("not json", Files.readString(store.file()));

        Files.delete(store.file()); // the user moves it away
        store.save(MOCKS);
        assertEquals(MOCKS, MockStore.read(store.file()));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            textBlock =
                    """
            {"version": 1, "mocks": [}                                          | line 1, column 26
            ``                                                                  | the file is empty
            []                                                                  | expected an object with "version" and "mocks"
            {"mocks": []}                                                       | "version" is missing
            {"version": 2, "mocks": []}                                         | version: version 2 was written by a newer StatusLab
            {"version": "1", "mocks": []}                                       | version: expected a whole number
            {"version": 1, "mocks": {}}                                         | mocks: expected a list of mocks
            {"version": 1, "mocks": [], "extra": 1}                             | unknown property "extra"
            {"version": 1, "version": 1, "mocks": []}                           | Duplicate field 'version'
            {"version": 1, "mocks": [{"path": "/x", "status": 200}]}            | mocks[0]: "method" is missing
            {"version": 1, "mocks": [{"method": "G T", "path": "/x", "status": 200}]} | mocks[0].method: the method must be a token
            {"version": 1, "mocks": [{"method": "GET", "path": "x", "status": 200}]}  | mocks[0].path: the path must start with /
            {"version": 1, "mocks": [{"method": "GET", "path": "/x", "status": 2.5}]} | mocks[0].status: expected a whole number
            {"version": 1, "mocks": [{"method": "GET", "path": "/x", "status": 200, "dealyMs": 5}]} | mocks[0]: unknown property "dealyMs"
            {"version": 1, "mocks": [{"method": "GET", "path": "/x", "status": 200, "delayMs": -1}]} | mocks[0].delayMs: the delay must be between 0 and 30000 ms
            {"version": 1, "mocks": [{"method": "GET", "path": "/x", "status": 200, "headers": {"A": "b"}}]} | mocks[0].headers: expected a list
            {"version": 1, "mocks": [{"method": "GET", "path": "/x", "status": 200, "headers": [{"name": "A"}]}]} | mocks[0].headers[0]: "value" is missing
            {"version": 1, "mocks": [{"method": "GET", "path": "/x", "status": 200, "headers": [{"name": "A", "value": "1\\r\\n2"}]}]} | mocks[0].headers[0]: A: a line break
            {"version": 1, "mocks": [{"method": "GET", "path": "/x", "status": 200, "body": 5}]} | mocks[0].body: expected a string
            """)
    void anInvalidFileIsRefusedWithThePlaceAndTheReason(String json, String expected) throws Exception {
        Path file = Files.writeString(dir.resolve("mocks.json"), json);
        MockFileException e = assertThrows(MockFileException.class, () -> MockStore.read(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void readingAMissingFileOrAFolderIsAnError() throws Exception {
        assertThrows(NoSuchFileException.class, () -> MockStore.read(dir.resolve("missing.json")));
        MockFileException e = assertThrows(MockFileException.class, () -> MockStore.read(dir));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
    }
}
