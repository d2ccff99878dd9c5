package dev.statuslab.client;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.StatusLine;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;

/** Conversions between StatusLab's messages and HttpCore's, and the framing rules that apply. */
final class Messages {

    private Messages() {}

    static ClassicHttpRequest classic(WireRequest wire, InputStream content, long size) {
        BasicClassicHttpRequest request = new BasicClassicHttpRequest(wire.method(), wire.target());
        for (Header h : wire.request().headers()) {
            request.addHeader(h.name(), h.value());
        }
        if (content != null) {
            request.setEntity(new InputStreamEntity(content, size, null));
        }
        return request;
    }

    /** The status line as it crossed the wire (reason kept exactly), else as HttpCore parsed it. */
    static StatusLine statusLine(ClassicHttpResponse r, List<String> lines, int index) {
        if (index < lines.size()) {
            try {
                StatusLine exact = StatusLine.parse(lines.get(index));
                if (exact.code() == r.getCode()) {
                    return exact;
                }
            } catch (IllegalArgumentException e) {
                // fall back to the parsed one below
            }
        }
        String version = r.getVersion() == null ? "HTTP/1.1" : r.getVersion().toString();
        return new StatusLine(version, r.getCode(), Objects.toString(r.getReasonPhrase(), ""));
    }

    static Headers headers(ClassicHttpResponse r) {
        List<Header> lines = new ArrayList<>();
        for (org.apache.hc.core5.http.Header h : r.getHeaders()) {
            lines.add(new Header(h.getName(), Objects.toString(h.getValue(), "")));
        }
        return Headers.of(lines);
    }

    /** A 1xx that precedes the final response; 101 ends HTTP/1.1 on the connection, so it is final. */
    static boolean isInterim(int code) {
        return code >= 100 && code < 200 && code != 101;
    }

    /** HEAD, 1xx, 204, 304 and a 2xx to CONNECT have no body, whatever their fields say. */
    static boolean hasBody(String method, int code) {
        if (method.equals("HEAD") || code < 200 || code == 204 || code == 304) {
            return false;
        }
        return !(method.equals("CONNECT") && code / 100 == 2);
    }
}
