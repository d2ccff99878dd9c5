package dev.statuslab.core.transcript;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.http.StatusLine;
import java.util.Locale;

/**
 * Message heads in HTTP/1.1 form (start line, field lines, empty line, CRLF throughout), for
 * exchanges whose heads were not captured on the wire: entries imported from a browser's HAR,
 * requests that never went out. Also the protocol versions HAR files spell in several ways.
 */
final class Heads {

    static final String HTTP_1_1 = "HTTP/1.1";

    private Heads() {}

    /** {@code GET /path?q HTTP/1.1} and the request's fields, in order. */
    static String request(HttpRequest r, String version) {
        StringBuilder head = new StringBuilder(128);
        head.append(r.method().name())
                .append(' ')
                .append(target(r.url()))
                .append(' ')
                .append(version)
                .append("\r\n");
        return fields(head, r.headers()).toString();
    }

    /** The interim heads, then the final one. */
    static String response(HttpResponse r) {
        StringBuilder head = new StringBuilder(256);
        for (HttpResponse.Interim interim : r.interim()) {
            fields(statusLine(head, interim.statusLine()), interim.headers());
        }
        return fields(statusLine(head, r.statusLine()), r.headers()).toString();
    }

    /** The protocol version at the end of a head's request line, or HTTP/1.1 when there is no head. */
    static String requestVersion(String requestHead) {
        int eol = requestHead.indexOf("\r\n");
        String line = eol < 0 ? requestHead : requestHead.substring(0, eol);
        int space = line.lastIndexOf(' ');
        return space < 0 || !line.startsWith("HTTP/", space + 1) ? HTTP_1_1 : line.substring(space + 1);
    }

    /**
     * A version as HTTP writes it: browsers export {@code h2}, {@code http/2.0} or {@code HTTP/2.0}
     * for HTTP/2, lower-case {@code http/1.1}, and "" when nothing was received.
     */
    static String normalised(String harVersion) {
        String v = harVersion.trim().toUpperCase(Locale.ROOT);
        return switch (v) {
            case "" -> HTTP_1_1;
            case "H2", "HTTP/2", "HTTP/2.0" -> "HTTP/2";
            case "H3", "HTTP/3", "HTTP/3.0" -> "HTTP/3";
            default -> v.startsWith("HTTP/") ? v : harVersion.trim();
        };
    }

    /** The request target in origin form: path and query of an absolute URL, "/" when the path is empty. */
    static String target(String url) {
        int hash = url.indexOf('#');
        String u = hash < 0 ? url : url.substring(0, hash);
        int scheme = u.indexOf("://");
        if (scheme < 0) {
            return u.isEmpty() ? "/" : u;
        }
        int authorityEnd = scheme + 3;
        while (authorityEnd < u.length() && "/?".indexOf(u.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        String rest = u.substring(authorityEnd);
        return rest.isEmpty() || rest.startsWith("?") ? "/" + rest : rest;
    }

    private static StringBuilder statusLine(StringBuilder head, StatusLine line) {
        return head.append(line.version())
                .append(' ')
                .append(line.code())
                .append(' ')
                .append(line.reason())
                .append("\r\n");
    }

    private static StringBuilder fields(StringBuilder head, Headers headers) {
        for (Header h : headers) {
            head.append(h.name()).append(": ").append(h.value()).append("\r\n");
        }
        return head.append("\r\n");
    }
}
