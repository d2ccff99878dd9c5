package dev.statuslab.core.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.scenario.BodyKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectionStoreTest {

    @TempDir
    Path data;

    private static RequestCollection tutorial() {
        RequestDraft json = RequestDraft.get("{{simulator}}/api/messages/")
                .withMethod("POST")
                .withBody(BodyKind.JSON, "{\n  \"name\": \"Ada\"\n}")
                .withHeaders(List.of(RequestDraft.Row.of("Accept", "*/*"), new RequestDraft.Row("X-Off", "1", false)))
                .withAuth(new Auth.Bearer("{{token}}"));
        Folder errors = Folder.named(
                "Errors",
                List.of(),
                List.of(
                        SavedRequest.named("Not found", RequestDraft.get("{{simulator}}/messages/999/")),
                        SavedRequest.named(
                                "Forbidden",
                                RequestDraft.get("{{simulator}}/forbidden/").withCookies(false))));
        return RequestCollection.named(
                "Tutorial",
                List.of(Variable.secret("token", "t")),
                List.of(errors),
                List.of(
                        SavedRequest.named("Create a message", json),
                        SavedRequest.named(
                                "A \"quoted\" / odd name",
                                RequestDraft.get("http://example.com/").withBody(BodyKind.TEXT, "line\r\nwith CR"))));
    }

    @Test
    void aCollectionRoundTripsThroughOneFilePerRequest() throws Exception {
        CollectionStore store = CollectionStore.inDataDirectory(data);
        RequestCollection stored = store.add(tutorial());
        CollectionStore.Loaded loaded = store.load();
        assertEquals(List.of(), loaded.problems());
        assertEquals(List.of(stored), loaded.collections());
        Path dir = data.resolve("collections/Tutorial");
        assertTrue(Files.exists(dir.resolve("collection.json")));
        assertTrue(Files.exists(dir.resolve("Create-a-message.json")));
        assertTrue(Files.exists(dir.resolve("Errors/folder.json")));
        assertTrue(Files.exists(dir.resolve("Errors/Not-found.json")));
        String request = Files.readString(dir.resolve("Create-a-message.json"));
        assertTrue(
                request.contains("\"lines\" : [ \"{\", \"  \\\"name\\\": \\\"Ada\\\"\", \"}\" ]")
                        || request.contains("\"{\",\n"),
                request);
        assertEquals(
                List.of("Not found", "Forbidden"),
                loaded.collections().get(0).root().folders().get(0).requests().stream()
                        .map(SavedRequest::name)
                        .toList(),
                "the saved order is kept, not the alphabetical one");
    }

    @Test
    void aSecondImportOfTheSameNameGetsItsOwnFolder() throws Exception {
        CollectionStore store = CollectionStore.inDataDirectory(data);
        store.add(tutorial());
        RequestCollection second = store.add(tutorial());
        assertEquals("Tutorial-2", second.id());
        assertEquals(2, store.load().collections().size());
    }

    @Test
    void aFailedImportLeavesNothingBehind() throws Exception {
        CollectionStore store = CollectionStore.inDataDirectory(data);
        RequestCollection broken = RequestCollection.named(
                "Broken",
                List.of(),
                List.of(),
                List.of(
                        SavedRequest.named("fine", RequestDraft.get("http://x/")),
                        new SavedRequest("bad\u0000name", "bad", RequestDraft.get("http://x/"))));
        assertThrows(RuntimeException.class, () -> store.add(broken));
        try (Stream<Path> left = Files.list(data.resolve("collections"))) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void anUnreadableRequestIsSetAsideAndTheRestOfTheCollectionLoads() throws Exception {
        CollectionStore store = CollectionStore.inDataDirectory(data);
        store.add(tutorial());
        Path errors = data.resolve("collections/Tutorial/Errors");
        Files.writeString(errors.resolve("Not-found.json"), "{\"statuslab\": \"request\", \"version\": 1,");
        Files.writeString(data.resolve("collections/Tutorial/collection.json"), "{\"statuslab\": \"folder\"}");
        CollectionStore.Loaded loaded = store.load();
        assertEquals(2, loaded.problems().size(), loaded.problems()::toString);
        assertTrue(loaded.problems().stream().anyMatch(p -> p.contains("Not-found.json could not be read")));
        assertTrue(loaded.problems().stream().anyMatch(p -> p.contains("collection.json could not be read")));
        RequestCollection c = loaded.collections().get(0);
        assertEquals("Tutorial", c.name(), "the folder name stands in for the name");
        assertEquals(
                List.of("Forbidden"),
                c.root().folders().get(0).requests().stream()
                        .map(SavedRequest::name)
                        .toList());
        assertEquals(2, c.root().requests().size());
        assertTrue(Files.exists(errors.resolve("set-aside/Not-found.json")));
    }

    @Test
    void savingOneRequestAddsItsFileAtItsPlace() throws Exception {
        CollectionStore store = CollectionStore.inDataDirectory(data);
        RequestCollection c = store.add(tutorial());
        store.saveRequest(
                c.id(),
                List.of("Errors"),
                SavedRequest.named("Server error", RequestDraft.get("{{simulator}}/boom/")),
                3);
        RequestCollection again = store.load().collections().get(0);
        assertEquals(
                List.of("Not found", "Forbidden", "Server error"),
                again.root().folders().get(0).requests().stream()
                        .map(SavedRequest::name)
                        .toList());
    }
}
