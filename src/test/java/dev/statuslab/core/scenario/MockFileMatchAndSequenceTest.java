package dev.statuslab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Header;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mocks file's optional parts: match, further answers, afterLast, fault; written and read back. */
class MockFileMatchAndSequenceTest {

    @TempDir
    Path dir;

    @Test
    void matchSequenceAndFaultsRoundTrip() throws Exception {
        MockRoute route = new MockRoute(
                        "GET", "/api/users/{id}", 503, "", List.of(new Header("Retry-After", "1")), "", 0)
                .withMatch(new MockMatch(
                        List.of(new Header("page", "2")),
                        List.of(new Header("X-Role", "admin")),
                        new BodyMatch(BodyMatch.Kind.JSON_PATH, "$.user.name", "Ada")))
                .withAnswers(
                        List.of(
                                new MockAnswer(503, "", List.of(new Header("Retry-After", "1")), "", 0, null),
                                new MockAnswer(200, "", List.of(), "", 0, Fault.RESET),
                                new MockAnswer(200, "Fine", List.of(), "{}", 250, null)),
                        true);
        MockStore store = MockStore.inDataDirectory(dir);

        store.save(List.of(route, new MockRoute("*", "/plain", 204, "", List.of(), "", 0)));
        MockStore.Loaded loaded = store.load();

        assertTrue(loaded.ok(), loaded.problem());
        assertEquals(List.of(route, new MockRoute("*", "/plain", 204, "", List.of(), "", 0)), loaded.mocks());
        String text = Files.readString(store.file());
        assertTrue(text.contains("\"afterLast\": \"cycle\""), text);
        assertTrue(!text.substring(text.indexOf("/plain")).contains("match"), "defaults are not written: " + text);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            "match": {"body": {"jsonPath": "user", "value": "x"}}       | mocks[0].match.body.jsonPath: a JSON path starts with $, e.g. $.user.name
            "match": {"cookies": []}                                    | mocks[0].match: unknown property "cookies" (known: body, headers, query)
            "then": [{"status": 99}]                                    | mocks[0].then[0]: the status must be between 200 and 599
            "then": [{"body": "x"}]                                     | mocks[0].then[0]: "status" is missing
            "fault": "explode"                                          | mocks[0].fault: unknown fault "explode" (known: reset, empty, malformed-chunk, random-then-close, short-body, trickle)
            "afterLast": "stop"                                         | mocks[0].afterLast: expected "repeat" or "cycle"
            "path": "/users/x{id}"                                      | mocks[0].path: a parameter is a whole segment such as {id}: 'x{id}'
            """)
    void aBadPartIsRefusedWithItsPlaceAndReason(String part, String message) throws Exception {
        String route = part.startsWith("\"path\"")
                ? "{\"method\": \"GET\", " + part + ", \"status\": 200}"
                : "{\"method\": \"GET\", \"path\": \"/x\", \"status\": 200, " + part + "}";
        Path file = Files.writeString(dir.resolve("mocks.json"), "{\"version\": 1, \"mocks\": [" + route + "]}");

        MockFileException e = assertThrows(MockFileException.class, () -> MockStore.read(file));

        assertEquals(message, e.getMessage());
    }
}
