package dev.statuslab.core.http;

import java.util.List;
import java.util.Objects;

/**
 * A response as received: any interim (1xx) responses that came first, the final status line,
 * its field lines in received order and original case, and the body bytes.
 */
public record HttpResponse(List<Interim> interim, StatusLine statusLine, Headers headers, Body body) {

    /** An interim 1xx response that preceded the final one. */
    public record Interim(StatusLine statusLine, Headers headers) {}

    public HttpResponse {
        interim = List.copyOf(interim);
        Objects.requireNonNull(statusLine, "statusLine");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }

    public HttpResponse(StatusLine statusLine, Headers headers, Body body) {
        this(List.of(), statusLine, headers, body);
    }

    public int code() {
        return statusLine.code();
    }
}
