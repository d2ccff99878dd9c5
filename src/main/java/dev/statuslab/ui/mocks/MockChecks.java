package dev.statuslab.ui.mocks;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.status.HeaderChecks;
import dev.statuslab.core.status.HeaderRule;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.status.StatusInfo;
import dev.statuslab.ui.common.HeaderRow;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The mock editor's checks, as pure functions of the draft: the blocking ones say what
 * {@link MockRoute#problem} would refuse, field by field, in a sentence a user can act on ("" when
 * all is well); the warnings say what the route will do that the user may not expect.
 */
final class MockChecks {

    /** The first header row that cannot be sent, and why. */
    record HeaderProblem(HeaderRow row, String message) {}

    private MockChecks() {}

    static String method(String method) {
        return method == null || method.isBlank()
                ? "Enter a method such as GET, or * for any"
                : sentence(MockRoute.methodProblem(method));
    }

    static String path(String path) {
        return path == null || path.isEmpty() ? "Enter a path, e.g. /api/users" : sentence(MockRoute.pathProblem(path));
    }

    static String status(String status) {
        Integer code = number(status);
        if (code == null) {
            return "Enter a status code from 200 to 599, e.g. 503";
        }
        return sentence(MockRoute.statusProblem(code));
    }

    static String reason(String reason) {
        return sentence(MockRoute.reasonProblem(reason == null ? "" : reason));
    }

    static String delay(String delay) {
        if (delay == null || delay.isBlank()) {
            return "";
        }
        Integer millis = number(delay);
        return millis == null
                ? "The delay is a whole number of milliseconds, 0 to " + MockRoute.MAX_DELAY_MILLIS
                : sentence(MockRoute.delayProblem(millis));
    }

    /** The first row that is on and not blank and cannot go on the wire, named by its place (from 1). */
    static HeaderProblem headers(List<HeaderRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            HeaderRow row = rows.get(i);
            if (!row.isActive()) {
                continue;
            }
            String where = "Header row " + (i + 1);
            String problem = row.getName().isEmpty()
                    ? "the name is empty"
                    : MockRoute.headerProblem(new Header(row.getName(), row.getValue()));
            if (problem != null) {
                return new HeaderProblem(row, where + ": " + problem);
            }
        }
        return null;
    }

    /** "503 Service Unavailable", "299 (not a registered code)", or "" while the status is not a number. */
    static String statusTitle(String status, StatusCatalog statuses) {
        Integer code = number(status);
        if (code == null || code < 100 || code > 599) {
            return "";
        }
        return statuses.find(code).map(info -> code + " " + info.reason()).orElse(code + " (not a registered code)");
    }

    /**
     * What the route will do that its author may not expect: a body that is not sent, fields the
     * server sets itself, headers its status requires or recommends, a route that another one hides
     * or that hides another. {@code others} is the list the route joins, {@code index} its place there
     * ({@code others.size()} for a new one).
     */
    static List<String> warnings(MockRoute route, int index, List<MockRoute> others, StatusCatalog statuses) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < others.size(); i++) {
            MockRoute other = others.get(i);
            if (i == index) {
                continue;
            }
            if (i < index && route.isShadowedBy(other)) {
                out.add("Mock " + (i + 1) + " (" + title(other) + ") comes first and answers these requests:"
                        + " this one would never be used");
            } else if (i > index && other.isShadowedBy(route)) {
                out.add("This mock comes first and answers for mock " + (i + 1) + " (" + title(other)
                        + "), which would no longer be used");
            }
        }
        List<Header> sent = new ArrayList<>();
        for (Header h : route.headers()) {
            if (h.is("Content-Length") || h.is("Transfer-Encoding")) {
                out.add(h.name() + " is set by the server from the body: this row is not sent");
            } else {
                sent.add(h);
            }
        }
        StatusInfo info = statuses.describe(route.status());
        Headers fields = Headers.of(sent);
        String method = route.method().equals("HEAD") ? "HEAD" : null;
        long size = route.body().getBytes(StandardCharsets.UTF_8).length;
        for (HeaderChecks.Check check : HeaderChecks.check(info, fields::all, method, size)) {
            if (!check.satisfied()) {
                out.add(advice(info, check.rule(), method != null));
            }
        }
        if (size > 0 && info.bodyAllowed() && method == null && !fields.has("Content-Type")) {
            out.add("No Content-Type header: clients will have to guess what the body is");
        }
        return List.copyOf(out);
    }

    /** The required and recommended fields this status expects that the rows do not name. */
    static List<HeaderRule> missingHeaders(int status, List<Header> headers, StatusCatalog statuses) {
        Headers fields = Headers.of(headers);
        return statuses.describe(status).headers().stream()
                .filter(r -> r.level() != HeaderRule.Level.FORBIDDEN && !fields.has(r.name()))
                .toList();
    }

    static String title(MockRoute route) {
        return route.method() + " " + route.path();
    }

    private static String advice(StatusInfo info, HeaderRule rule, boolean head) {
        String code = info.code() + " " + info.reason();
        if (rule.name().equals(HeaderChecks.NO_CONTENT)) {
            return head
                    ? "An answer to HEAD carries no body: only its length is sent"
                    : "A " + code + " carries no body: this body is not sent";
        }
        return switch (rule.level()) {
            case REQUIRED -> "A " + code + " needs a " + rule.name() + " header, e.g. " + rule.example();
            case RECOMMENDED -> "A " + code + " should carry a " + rule.name() + " header, e.g. " + rule.example();
            case FORBIDDEN -> "A " + code + " must not carry a " + rule.name() + " header";
        };
    }

    /** The number in {@code text} (digits only, surrounding spaces allowed), or null. */
    static Integer number(String text) {
        if (text == null || !text.strip().matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    private static String sentence(String problem) {
        return problem == null ? "" : problem.substring(0, 1).toUpperCase(Locale.ROOT) + problem.substring(1);
    }
}
