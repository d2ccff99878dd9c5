package dev.statuslab.core.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The mocks file format, version 1: an object with {@code "version": 1} and {@code "mocks"}, a
 * list of routes with {@code method}, {@code path}, {@code status} and, optionally,
 * {@code reason}, {@code headers} (a list of {@code {"name", "value"}} objects, in order),
 * {@code body} and {@code delayMs} (the first answer), and the parts {@link MockJsonParts} reads
 * (fault, match, further answers). Read strictly, so that a typo in a hand-edited file is
 * reported with its place rather than ignored. Package-private: use {@link MockStore}.
 */
final class MockJson {

    static final int VERSION = 1;

    private static final Set<String> TOP = Set.of("version", "mocks");
    private static final Set<String> ROUTE = union(
            Set.of("method", "path", "status", "reason", "headers", "body", "delayMs"), MockJsonParts.ROUTE_EXTRAS);
    private static final MockJsonParts.Fields FIELDS = new MockJsonParts.Fields() {
        @Override
        public List<Header> headers(JsonNode node, String where) throws MockFileException {
            return MockJson.headers(node, where);
        }

        @Override
        public String text(JsonNode node, String where) throws MockFileException {
            return MockJson.text(node, where);
        }

        @Override
        public long whole(JsonNode node, String where) throws MockFileException {
            return MockJson.whole(node, where);
        }
    };
    private static final Set<String> HEADER = Set.of("name", "value");
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private MockJson() {}

    /** The routes of one document, in order; the exception names the place and the reason. */
    static List<MockRoute> read(InputStream in) throws MockFileException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new MockFileException(at(e.getLocation()), StrictJson.readable(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new MockFileException("", "could not be read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new MockFileException("", "the file is empty");
        }
        MockJsonParts.requireObject(root, "", TOP, "an object with \"version\" and \"mocks\"");
        JsonNode version = required(root, "version", "");
        if (!version.canConvertToExactIntegral() || !version.canConvertToInt()) {
            throw new MockFileException("version", "expected a whole number");
        }
        if (version.intValue() > VERSION) {
            throw new MockFileException(
                    "version",
                    "version " + version.intValue() + " was written by a newer StatusLab; this one reads version "
                            + VERSION);
        }
        if (version.intValue() < VERSION) {
            throw new MockFileException("version", "unknown version " + version.intValue() + "; expected " + VERSION);
        }
        JsonNode mocks = required(root, "mocks", "");
        if (!mocks.isArray()) {
            throw new MockFileException("mocks", "expected a list of mocks");
        }
        List<MockRoute> routes = new ArrayList<>();
        for (int i = 0; i < mocks.size(); i++) {
            routes.add(route(mocks.get(i), "mocks[" + i + "]"));
        }
        return List.copyOf(routes);
    }

    /** Writes the routes as a version-1 document, indented by two spaces, ending with a line break. */
    static void write(List<MockRoute> routes, OutputStream out) throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        pretty.indentArraysWith(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            json.setPrettyPrinter(pretty);
            json.writeStartObject();
            json.writeNumberField("version", VERSION);
            json.writeArrayFieldStart("mocks");
            for (MockRoute r : routes) {
                json.writeStartObject();
                json.writeStringField("method", r.method());
                json.writeStringField("path", r.path());
                json.writeNumberField("status", r.status());
                json.writeStringField("reason", r.reason());
                json.writeArrayFieldStart("headers");
                for (Header h : r.headers()) {
                    json.writeStartObject();
                    json.writeStringField("name", h.name());
                    json.writeStringField("value", h.value());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeStringField("body", r.body());
                json.writeNumberField("delayMs", r.delayMillis());
                MockJsonParts.write(r, json);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static MockRoute route(JsonNode node, String where) throws MockFileException {
        MockJsonParts.requireObject(node, where, ROUTE, "a mock with \"method\", \"path\" and \"status\"");
        String method = text(required(node, "method", where), where + ".method");
        check(MockRoute.methodProblem(method), where + ".method");
        String path = text(required(node, "path", where), where + ".path");
        check(MockRoute.pathProblem(path), where + ".path");
        int status = (int) whole(required(node, "status", where), where + ".status");
        check(MockRoute.statusProblem(status), where + ".status");
        String reason = node.has("reason") ? text(node.get("reason"), where + ".reason") : "";
        check(MockRoute.reasonProblem(reason), where + ".reason");
        List<Header> headers = node.has("headers") ? headers(node.get("headers"), where + ".headers") : List.of();
        String body = node.has("body") ? text(node.get("body"), where + ".body") : "";
        long delay = node.has("delayMs") ? whole(node.get("delayMs"), where + ".delayMs") : 0;
        check(MockRoute.delayProblem(delay), where + ".delayMs");
        check(MockAnswer.templateProblem(body, headers), where);
        List<MockAnswer> answers = new ArrayList<>();
        answers.add(new MockAnswer(status, reason, headers, body, delay, MockJsonParts.fault(node, where)));
        answers.addAll(MockJsonParts.then(node, where, FIELDS));
        return new MockRoute(
                method, path, MockJsonParts.match(node, where, FIELDS), answers, MockJsonParts.cycle(node, where));
    }

    private static List<Header> headers(JsonNode node, String where) throws MockFileException {
        if (!node.isArray()) {
            throw new MockFileException(where, "expected a list of {\"name\": …, \"value\": …} objects");
        }
        List<Header> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = where + "[" + i + "]";
            JsonNode h = node.get(i);
            MockJsonParts.requireObject(h, at, HEADER, "an object with \"name\" and \"value\"");
            Header header = new Header(
                    text(required(h, "name", at), at + ".name"), text(required(h, "value", at), at + ".value"));
            check(MockRoute.headerProblem(header), at);
            out.add(header);
        }
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static JsonNode required(JsonNode node, String name, String where) throws MockFileException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new MockFileException(where, "\"" + name + "\" is missing");
        }
        return value;
    }

    private static String text(JsonNode node, String where) throws MockFileException {
        if (!node.isTextual()) {
            throw new MockFileException(where, "expected a string");
        }
        return node.textValue();
    }

    private static long whole(JsonNode node, String where) throws MockFileException {
        if (!node.isNumber() || !node.canConvertToExactIntegral() || !node.canConvertToInt()) {
            throw new MockFileException(where, "expected a whole number");
        }
        return node.longValue();
    }

    private static void check(String problem, String where) throws MockFileException {
        if (problem != null) {
            throw new MockFileException(where, problem);
        }
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1
                ? ""
                : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
