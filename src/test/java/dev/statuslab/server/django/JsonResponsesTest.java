package dev.statuslab.server.django;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JsonResponse's text is Python's json.dumps with its defaults. */
class JsonResponsesTest {

    @Test
    void separatorsAndAsciiEscapesAreThoseOfJsonDumps() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("message", "Créé \"ok\"\n");
        data.put("n", 3);
        data.put("ok", true);
        assertEquals(
                "{\"message\": \"Cr\\u00e9\\u00e9 \\\"ok\\\"\\n\", \"n\": 3, \"ok\": true}", JsonResponses.dumps(data));
    }
}
