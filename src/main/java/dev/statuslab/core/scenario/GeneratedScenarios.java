package dev.statuslab.core.scenario;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.status.StatusInfo;
import java.util.ArrayList;
import java.util.List;

/** Scenarios made from data other than scenarios.json: status codes and the user's mocks. */
final class GeneratedScenarios {

    private static final int SNIPPET_BODY_MAX = 60;
    static final String MOCK_ID_PREFIX = "mock-";

    private GeneratedScenarios() {
    }

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
            request = ReadyRequest.of("GET " + path + " (a " + code + " is interim, never final: the answer is 200)",
                    "GET", path, 200);
        } else {
            request = ReadyRequest.of("GET " + path, "GET", path, code);
        }
        return new Scenario("status-" + code, ScenarioGroup.ANY_STATUS, code + " " + info.reason(),
                info.meaning(), info.djangoSnippet(), List.of(request));
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
        String reason = mock.reason().isBlank() ? statuses.describe(mock.status()).reason() : mock.reason();
        String title = mock.method() + " " + mock.path();
        String summary = "Your mock route: " + (anyMethod ? "any method" : mock.method()) + " " + mock.path()
                + " answers " + mock.status() + " " + reason
                + (mock.delayMillis() > 0 ? " after " + mock.delayMillis() + " ms" : "")
                + ", before the simulated Django site sees the request.";
        ReadyRequest request = ReadyRequest.of(method + " " + mock.path(), method, mock.path(), mock.status());
        return new Scenario(MOCK_ID_PREFIX + index, ScenarioGroup.MY_MOCKS, title, summary, mockSnippet(mock),
                List.of(request));
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
        py.append("    response = HttpResponse(").append(literal(body)).append(", status=").append(mock.status());
        if (!mock.reason().isBlank()) {
            py.append(", reason=").append(literal(mock.reason()));
        }
        py.append(")\n");
        for (Header h : mock.headers()) {
            py.append("    response[").append(literal(h.name())).append("] = ").append(literal(h.value())).append('\n');
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
