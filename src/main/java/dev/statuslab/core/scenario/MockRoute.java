package dev.statuslab.core.scenario;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Tokens;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A route the user made: requests with this method (or any, with "*") and exactly this path are
 * answered with this status, reason phrase (blank for the registry's), headers and body, after
 * the given delay. A GET route also answers HEAD (without the body) when no route names HEAD or
 * "*" for that path.
 */
public record MockRoute(String method, String path, int status, String reason, List<Header> headers,
                        String body, long delayMillis) {

    public static final String ANY_METHOD = "*";
    public static final long MAX_DELAY_MILLIS = 30_000;

    public MockRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        reason = reason == null ? "" : reason;
        headers = List.copyOf(headers == null ? List.of() : headers);
        body = body == null ? "" : body;
        String problem = problem(method, path, status, reason, headers, delayMillis);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Why these values cannot make a route, or null when they can: the first of the field checks below. */
    public static String problem(String method, String path, int status, String reason, List<Header> headers,
                                 long delayMillis) {
        String problem = firstOf(methodProblem(method), pathProblem(path), statusProblem(status),
                reasonProblem(reason));
        for (Header h : headers) {
            problem = firstOf(problem, headerProblem(h));
        }
        return firstOf(problem, delayProblem(delayMillis));
    }

    /** Why this cannot be a route's method, or null: a token such as GET, or "*" for any. */
    public static String methodProblem(String method) {
        return method.equals(ANY_METHOD) || Tokens.isToken(method) ? null
                : "the method must be a token such as GET, or * for any";
    }

    /** Why this cannot be a route's path, or null. */
    public static String pathProblem(String path) {
        return path.startsWith("/") && path.chars().noneMatch(c -> c <= ' ' || c == '?' || c == '#') ? null
                : "the path must start with / and hold no spaces, ? or #";
    }

    /** Why a route cannot answer with this status, or null: only final statuses, 200 to 599. */
    public static String statusProblem(int status) {
        return status >= 200 && status <= 599 ? null : "the status must be between 200 and 599";
    }

    public static String reasonProblem(String reason) {
        return reason.chars().anyMatch(c -> c < ' ' && c != '\t' || c == 0x7f)
                ? "the reason phrase cannot hold control characters" : null;
    }

    /** Why this field line cannot be sent, or null. */
    public static String headerProblem(Header h) {
        if (!Tokens.isToken(h.name())) {
            return "'" + h.name() + "' is not a valid header name";
        }
        String valueProblem = Tokens.fieldValueProblem(h.value());
        return valueProblem == null ? null : h.name() + ": " + valueProblem;
    }

    public static String delayProblem(long delayMillis) {
        return delayMillis >= 0 && delayMillis <= MAX_DELAY_MILLIS ? null
                : "the delay must be between 0 and " + MAX_DELAY_MILLIS + " ms";
    }

    public boolean matches(String requestMethod, String requestPath) {
        return path.equals(requestPath) && (method.equals(ANY_METHOD) || method.equals(requestMethod));
    }

    /**
     * The route that answers this request: the first in {@code routes} that matches it, else, for
     * HEAD, the first that matches the same request with GET (a HEAD is a GET without the body).
     */
    public static Optional<MockRoute> answering(List<MockRoute> routes, String requestMethod, String requestPath) {
        for (MockRoute route : routes) {
            if (route.matches(requestMethod, requestPath)) {
                return Optional.of(route);
            }
        }
        return requestMethod.equals("HEAD") ? answering(routes, "GET", requestPath) : Optional.empty();
    }

    /**
     * Whether {@code earlier}, placed before this route, answers every request this route matches,
     * so that this one is never used: the same path, and the same method or "*".
     */
    public boolean isShadowedBy(MockRoute earlier) {
        return earlier.path.equals(path) && (earlier.method.equals(ANY_METHOD) || earlier.method.equals(method));
    }

    private static String firstOf(String... problems) {
        for (String p : problems) {
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}
