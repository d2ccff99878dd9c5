package dev.statuslab.core.http;

import java.net.URI;

/** An earlier request made ready to go on the wire again, as it was or aimed at another server. */
public final class Resend {

    private Resend() {}

    /**
     * The request without HTTP/2's pseudo-header fields (":authority" and so on, in browser HAR
     * files), which cannot go on an HTTP/1.1 wire.
     */
    public static HttpRequest again(HttpRequest request) {
        if (request.headers().asList().stream().noneMatch(h -> h.name().startsWith(":"))) {
            return request;
        }
        return request.withHeaders(Headers.of(request.headers().asList().stream()
                .filter(h -> !h.name().startsWith(":"))
                .toList()));
    }

    /**
     * The same method, path, query, headers and body on {@code base}'s scheme, host and port (for
     * an exchange recorded elsewhere); its Host field is left for the client to set.
     */
    public static HttpRequest onto(HttpRequest request, URI base) {
        HttpRequest original = again(request);
        return original.withUrl(rebase(original.url(), base))
                .withHeaders(original.headers().without("Host"));
    }

    /** The path and query of {@code url} on {@code base}'s scheme, host and port. */
    static String rebase(String url, URI base) {
        try {
            URI uri = URI.create(url);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return base.getScheme() + "://" + base.getRawAuthority() + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return base.toString();
        }
    }
}
