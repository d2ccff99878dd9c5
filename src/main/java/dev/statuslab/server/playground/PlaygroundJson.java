package dev.statuslab.server.playground;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuslab.server.site.SiteResponse;
import java.util.Map;

/** JSON bodies of the playground endpoints. */
final class PlaygroundJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private PlaygroundJson() {}

    static SiteResponse error(int status, String message) {
        return of(status, Map.of("error", message));
    }

    static SiteResponse of(int status, Object value) {
        try {
            return SiteResponse.json(
                    status, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
