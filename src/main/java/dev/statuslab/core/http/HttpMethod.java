package dev.statuslab.core.http;

import java.util.Objects;
import java.util.Set;

/**
 * A request method: any RFC 9110 token, case-sensitive. The standard methods are kept as
 * constants; anything else is an extension method, which a test tool must still be able to send.
 */
public record HttpMethod(String name) {

    public static final HttpMethod GET = new HttpMethod("GET");
    public static final HttpMethod HEAD = new HttpMethod("HEAD");
    public static final HttpMethod POST = new HttpMethod("POST");
    public static final HttpMethod PUT = new HttpMethod("PUT");
    public static final HttpMethod PATCH = new HttpMethod("PATCH");
    public static final HttpMethod DELETE = new HttpMethod("DELETE");
    public static final HttpMethod OPTIONS = new HttpMethod("OPTIONS");
    public static final HttpMethod TRACE = new HttpMethod("TRACE");
    public static final HttpMethod CONNECT = new HttpMethod("CONNECT");

    private static final Set<String> STANDARD =
            Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT");
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    public HttpMethod {
        Objects.requireNonNull(name, "name");
        if (!Tokens.isToken(name)) {
            throw new IllegalArgumentException("not a method token: \"" + name + "\"");
        }
    }

    /** Parses a method, rejecting anything that is not a token (empty, spaces, separators). */
    public static HttpMethod of(String name) {
        return new HttpMethod(name);
    }

    /** One of the methods of RFC 9110 or PATCH (RFC 5789). */
    public boolean isStandard() {
        return STANDARD.contains(name);
    }

    /** Safe in the sense of RFC 9110 9.2.1: read-only by definition. */
    public boolean isSafe() {
        return SAFE.contains(name);
    }

    public boolean is(String other) {
        return name.equals(other);
    }

    @Override
    public String toString() {
        return name;
    }
}
