package dev.statuslab.core.scenario;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Tokens;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A route the user made: requests with this method (or any, with "*"), a path that matches the
 * pattern (exact, or with {@code {name}} and {@code *} segments, see {@link PathPattern}) and the
 * match's conditions are answered with the answers in turn: the first, the second, … then the
 * last again, or from the first again when {@code cycle} is set. Of the routes that match a
 * request, the most specific answers (literal path segments, then parameters, then conditions,
 * then a named method over "*"); of equally specific ones, the first in the list. A GET route also
 * answers HEAD (without the body) when no route answers the HEAD itself.
 */
public record MockRoute(String method, String path, MockMatch match, List<MockAnswer> answers, boolean cycle) {

    public static final String ANY_METHOD = "*";
    public static final long MAX_DELAY_MILLIS = 30_000;
    /** How many answers one route may hold in turn. */
    public static final int MAX_ANSWERS = 100;

    public MockRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        match = match == null ? MockMatch.ANY : match;
        answers = List.copyOf(answers);
        String problem = firstOf(
                methodProblem(method),
                pathProblem(path),
                answers.isEmpty() ? "a mock needs at least one answer" : null,
                answers.size() > MAX_ANSWERS ? "a mock holds at most " + MAX_ANSWERS + " answers" : null);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** A route with one answer, matching on method and path only. */
    public MockRoute(
            String method,
            String path,
            int status,
            String reason,
            List<Header> headers,
            String body,
            long delayMillis) {
        this(
                method,
                path,
                MockMatch.ANY,
                List.of(new MockAnswer(status, reason, headers, body, delayMillis, null)),
                false);
    }

    /** The first answer's status (the one the catalogue shows). */
    public int status() {
        return answers.get(0).status();
    }

    public String reason() {
        return answers.get(0).reason();
    }

    public List<Header> headers() {
        return answers.get(0).headers();
    }

    public String body() {
        return answers.get(0).body();
    }

    public long delayMillis() {
        return answers.get(0).delayMillis();
    }

    /** The same route with other answers. */
    public MockRoute withAnswers(List<MockAnswer> newAnswers, boolean newCycle) {
        return new MockRoute(method, path, match, newAnswers, newCycle);
    }

    /** The same route with another match. */
    public MockRoute withMatch(MockMatch newMatch) {
        return new MockRoute(method, path, newMatch, answers, cycle);
    }

    /** The answer for the {@code n}th request this route answers (0 first). */
    public MockAnswer answerFor(long n) {
        int size = answers.size();
        if (n < size) {
            return answers.get((int) n);
        }
        return cycle ? answers.get((int) (n % size)) : answers.get(size - 1);
    }

    /** Why these values cannot make a route, or null when they can: the first of the field checks below. */
    public static String problem(
            String method, String path, int status, String reason, List<Header> headers, long delayMillis) {
        String problem =
                firstOf(methodProblem(method), pathProblem(path), statusProblem(status), reasonProblem(reason));
        for (Header h : headers) {
            problem = firstOf(problem, headerProblem(h));
        }
        return firstOf(problem, delayProblem(delayMillis));
    }

    /** Why this cannot be a route's method, or null: a token such as GET, or "*" for any. */
    public static String methodProblem(String method) {
        return method.equals(ANY_METHOD) || Tokens.isToken(method)
                ? null
                : "the method must be a token such as GET, or * for any";
    }

    /** Why this cannot be a route's path, or null. */
    public static String pathProblem(String path) {
        return path.startsWith("/") && path.chars().noneMatch(c -> c <= ' ' || c == '?' || c == '#')
                ? PathPattern.problem(path)
                : "the path must start with / and hold no spaces, ? or #";
    }

    /** Why a route cannot answer with this status, or null: only final statuses, 200 to 599. */
    public static String statusProblem(int status) {
        return status >= 200 && status <= 599 ? null : "the status must be between 200 and 599";
    }

    public static String reasonProblem(String reason) {
        return reason.chars().anyMatch(c -> c < ' ' && c != '\t' || c == 0x7f)
                ? "the reason phrase cannot hold control characters"
                : null;
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
        return delayMillis >= 0 && delayMillis <= MAX_DELAY_MILLIS
                ? null
                : "the delay must be between 0 and " + MAX_DELAY_MILLIS + " ms";
    }

    /** Whether this route answers the request (method, path pattern and match). */
    public boolean matches(MockRequest request) {
        return (method.equals(ANY_METHOD) || method.equals(request.method()))
                && PathPattern.match(path, request.path()) != null
                && match.matches(request);
    }

    /** The values of the path's {@code {name}} segments for this request path, or empty. */
    public Map<String, String> pathParams(String requestPath) {
        Map<String, String> params = PathPattern.match(path, requestPath);
        return params == null ? Map.of() : params;
    }

    /**
     * The index in {@code routes} of the route that answers this request: the most specific that
     * matches, the first of equals; else, for HEAD, the one that answers the same request as GET.
     */
    public static OptionalInt answering(List<MockRoute> routes, MockRequest request) {
        int best = -1;
        for (int i = 0; i < routes.size(); i++) {
            MockRoute route = routes.get(i);
            if (route.matches(request) && (best < 0 || route.moreSpecificThan(routes.get(best)))) {
                best = i;
            }
        }
        if (best < 0 && request.method().equals("HEAD")) {
            return answering(routes, request.withMethod("GET"));
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /** Whether this route wins over {@code other} when both match. */
    boolean moreSpecificThan(MockRoute other) {
        int byPath = Integer.compare(PathPattern.specificity(path), PathPattern.specificity(other.path));
        if (byPath != 0) {
            return byPath > 0;
        }
        int byConditions = Integer.compare(match.conditions(), other.match.conditions());
        if (byConditions != 0) {
            return byConditions > 0;
        }
        return !method.equals(ANY_METHOD) && other.method.equals(ANY_METHOD);
    }

    /**
     * Whether {@code earlier}, placed before this route, answers every request this route matches,
     * so that this one is never used: the same method, path pattern and match.
     */
    public boolean isShadowedBy(MockRoute earlier) {
        return earlier.path.equals(path) && earlier.match.equals(match) && earlier.method.equals(method);
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
