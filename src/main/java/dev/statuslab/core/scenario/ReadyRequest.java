package dev.statuslab.core.scenario;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * One request of a scenario, ready to send to the simulator, with the status (or, for a random
 * answer, the statuses) it should get.
 *
 * @param label            what the request shows, in a few words
 * @param method           the request method, an RFC 9110 token such as GET
 * @param path             the target relative to the simulator, starting with "/" and possibly
 *                         carrying a query, e.g. "/anything?debug=1"
 * @param headers          field lines to send, in order; Content-Type is added from {@code bodyKind}
 *                         when missing
 * @param bodyKind         what the body holds
 * @param body             the body text, sent as UTF-8; empty for none
 * @param expectedStatuses the final statuses the simulator may answer with, the usual one first
 */
public record ReadyRequest(
        String label,
        String method,
        String path,
        List<Header> headers,
        BodyKind bodyKind,
        String body,
        List<Integer> expectedStatuses) {

    /** Validates the request and makes immutable copies of the lists. */
    public ReadyRequest {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a request needs a label");
        }
        Objects.requireNonNull(method, "method");
        HttpMethod.of(method);
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/") || path.startsWith("//") || path.chars().anyMatch(c -> c <= ' ' || c == '#')) {
            throw new IllegalArgumentException(
                    "the path must start with a single / and hold no spaces or #: \"" + path + "\"");
        }
        headers = List.copyOf(headers == null ? List.of() : headers);
        bodyKind = bodyKind == null ? BodyKind.NONE : bodyKind;
        body = body == null ? "" : body;
        Objects.requireNonNull(expectedStatuses, "expectedStatuses");
        expectedStatuses = List.copyOf(expectedStatuses);
        if (expectedStatuses.isEmpty()) {
            throw new IllegalArgumentException("a request must expect at least one status");
        }
        for (int status : expectedStatuses) {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("an expected status must be within 100-599, got " + status);
            }
        }
    }

    /** A request without headers or body. */
    public static ReadyRequest of(String label, String method, String path, int expectedStatus) {
        return new ReadyRequest(label, method, path, List.of(), BodyKind.NONE, "", List.of(expectedStatus));
    }

    /**
     * The label without the method it starts with, for a row that shows the method already or does
     * not need it: "POST a complete message" reads "complete message", "GET: pong" reads "pong". A
     * label that does not start with the method is kept whole.
     */
    public String shortLabel() {
        String[] words = label.split(" ", 2);
        String first = words[0].endsWith(":") ? words[0].substring(0, words[0].length() - 1) : words[0];
        if (words.length < 2 || !first.equalsIgnoreCase(method)) {
            return label;
        }
        String rest = words[1].strip();
        for (String article : new String[] {"a ", "an ", "the "}) {
            if (rest.startsWith(article) && rest.length() > article.length()) {
                rest = rest.substring(article.length());
                break;
            }
        }
        return rest.isEmpty() ? label : rest;
    }

    /** The usual status: the first expected one. */
    public int expectedStatus() {
        return expectedStatuses.get(0);
    }

    /** Whether {@code status} is one of the expected statuses. */
    public boolean expects(int status) {
        return expectedStatuses.contains(status);
    }

    /**
     * The request to send to a simulator at {@code base}, e.g. {@code http://127.0.0.1:8000}: the URL is
     * the base (without a trailing slash) followed by the path, the headers keep their order, a
     * Content-Type is added from the body kind when the headers carry none, and the body is UTF-8.
     */
    public HttpRequest toHttpRequest(URI base) {
        Objects.requireNonNull(base, "base");
        String prefix = base.toString();
        while (prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        Headers lines = Headers.of(headers);
        if (bodyKind != BodyKind.NONE && !lines.has("Content-Type")) {
            lines = lines.with("Content-Type", bodyKind.contentType());
        }
        return new HttpRequest(HttpMethod.of(method), prefix + path, lines, Body.of(body));
    }
}
