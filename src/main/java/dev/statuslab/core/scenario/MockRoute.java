package dev.statuslab.core.scenario;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Tokens;
import java.util.List;
import java.util.Objects;

/**
 * A route the user made: requests with this method (or any, with "*") and exactly this path are
 * answered with this status, reason phrase (blank for the registry's), headers and body, after
 * the given delay.
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

    /** Why these values cannot make a route, or null when they can. */
    public static String problem(String method, String path, int status, String reason, List<Header> headers,
                                 long delayMillis) {
        if (!method.equals(ANY_METHOD) && !Tokens.isToken(method)) {
            return "the method must be a token such as GET, or * for any";
        }
        if (!path.startsWith("/") || path.chars().anyMatch(c -> c <= ' ' || c == '?' || c == '#')) {
            return "the path must start with / and hold no spaces, ? or #";
        }
        if (status < 200 || status > 599) {
            return "the status must be between 200 and 599";
        }
        if (reason.chars().anyMatch(c -> c < ' ' && c != '\t' || c == 0x7f)) {
            return "the reason phrase cannot hold control characters";
        }
        for (Header h : headers) {
            if (!Tokens.isToken(h.name())) {
                return "'" + h.name() + "' is not a valid header name";
            }
            String valueProblem = Tokens.fieldValueProblem(h.value());
            if (valueProblem != null) {
                return h.name() + ": " + valueProblem;
            }
        }
        if (delayMillis < 0 || delayMillis > MAX_DELAY_MILLIS) {
            return "the delay must be between 0 and " + MAX_DELAY_MILLIS + " ms";
        }
        return null;
    }

    public boolean matches(String requestMethod, String requestPath) {
        return path.equals(requestPath) && (method.equals(ANY_METHOD) || method.equals(requestMethod));
    }
}
