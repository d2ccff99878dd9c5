package dev.statuslab.core.http;

import java.util.Objects;

/**
 * A request as the user means to send it: method, target URL (absolute, or a path to resolve
 * against the simulator's base URL), field lines in order, and body.
 */
public record HttpRequest(HttpMethod method, String url, Headers headers, Body body) {

    public HttpRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }

    public static HttpRequest get(String url) {
        return new HttpRequest(HttpMethod.GET, url, Headers.empty(), Body.empty());
    }

    public HttpRequest withUrl(String newUrl) {
        return new HttpRequest(method, newUrl, headers, body);
    }

    public HttpRequest withHeaders(Headers newHeaders) {
        return new HttpRequest(method, url, newHeaders, body);
    }

    public HttpRequest withBody(Body newBody) {
        return new HttpRequest(method, url, headers, newBody);
    }
}
