package dev.statuslab.core.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.statuslab.core.http.Header;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The optional parts of a mock in the mocks file, beside the first answer's fields: {@code fault},
 * {@code match} ({@code query} and {@code headers} as name/value lists, {@code body} as
 * {@code {"equals": …}}, {@code {"contains": …}} or {@code {"jsonPath": …, "value": …}}),
 * {@code then} (the further answers, each with {@code status}, {@code reason}, {@code headers},
 * {@code body}, {@code delayMs} and {@code fault}) and {@code afterLast} ({@code "repeat"}, the
 * default, or {@code "cycle"}). A file without them reads as before.
 */
final class MockJsonParts {

    static final Set<String> ROUTE_EXTRAS = Set.of("fault", "match", "then", "afterLast");
    private static final Set<String> ANSWER = Set.of("status", "reason", "headers", "body", "delayMs", "fault");
    private static final Set<String> MATCH = Set.of("query", "headers", "body");
    private static final Set<String> BODY = Set.of("equals", "contains", "jsonPath", "value");

    /** How MockJson reads the fields that an answer and a route share. */
    interface Fields {
        List<Header> headers(JsonNode node, String where) throws MockFileException;

        String text(JsonNode node, String where) throws MockFileException;

        long whole(JsonNode node, String where) throws MockFileException;
    }

    private MockJsonParts() {}

    static Fault fault(JsonNode node, String where) throws MockFileException {
        if (!node.has("fault") || node.get("fault").isNull()) {
            return null;
        }
        JsonNode value = node.get("fault");
        if (!value.isTextual()) {
            throw new MockFileException(where + ".fault", "expected a string: one of " + Fault.ids());
        }
        return Fault.byId(value.textValue())
                .orElseThrow(() -> new MockFileException(
                        where + ".fault", "unknown fault \"" + value.textValue() + "\" (known: " + Fault.ids() + ")"));
    }

    static MockMatch match(JsonNode route, String where, Fields f) throws MockFileException {
        if (!route.has("match")) {
            return MockMatch.ANY;
        }
        String at = where + ".match";
        JsonNode node = route.get("match");
        known(node, at, MATCH);
        List<Header> query = node.has("query") ? f.headers(node.get("query"), at + ".query") : List.of();
        List<Header> headers = node.has("headers") ? f.headers(node.get("headers"), at + ".headers") : List.of();
        BodyMatch body = BodyMatch.ANY;
        if (node.has("body")) {
            JsonNode b = node.get("body");
            String bat = at + ".body";
            known(b, bat, BODY);
            if (b.has("equals")) {
                body = new BodyMatch(BodyMatch.Kind.EQUALS, "", f.text(b.get("equals"), bat + ".equals"));
            } else if (b.has("contains")) {
                body = new BodyMatch(BodyMatch.Kind.CONTAINS, "", f.text(b.get("contains"), bat + ".contains"));
            } else if (b.has("jsonPath")) {
                String path = f.text(b.get("jsonPath"), bat + ".jsonPath");
                String problem = BodyMatch.pathProblem(path);
                if (problem != null) {
                    throw new MockFileException(bat + ".jsonPath", problem);
                }
                if (!b.has("value")) {
                    throw new MockFileException(bat, "\"value\" is missing (the value at the JSON path)");
                }
                body = new BodyMatch(BodyMatch.Kind.JSON_PATH, path, f.text(b.get("value"), bat + ".value"));
            } else {
                throw new MockFileException(bat, "expected \"equals\", \"contains\" or \"jsonPath\"");
            }
        }
        return new MockMatch(query, headers, body);
    }

    /** The answers after the first, in order. */
    static List<MockAnswer> then(JsonNode route, String where, Fields f) throws MockFileException {
        if (!route.has("then")) {
            return List.of();
        }
        JsonNode list = route.get("then");
        if (!list.isArray()) {
            throw new MockFileException(where + ".then", "expected a list of answers");
        }
        if (list.size() + 1 > MockRoute.MAX_ANSWERS) {
            throw new MockFileException(where + ".then", "a mock holds at most " + MockRoute.MAX_ANSWERS + " answers");
        }
        List<MockAnswer> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = where + ".then[" + i + "]";
            JsonNode a = list.get(i);
            known(a, at, ANSWER);
            if (!a.has("status")) {
                throw new MockFileException(at, "\"status\" is missing");
            }
            int status = (int) f.whole(a.get("status"), at + ".status");
            String reason = a.has("reason") ? f.text(a.get("reason"), at + ".reason") : "";
            List<Header> headers = a.has("headers") ? f.headers(a.get("headers"), at + ".headers") : List.of();
            String body = a.has("body") ? f.text(a.get("body"), at + ".body") : "";
            long delay = a.has("delayMs") ? f.whole(a.get("delayMs"), at + ".delayMs") : 0;
            String problem = MockAnswer.problem(status, reason, headers, delay);
            problem = problem != null ? problem : MockAnswer.templateProblem(body, headers);
            if (problem != null) {
                throw new MockFileException(at, problem);
            }
            out.add(new MockAnswer(status, reason, headers, body, delay, fault(a, at)));
        }
        return out;
    }

    static boolean cycle(JsonNode route, String where) throws MockFileException {
        if (!route.has("afterLast")) {
            return false;
        }
        String value = route.get("afterLast").asText("");
        return switch (value) {
            case "repeat" -> false;
            case "cycle" -> true;
            default -> throw new MockFileException(where + ".afterLast", "expected \"repeat\" or \"cycle\"");
        };
    }

    /** Writes the optional parts of a route that are not their defaults. */
    static void write(MockRoute r, JsonGenerator json) throws IOException {
        MockAnswer first = r.answers().get(0);
        if (first.fault() != null) {
            json.writeStringField("fault", first.fault().id());
        }
        if (!r.match().isAny()) {
            json.writeObjectFieldStart("match");
            if (!r.match().query().isEmpty()) {
                pairs(json, "query", r.match().query());
            }
            if (!r.match().headers().isEmpty()) {
                pairs(json, "headers", r.match().headers());
            }
            BodyMatch b = r.match().body();
            if (b.kind() != BodyMatch.Kind.ANY) {
                json.writeObjectFieldStart("body");
                switch (b.kind()) {
                    case EQUALS -> json.writeStringField("equals", b.value());
                    case CONTAINS -> json.writeStringField("contains", b.value());
                    default -> {
                        json.writeStringField("jsonPath", b.path());
                        json.writeStringField("value", b.value());
                    }
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        if (r.answers().size() > 1) {
            json.writeArrayFieldStart("then");
            for (MockAnswer a : r.answers().subList(1, r.answers().size())) {
                json.writeStartObject();
                json.writeNumberField("status", a.status());
                json.writeStringField("reason", a.reason());
                pairs(json, "headers", a.headers());
                json.writeStringField("body", a.body());
                json.writeNumberField("delayMs", a.delayMillis());
                if (a.fault() != null) {
                    json.writeStringField("fault", a.fault().id());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeStringField("afterLast", r.cycle() ? "cycle" : "repeat");
        }
    }

    static void pairs(JsonGenerator json, String name, List<Header> pairs) throws IOException {
        json.writeArrayFieldStart(name);
        for (Header h : pairs) {
            json.writeStartObject();
            json.writeStringField("name", h.name());
            json.writeStringField("value", h.value());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void known(JsonNode node, String where, Set<String> known) throws MockFileException {
        requireObject(node, where, known, "an object");
    }

    /** An object whose properties are all among {@code known}; else the place and the reason. */
    static void requireObject(JsonNode node, String where, Set<String> known, String expected)
            throws MockFileException {
        if (!node.isObject()) {
            throw new MockFileException(where, "expected " + expected);
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new MockFileException(
                        where,
                        "unknown property \"" + name + "\" (known: "
                                + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }
}
