package dev.statuslab.core.scenario;

import dev.statuslab.core.http.FormEncoding;
import dev.statuslab.core.http.Headers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request as a mock's match sees it: method, decoded path, decoded query parameters in order,
 * header fields, and the body as text (UTF-8).
 */
public record MockRequest(String method, String path, Map<String, List<String>> query, Headers headers, String body) {

    public MockRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = Map.copyOf(query);
        headers = headers == null ? Headers.empty() : headers;
        body = body == null ? "" : body;
    }

    /** A request of this method to {@code target} (a path with an optional {@code ?query}, or a whole URL). */
    public static MockRequest of(String method, String target, Headers headers, String body) {
        String rest = target;
        int scheme = rest.indexOf("://");
        if (scheme >= 0) {
            int slash = rest.indexOf('/', scheme + 3);
            rest = slash < 0 ? "/" : rest.substring(slash);
        }
        int hash = rest.indexOf('#');
        rest = hash < 0 ? rest : rest.substring(0, hash);
        int question = rest.indexOf('?');
        String path = question < 0 ? rest : rest.substring(0, question);
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (FormEncoding.Pair p : FormEncoding.queryOf(rest)) {
            query.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p.value());
        }
        return new MockRequest(method, path.isEmpty() ? "/" : decodedPath(path), query, headers, body);
    }

    /** Percent-decoding of a path ("+" stays a plus); a broken escape keeps the path as written. */
    private static String decodedPath(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /** The same request with another method (a HEAD is answered as a GET). */
    public MockRequest withMethod(String newMethod) {
        return new MockRequest(newMethod, path, query, headers, body);
    }
}
