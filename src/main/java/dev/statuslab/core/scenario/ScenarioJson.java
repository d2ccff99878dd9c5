package dev.statuslab.core.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.statuslab.core.http.Header;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads and validates {@code scenarios.json}. Package-private: use {@link ScenarioCatalog}. */
final class ScenarioJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ScenarioJson() {
    }

    record Document(@JsonProperty(value = "scenarios", required = true) List<ScenarioDto> scenarios) {
    }

    record ScenarioDto(
            @JsonProperty(value = "id", required = true) String id,
            @JsonProperty(value = "group", required = true) ScenarioGroup group,
            @JsonProperty(value = "title", required = true) String title,
            @JsonProperty(value = "summary", required = true) String summary,
            @JsonProperty(value = "djangoSnippet", required = true) String djangoSnippet,
            @JsonProperty(value = "requests", required = true) List<RequestDto> requests) {
    }

    /** Headers, bodyKind and body may be left out: none, NONE and empty. */
    record RequestDto(
            @JsonProperty(value = "label", required = true) String label,
            @JsonProperty(value = "method", required = true) String method,
            @JsonProperty(value = "path", required = true) String path,
            @JsonProperty("headers") List<HeaderDto> headers,
            @JsonProperty("bodyKind") BodyKind bodyKind,
            @JsonProperty("body") String body,
            @JsonProperty(value = "expectedStatuses", required = true) List<Integer> expectedStatuses) {
    }

    record HeaderDto(
            @JsonProperty(value = "name", required = true) String name,
            @JsonProperty(value = "value", required = true) String value) {
    }

    /**
     * The scenarios of one document, in document order.
     *
     * @throws IOException when the JSON is malformed, has unknown or missing properties, or a
     *                     scenario is invalid; the message names the scenario and the problem
     */
    static List<Scenario> read(InputStream in) throws IOException {
        Document doc;
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            doc = MAPPER.readValue(reader, Document.class);
        } catch (IOException e) {
            throw new IOException("Invalid scenario catalogue: " + e.getMessage(), e);
        }
        if (doc == null || doc.scenarios() == null) {
            throw new IOException("Invalid scenario catalogue: 'scenarios' is missing");
        }
        List<Scenario> out = new ArrayList<>();
        int index = 0;
        for (ScenarioDto dto : doc.scenarios()) {
            String where = dto == null || dto.id() == null ? "scenarios[" + index + "]" : "scenario " + dto.id();
            try {
                out.add(scenario(dto));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IOException("Invalid scenario catalogue: " + where + ": " + e.getMessage(), e);
            }
            index++;
        }
        return out;
    }

    private static Scenario scenario(ScenarioDto dto) {
        if (dto == null) {
            throw new IllegalArgumentException("the entry is null");
        }
        if (dto.group() == ScenarioGroup.MY_MOCKS) {
            throw new IllegalArgumentException("the MY_MOCKS group is made from the user's mocks, not from data");
        }
        if (dto.requests() == null) {
            throw new IllegalArgumentException("'requests' must not be null");
        }
        List<ReadyRequest> requests = new ArrayList<>();
        for (int i = 0; i < dto.requests().size(); i++) {
            try {
                requests.add(request(dto.requests().get(i)));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("requests[" + i + "]: " + e.getMessage(), e);
            }
        }
        return new Scenario(dto.id(), dto.group(), dto.title(), dto.summary(), dto.djangoSnippet(), requests);
    }

    private static ReadyRequest request(RequestDto dto) {
        if (dto == null) {
            throw new IllegalArgumentException("the request is null");
        }
        List<Header> headers = new ArrayList<>();
        if (dto.headers() != null) {
            for (HeaderDto h : dto.headers()) {
                if (h == null || h.name() == null || h.value() == null) {
                    throw new IllegalArgumentException("a header needs a name and a value");
                }
                headers.add(new Header(h.name(), h.value()));
            }
        }
        BodyKind kind = dto.bodyKind() == null ? BodyKind.NONE : dto.bodyKind();
        String body = dto.body() == null ? "" : dto.body();
        if (kind == BodyKind.NONE && !body.isEmpty()) {
            throw new IllegalArgumentException("a body needs a bodyKind other than NONE");
        }
        if (dto.expectedStatuses() == null || dto.expectedStatuses().contains(null)) {
            throw new IllegalArgumentException("'expectedStatuses' must be a list of status codes");
        }
        return new ReadyRequest(dto.label(), dto.method(), dto.path(), headers, kind, body, dto.expectedStatuses());
    }
}
