package dev.statuslab.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strict start-up JSON reader: what it accepts, and that every refusal names the place. */
class StrictJsonTest {

    private static Object parse(String json) throws IOException {
        return StrictJson.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private record Item(String name, int count, boolean on, List<String> tags, String note) {}

    private static List<Item> items(String json) throws IOException {
        StrictJson.Obj root = StrictJson.Obj.of(parse(json), "", "items");
        return root.list(
                "items",
                StrictJson.objects(
                        o -> new Item(
                                o.text("name"),
                                o.integer("count"),
                                o.bool("on"),
                                o.list("tags", StrictJson.TEXT),
                                o.optionalText("note")),
                        "name",
                        "count",
                        "on",
                        "tags",
                        "note"));
    }

    private static String refusal(String json) {
        Exception e = assertThrows(Exception.class, () -> items(json));
        assertTrue(e instanceof IOException || e instanceof IllegalArgumentException, e.toString());
        return e.getMessage();
    }

    @Test
    void readsObjectsListsAndScalarsInOrder() throws IOException {
        List<Item> read = items("{\"items\": [{\"name\": \"a\", \"count\": 3, \"on\": true, \"tags\": [\"x\", null]},"
                + " {\"name\": null, \"count\": -1, \"on\": false, \"tags\": [], \"note\": \"n\"}]}");
        assertEquals(new Item("a", 3, true, Arrays.asList("x", null), null), read.get(0));
        assertEquals(new Item(null, -1, false, List.of(), "n"), read.get(1));
        assertNull(parse("null"));
        assertEquals(1.5, parse("1.5"));
    }

    @Test
    void refusalsNameThePropertyAndWhereItIs() {
        String item = "\"name\": \"a\", \"count\": 3, \"on\": true, \"tags\": []";
        assertEquals(
                "items[0]: unknown property 'colour' (known: count, name, note, on, tags)",
                refusal("{\"items\": [{" + item + ", \"colour\": 1}]}"));
        assertEquals(
                "items[1]: missing required property 'count'",
                refusal("{\"items\": [{" + item + "}, {\"name\": \"b\", \"on\": true, \"tags\": []}]}"));
        assertEquals(
                "items[0]: 'count' must be a whole number, found the string \"3\"",
                refusal("{\"items\": [{" + item.replace("3", "\"3\"") + "}]}"));
        assertEquals(
                "items[0]: 'count' is out of range: 3000000000",
                refusal("{\"items\": [{" + item.replace("3", "3000000000") + "}]}"));
        assertEquals(
                "items[0]: 'on' must be true or false, found null",
                refusal("{\"items\": [{" + item.replace("true", "null") + "}]}"));
        assertEquals(
                "items[0].tags[1]: expected a string, found 7",
                refusal("{\"items\": [{" + item.replace("[]", "[\"x\", 7]") + "}]}"));
        assertEquals("expected an object, found a list", refusal("[]"));
    }

    @Test
    void theParserRefusesDuplicatesTrailingContentAndBrokenJson() {
        String duplicate = assertThrows(IOException.class, () -> parse("{\"a\": 1, \"a\": 2}"))
                .getMessage();
        assertTrue(duplicate.contains("Duplicate field 'a'"), duplicate);
        assertTrue(assertThrows(IOException.class, () -> parse("{} {}"))
                .getMessage()
                .contains("after the document"));
        assertTrue(assertThrows(IOException.class, () -> parse("")).getMessage().contains("empty"));
        assertThrows(IOException.class, () -> parse("{\"a\": [1, 2}"));
    }

    @Test
    void parserMessagesAreShortenedForPeople() {
        assertEquals(
                "Unexpected end-of-input: expected close marker for Object (start marker at line 1, column 1)",
                StrictJson.readable("Unexpected end-of-input: expected close marker for Object (start marker at "
                        + "[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, "
                        + "column: 1])\n at [Source: REDACTED; line: 1, column: 63]"));
        assertEquals("malformed JSON", StrictJson.readable(null));
    }
}
