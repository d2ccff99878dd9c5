package dev.statuslab.core.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Exports checked against the HAR 1.2 schema and the consistency rules a schema cannot express;
 * broken files show that both checks can fail.
 */
class HarSchemaTest {

    private static JsonNode exported() throws Exception {
        return HarFiles.tree(HarFiles.export(Samples.all()));
    }

    @Test
    void everyKindOfExchangeExportsToAValidAndConsistentHar(@TempDir Path temp) throws Exception {
        List<Exchange> exchanges = new ArrayList<>(Samples.all());
        exchanges.add(Samples.fileBacked(temp, 3 * 1024 * 1024));
        JsonNode har = HarFiles.tree(HarFiles.export(exchanges));

        assertEquals(List.of(), HarSchema.problems(har));
        assertEquals(List.of(), HarConsistency.problems(har, exchanges));
    }

    @Test
    void anEmptyTranscriptIsAValidHar() throws Exception {
        assertEquals(List.of(), HarSchema.problems(HarFiles.tree(HarFiles.export(List.of()))));
    }

    /** One change to an otherwise valid export, and a word the schema's complaint must contain. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            no log.version                         | version
            no creator name                        | name
            status as a string                     | status
            no response                            | response
            no timings                             | timings
            timings.wait of -1                     | wait
            a date without offset                  | startedDateTime
            a custom field without underscore      | statuslab
            headersSize of -2                      | headersSize
            postData with neither text nor params  | postData
            a header without value                 | value
            entries as an object                   | entries
            """)
    void theSchemaRejectsABrokenHar(String change, String mentioned) throws Exception {
        ObjectNode har = (ObjectNode) exported();
        ObjectNode log = (ObjectNode) har.path("log");
        ObjectNode entry = (ObjectNode) log.path("entries").get(1);
        Consumer<ObjectNode> breakIt =
                switch (change) {
                    case "no log.version" -> h -> log.remove("version");
                    case "no creator name" -> h -> ((ObjectNode) log.path("creator")).remove("name");
                    case "status as a string" -> h -> ((ObjectNode) entry.path("response")).put("status", "302");
                    case "no response" -> h -> entry.remove("response");
                    case "no timings" -> h -> entry.remove("timings");
                    case "timings.wait of -1" -> h -> ((ObjectNode) entry.path("timings")).put("wait", -1);
                    case "a date without offset" -> h -> entry.put("startedDateTime", "2024-05-01T09:15:30.123");
                    case "a custom field without underscore" -> h -> entry.set("statuslab", entry.remove("_statuslab"));
                    case "headersSize of -2" -> h -> ((ObjectNode) entry.path("request")).put("headersSize", -2);
                    case "postData with neither text nor params" ->
                        h -> {
                            ObjectNode post = (ObjectNode) entry.path("request").path("postData");
                            post.remove("text");
                            post.remove("params");
                        };
                    case "a header without value" ->
                        h -> ((ObjectNode) entry.path("request").path("headers").get(0)).remove("value");
                    case "entries as an object" -> h -> log.putObject("entries");
                    default -> throw new IllegalArgumentException(change);
                };
        assertEquals(List.of(), HarSchema.problems(har), "valid before the change");

        breakIt.accept(har);

        List<String> problems = HarSchema.problems(har);
        assertFalse(problems.isEmpty(), change + " was accepted");
        assertTrue(problems.stream().anyMatch(p -> p.contains(mentioned)), problems.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            time off by 1 ms            | time
            redirectURL not Location    | redirectURL
            content.size off by one     | content.size
            binary text without base64  | base64
            headersSize off by one      | headersSize
            failure without reason      | failed entry
            """)
    void theConsistencyChecksCatchWhatTheSchemaCannot(String change, String mentioned) throws Exception {
        JsonNode har = exported();
        ArrayNode entries = (ArrayNode) har.path("log").path("entries");
        ObjectNode found = (ObjectNode) entries.get(1);
        ObjectNode png = (ObjectNode) entries.get(3);
        switch (change) {
            case "time off by 1 ms" -> found.put("time", found.path("time").asDouble() + 1);
            case "redirectURL not Location" -> ((ObjectNode) found.path("response")).put("redirectURL", "/elsewhere/");
            case "content.size off by one" -> ((ObjectNode) png.path("response").path("content")).put("size", 17);
            case "binary text without base64" ->
                ((ObjectNode) png.path("response").path("content")).remove("encoding");
            case "headersSize off by one" ->
                ((ObjectNode) found.path("request"))
                        .put(
                                "headersSize",
                                found.path("request").path("headersSize").asInt() + 1);
            case "failure without reason" -> ((ObjectNode) entries.get(6).path("_statuslab")).remove("failure");
            default -> throw new IllegalArgumentException(change);
        }

        List<String> problems = HarConsistency.problems(har, Samples.all());
        assertTrue(HarSchema.problems(har).isEmpty(), "the schema cannot see it: " + HarSchema.problems(har));
        assertTrue(problems.stream().anyMatch(p -> p.contains(mentioned)), problems.toString());
    }
}
