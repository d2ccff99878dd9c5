package dev.statuslab.core.scenario;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Reads and validates {@code scenarios.json}. Package-private: use {@link ScenarioCatalog}. */
final class ScenarioJson {

    private ScenarioJson() {}

    record Document(List<ScenarioDto> scenarios) {}

    record ScenarioDto(
            String id,
            ScenarioGroup group,
            String title,
            String summary,
            String djangoSnippet,
            List<RequestDto> requests) {}

    /** Headers, bodyKind and body may be left out: none, NONE and empty. */
    record RequestDto(
            String label,
            String method,
            String path,
            List<HeaderDto> headers,
            BodyKind bodyKind,
            String body,
            List<Integer> expectedStatuses) {}

    record HeaderDto(String name, String value) {}

    /**
     * The scenarios of one document, in document order.
     *
     * @throws IOException when the JSON is malformed, has unknown or missing properties, or a
     *                     scenario is invalid; the message names the scenario and the problem
     */
    static List<Scenario> read(InputStream in) throws IOException {
        Document doc;
        try {
            doc = document(StrictJson.parse(in));
        } catch (IOException | IllegalArgumentException e) {
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

    private static Document document(Object root) {
        StrictJson.Obj doc = StrictJson.Obj.of(root, "", "scenarios");
        return new Document(doc.list(
                "scenarios",
                StrictJson.objects(
                        ScenarioJson::scenarioDto, "id", "group", "title", "summary", "djangoSnippet", "requests")));
    }

    private static ScenarioDto scenarioDto(StrictJson.Obj o) {
        return new ScenarioDto(
                o.text("id"),
                o.constant("group", ScenarioGroup.class),
                o.text("title"),
                o.text("summary"),
                o.text("djangoSnippet"),
                o.list(
                        "requests",
                        StrictJson.objects(
                                ScenarioJson::requestDto,
                                "label",
                                "method",
                                "path",
                                "headers",
                                "bodyKind",
                                "body",
                                "expectedStatuses")));
    }

    private static RequestDto requestDto(StrictJson.Obj o) {
        return new RequestDto(
                o.text("label"),
                o.text("method"),
                o.text("path"),
                o.optionalList(
                        "headers",
                        StrictJson.objects(h -> new HeaderDto(h.text("name"), h.text("value")), "name", "value")),
                o.optionalConstant("bodyKind", BodyKind.class),
                o.optionalText("body"),
                o.list("expectedStatuses", StrictJson.INTEGER));
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
