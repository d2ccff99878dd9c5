package dev.statuslab.core.scenario;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.status.StatusInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Scenarios made from data other than scenarios.json: status codes and the user's mocks. */
final class GeneratedScenarios {

    private static final int SNIPPET_BODY_MAX = 60;
    static final String MOCK_ID_PREFIX = "mock-";

    private GeneratedScenarios() {}

    /** One ANY_STATUS scenario per registered code, ascending: {@code GET /status/<code>}. */
    static List<Scenario> forStatuses(StatusCatalog statuses) {
        List<Scenario> out = new ArrayList<>();
        for (StatusInfo info : statuses.all()) {
            out.add(forStatus(info));
        }
        return out;
    }

    static Scenario forStatus(StatusInfo info) {
        int code = info.code();
        String path = "/status/" + code;
        ReadyRequest request;
        if (code < 200) {
            request = ReadyRequest.of(
                    "GET " + path + " (a " + code + " is interim, never final: the answer is 200)", "GET", path, 200);
        } else {
            request = ReadyRequest.of("GET " + path, "GET", path, code);
        }
        return new Scenario(
                "status-" + code,
                ScenarioGroup.ANY_STATUS,
                code + " " + info.reason(),
                info.meaning(),
                info.djangoSnippet(),
                List.of(request));
    }

    /** One MY_MOCKS scenario per mock, with ids {@code mock-0}, {@code mock-1}, ... in list order. */
    static List<Scenario> forMocks(List<MockRoute> mocks, StatusCatalog statuses) {
        List<Scenario> out = new ArrayList<>();
        for (int i = 0; i < mocks.size(); i++) {
            out.add(forMock(i, mocks.get(i), statuses));
        }
        return out;
    }

    static Scenario forMock(int index, MockRoute mock, StatusCatalog statuses) {
        boolean anyMethod = mock.method().equals(MockRoute.ANY_METHOD);
        String method = anyMethod ? "GET" : mock.method();
        String reason =
                mock.reason().isBlank() ? statuses.describe(mock.status()).reason() : mock.reason();
        String title = mock.method() + " " + mock.path()
                + (mock.match().isAny() ? "" : " [" + mock.match().describe() + "]");
        String summary = "Your mock route: " + (anyMethod ? "any method" : mock.method()) + " " + mock.path()
                + (mock.match().isAny() ? "" : " when " + mock.match().describe())
                + " answers " + mock.status() + " " + reason
                + (mock.delayMillis() > 0 ? " after " + mock.delayMillis() + " ms" : "")
                + sequence(mock) + ", before the simulated Django site sees the request.";
        List<Integer> expected = mock.answers().stream()
                .filter(a -> a.fault() == null)
                .map(MockAnswer::status)
                .distinct()
                .toList();
        List<Header> headers = mock.match().headers();
        BodyMatch body = mock.match().body();
        String text =
                switch (body.kind()) {
                    case EQUALS, CONTAINS -> body.value();
                    default -> "";
                };
        ReadyRequest request = new ReadyRequest(
                method + " " + mock.path(),
                method,
                samplePath(mock),
                headers,
                text.isEmpty() ? BodyKind.NONE : BodyKind.TEXT,
                text,
                expected.isEmpty() ? List.of(mock.status()) : expected);
        return new Scenario(
                MOCK_ID_PREFIX + index, ScenarioGroup.MY_MOCKS, title, summary, mockSnippet(mock), List.of(request));
    }

    /** ", then 200 (then the last again)" for a route with several answers. */
    private static String sequence(MockRoute mock) {
        if (mock.answers().size() < 2) {
            return mock.answers().get(0).fault() != null
                    ? " (or rather breaks the connection: "
                            + mock.answers().get(0).fault().id() + ")"
                    : "";
        }
        StringBuilder out = new StringBuilder();
        for (MockAnswer a : mock.answers().subList(1, mock.answers().size())) {
            out.append(", then ").append(a.fault() != null ? a.fault().id() : String.valueOf(a.status()));
        }
        return out.append(mock.cycle() ? " (then from the first again)" : " (then the last again)")
                .toString();
    }

    /** A path the route answers: {@code {name}} as 1, {@code *} as x, with the query it asks for. */
    static String samplePath(MockRoute mock) {
        StringBuilder path = new StringBuilder();
        for (String segment : mock.path().split("/", -1)) {
            if (path.length() > 0 || !segment.isEmpty()) {
                path.append('/');
            }
            path.append(segment.startsWith("{") && segment.endsWith("}") ? "1" : segment.equals("*") ? "x" : segment);
        }
        String query = mock.match().query().stream()
                .map(q -> URLEncoder.encode(q.name(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(q.value(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String base = path.length() == 0 ? "/" : path.toString();
        return query.isEmpty() ? base : base + "?" + query;
    }

    /** The Django view a mock stands in for. */
    static String mockSnippet(MockRoute mock) {
        StringBuilder py = new StringBuilder();
        if (mock.method().equals("GET")) {
            py.append("@require_safe  # GET, and HEAD without the body\n");
        } else if (!mock.method().equals(MockRoute.ANY_METHOD)) {
            py.append("@require_http_methods([").append(literal(mock.method())).append("])\n");
        }
        py.append("def mock_view(request):\n");
        if (mock.delayMillis() > 0) {
            py.append("    time.sleep(").append(mock.delayMillis() / 1000.0).append(")\n");
        }
        String body = mock.body();
        if (body.length() > SNIPPET_BODY_MAX) {
            body = body.substring(0, SNIPPET_BODY_MAX - 3) + "...";
        }
        py.append("    response = HttpResponse(")
                .append(literal(body))
                .append(", status=")
                .append(mock.status());
        if (!mock.reason().isBlank()) {
            py.append(", reason=").append(literal(mock.reason()));
        }
        py.append(")\n");
        for (Header h : mock.headers()) {
            py.append("    response[")
                    .append(literal(h.name()))
                    .append("] = ")
                    .append(literal(h.value()))
                    .append('\n');
        }
        return py.append("    return response").toString();
    }

    /** A double-quoted Python string literal. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
