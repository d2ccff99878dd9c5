package dev.statuslab.core.lint;

import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.StatusLine;
import java.util.Locale;
import java.util.Objects;

/**
 * A response to judge and what is known of its request.
 *
 * @param method         the request method, e.g. "GET"
 * @param scheme         "http" or "https"
 * @param requestHeaders the request's fields (Origin, If-None-Match, … matter to some rules)
 * @param statusLine     the final status line
 * @param headers        the final response's fields, in received order
 * @param body           the content as received (de-chunked), or its first bytes when it is large
 * @param bodySize       the size of the whole content
 * @param wireBodyBytes  how many bytes followed the head on the wire until the connection closed, when the
 *                       raw bytes were seen; -1 when only a parsed response is known
 */
public record Subject(
        String method,
        String scheme,
        Headers requestHeaders,
        StatusLine statusLine,
        Headers headers,
        byte[] body,
        long bodySize,
        long wireBodyBytes) {

    /** How much of a body the content rules look at. */
    public static final int SAMPLE = 256 * 1024;

    public Subject {
        method = method == null || method.isBlank() ? "GET" : method;
        scheme = scheme == null ? "http" : scheme.toLowerCase(Locale.ROOT);
        requestHeaders = requestHeaders == null ? Headers.empty() : requestHeaders;
        Objects.requireNonNull(statusLine, "statusLine");
        Objects.requireNonNull(headers, "headers");
        body = body == null ? new byte[0] : body;
    }

    public int code() {
        return statusLine.code();
    }

    public boolean head() {
        return method.equalsIgnoreCase("HEAD");
    }

    /** Whether the whole content is in {@link #body()}. */
    public boolean bodyComplete() {
        return body.length == bodySize;
    }

    /** Whether this response may carry content at all (RFC 9110 §6.4.1): not 1xx, 204, 304, nor for HEAD. */
    public boolean contentAllowed() {
        int c = code();
        return !head() && c >= 200 && c != 204 && c != 304;
    }
}
