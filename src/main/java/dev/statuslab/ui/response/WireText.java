package dev.statuslab.ui.response;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.transcript.Exchange;
import java.net.URI;

/** The response as it crossed the wire: its head and its final status line, exactly. */
final class WireText {

    private WireText() {}

    /**
     * The final status line as received, e.g. "HTTP/1.1 503 Down For Lunch": taken from the head
     * read off the wire when there is one, else rebuilt from the parsed line (no trailing space
     * when the reason is empty).
     */
    static String statusLine(Exchange exchange) {
        HttpResponse response = exchange.response();
        String fromWire = lastStatusLine(exchange.responseHead());
        if (fromWire != null) {
            try {
                if (StatusLine.parse(fromWire).code() == response.code()) {
                    return fromWire;
                }
            } catch (IllegalArgumentException e) {
                // not a well-formed line: fall back to the parsed one
            }
        }
        return rebuilt(response.statusLine());
    }

    static String rebuilt(StatusLine line) {
        return line.version() + " " + line.code() + (line.reason().isEmpty() ? "" : " " + line.reason());
    }

    /**
     * The Raw tab's heads: the request head as it was sent (when recorded), then the response head
     * as read.
     */
    static String heads(Exchange exchange) {
        String sent = exchange.requestHead();
        return sent == null || sent.isBlank() ? head(exchange) : sent + head(exchange);
    }

    /** The head as read, or, for an exchange recorded without it, the head rebuilt from the response. */
    static String head(Exchange exchange) {
        if (!exchange.responseHead().isBlank()) {
            return exchange.responseHead();
        }
        HttpResponse response = exchange.response();
        StringBuilder out = new StringBuilder();
        for (HttpResponse.Interim interim : response.interim()) {
            out.append(rebuilt(interim.statusLine())).append("\r\n");
            appendFields(out, interim.headers());
            out.append("\r\n");
        }
        out.append(rebuilt(response.statusLine())).append("\r\n");
        appendFields(out, response.headers());
        return out.append("\r\n").toString();
    }

    private static void appendFields(StringBuilder out, Iterable<Header> headers) {
        for (Header h : headers) {
            out.append(h.name()).append(": ").append(h.value()).append("\r\n");
        }
    }

    /** A file name for a body fetched from {@code url}: its last path segment, or "response". */
    static String fileName(String url, BodyLanguage language) {
        String name = "";
        try {
            String path = URI.create(url).getPath();
            if (path != null) {
                name = path.substring(path.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
            }
        } catch (IllegalArgumentException e) {
            // not a URI: fall back to the default name
        }
        if (name.isEmpty()) {
            name = "response";
        }
        if (name.contains(".")) {
            return name;
        }
        return name
                + switch (language) {
                    case JSON -> ".json";
                    case HTML -> ".html";
                    case TEXT -> ".txt";
                    case BINARY -> ".bin";
                };
    }

    /** The status line that starts the last message of a head (interim responses come first). */
    private static String lastStatusLine(String head) {
        String last = null;
        boolean atStart = true;
        for (String line : head.split("\r?\n", -1)) {
            if (atStart && line.startsWith("HTTP/")) {
                last = line;
            }
            atStart = line.isEmpty();
        }
        return last;
    }
}
