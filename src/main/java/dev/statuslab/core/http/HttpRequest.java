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

    /** The Host field for a URL's host and port: the port only when it is not the default 80. */
    public static String hostField(String host, int port) {
        return port == -1 || port == 80 ? host : host + ":" + port;
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
