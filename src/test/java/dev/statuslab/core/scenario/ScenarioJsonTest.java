package dev.statuslab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.status.StatusCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScenarioJsonTest {

    private static final String REQUEST =
            """
            {"label": "GET it", "method": "GET", "path": "/simple/", "expectedStatuses": [200]}""";

    private static ScenarioCatalog read(String json) throws IOException {
        return ScenarioCatalog.fromJson(stream(json), StatusCatalog.load());
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String scenario(String id, String extra) {
        return """
                {"id": "%s", "group": "TUTORIAL", "title": "T", "summary": "S", "djangoSnippet": "pass",
                 "requests": [%s]%s}"""
                .formatted(id, REQUEST, extra);
    }

    @Test
    void readsAMinimalDocumentAndAddsTheStatusScenarios() throws IOException {
        ScenarioCatalog c = read("{\"scenarios\": [" + scenario("one", "") + "]}");
        assertEquals("one", c.all().get(0).id());
        assertEquals(1 + StatusCatalog.load().all().size(), c.all().size());
        ReadyRequest r = c.find("one").orElseThrow().requests().get(0);
        assertEquals(BodyKind.NONE, r.bodyKind());
        assertEquals("", r.body());
        assertTrue(r.headers().isEmpty());
    }

    @Test
    void unknownPropertyFailsWithAMessage() {
        IOException e = assertThrows(
                IOException.class, () -> read("{\"scenarios\": [" + scenario("one", ", \"colour\": \"red\"") + "]}"));
        assertTrue(e.getMessage().contains("colour"), e.getMessage());
    }

    @Test
    void unknownRequestPropertyFails() {
        String json = "{\"scenarios\": [" + scenario("one", "").replace("\"path\"", "\"expected\": 1, \"path\"") + "]}";
        IOException e = assertThrows(IOException.class, () -> read(json));
        assertTrue(e.getMessage().contains("expected"), e.getMessage());
    }

    @Test
    void missingPropertyFails() {
        String json = "{\"scenarios\": [" + scenario("one", "").replace("\"title\": \"T\", ", "") + "]}";
        IOException e = assertThrows(IOException.class, () -> read(json));
        assertTrue(e.getMessage().contains("title"), e.getMessage());
    }

    @Test
    void duplicateIdsFail() {
        IOException e = assertThrows(
                IOException.class,
                () -> read("{\"scenarios\": [" + scenario("one", "") + ", " + scenario("one", "") + "]}"));
        assertTrue(e.getMessage().contains("one"), e.getMessage());
    }

    @Test
    void anIdTakenByAGeneratedScenarioFails() {
        IOException e =
                assertThrows(IOException.class, () -> read("{\"scenarios\": [" + scenario("status-404", "") + "]}"));
        assertTrue(e.getMessage().contains("status-404"), e.getMessage());
    }

    @Test
    void invalidValuesNameTheScenario() {
        String noStatus = "{\"scenarios\": [" + scenario("one", "").replace("[200]", "[]") + "]}";
        IOException e = assertThrows(IOException.class, () -> read(noStatus));
        assertTrue(e.getMessage().contains("scenario one"), e.getMessage());
        String blank = "{\"scenarios\": [" + scenario("two", "").replace("\"S\"", "\" \"") + "]}";
        e = assertThrows(IOException.class, () -> read(blank));
        assertTrue(e.getMessage().contains("summary"), e.getMessage());
    }

    @Test
    void unknownGroupOrBodyKindFails() {
        assertThrows(
                IOException.class,
                () -> read("{\"scenarios\": [" + scenario("one", "").replace("TUTORIAL", "ELSEWHERE") + "]}"));
        assertThrows(
                IOException.class,
                () -> read("{\"scenarios\": ["
                        + scenario("one", "").replace("\"path\"", "\"bodyKind\": \"XML\", \"path\"") + "]}"));
    }

    @Test
    void aBodyWithoutAKindFails() {
        String json = "{\"scenarios\": [" + scenario("one", "").replace("\"path\"", "\"body\": \"x\", \"path\"") + "]}";
        IOException e = assertThrows(IOException.class, () -> read(json));
        assertTrue(e.getMessage().contains("bodyKind"), e.getMessage());
    }

    @Test
    void mocksCannotComeFromData() {
        assertThrows(
                IOException.class,
                () -> read("{\"scenarios\": [" + scenario("one", "").replace("TUTORIAL", "MY_MOCKS") + "]}"));
    }

    @Test
    void malformedJsonFails() {
        IOException e = assertThrows(IOException.class, () -> read("{\"scenarios\": ["));
        assertTrue(e.getMessage().startsWith("Invalid scenario catalogue"), e.getMessage());
    }
}
