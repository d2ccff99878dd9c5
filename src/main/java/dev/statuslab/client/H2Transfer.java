package dev.statuslab.client;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.io.Spool;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hc.core5.http.message.BasicHeader;

/**
 * The HTTP/2 side of an exchange, on a socket that agreed {@code h2} by ALPN or, in clear text,
 * by prior knowledge: the request as one stream (pseudo-fields from the URL and Host, the other
 * names lower-case as HTTP/2 requires, connection-specific fields left out), the response's
 * interim and final header blocks with names as received, and the body read as it arrives.
 * The heads are written down as text: the request line and the fields of the HEADERS frame,
 * {@code HTTP/2 201} and the response fields.
 */
final class H2Transfer {

    /** Fields HTTP/2 forbids (RFC 9113 §8.2.2); Host becomes :authority. */
    private static final Set<String> LEFT_OUT =
            Set.of("host", "connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade");

    /** What the transfer saw and when. */
    static final class Progress {
        long sendStart;
        long sendEnd;
        long firstByte;
        String requestHead = "";
        final StringBuilder responseHead = new StringBuilder();
    }

    private H2Transfer() {}

    static HttpResponse exchange(Socket socket, WireRequest wire, Spool spool, Progress progress) throws IOException {
        H2Connection h2 = new H2Connection(socket.getInputStream(), socket.getOutputStream());
        List<org.apache.hc.core5.http.Header> fields = requestFields(wire);
        progress.requestHead = requestHead(wire, fields);
        Body body = wire.request().body();
        progress.sendStart = System.nanoTime();
        h2.start();
        h2.sendHeaders(fields, body.isEmpty());
        if (!body.isEmpty()) {
            try (InputStream content = body.open()) {
                h2.sendBody(content);
            }
        }
        progress.sendEnd = System.nanoTime();
        List<HttpResponse.Interim> interim = new ArrayList<>();
        while (true) {
            H2Connection.Event event = h2.next();
            if (event instanceof H2Connection.Data) {
                throw new IOException("the server sent data before the response's header fields");
            }
            if (!(event instanceof H2Connection.HeaderBlock block)) {
                continue;
            }
            if (progress.firstByte == 0) {
                progress.firstByte = System.nanoTime();
            }
            int code = status(block.fields());
            StatusLine line = new StatusLine("HTTP/2", code, "");
            Headers headers = headers(block.fields());
            progress.responseHead.append(head(line, headers));
            if (code < 200 && !block.endStream()) {
                interim.add(new HttpResponse.Interim(line, headers));
                continue;
            }
            Body received = block.endStream() ? Body.empty() : spool.read(new DataStream(h2));
            h2.close();
            return new HttpResponse(interim, line, headers, received);
        }
    }

    private static List<org.apache.hc.core5.http.Header> requestFields(WireRequest wire) {
        List<org.apache.hc.core5.http.Header> out = new ArrayList<>();
        String authority = wire.request().headers().first("Host").orElse(wire.host());
        out.add(new BasicHeader(":method", wire.method()));
        out.add(new BasicHeader(":scheme", wire.secure() ? "https" : "http"));
        out.add(new BasicHeader(":authority", authority));
        out.add(new BasicHeader(":path", wire.target()));
        for (Header h : wire.request().headers()) {
            String name = h.name().toLowerCase(Locale.ROOT);
            if (LEFT_OUT.contains(name)
                    || name.equals("te") && !h.value().trim().equalsIgnoreCase("trailers")) {
                continue;
            }
            out.add(new BasicHeader(name, h.value()));
        }
        return out;
    }

    private static String requestHead(WireRequest wire, List<org.apache.hc.core5.http.Header> fields) {
        StringBuilder head = new StringBuilder(256);
        head.append(wire.method()).append(' ').append(wire.target()).append(" HTTP/2\r\n");
        for (org.apache.hc.core5.http.Header h : fields) {
            head.append(h.getName()).append(": ").append(h.getValue()).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    private static String head(StatusLine line, Headers headers) {
        StringBuilder head = new StringBuilder(256);
        head.append(line.version()).append(' ').append(line.code()).append("\r\n");
        for (Header h : headers) {
            head.append(h.name()).append(": ").append(h.value()).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    private static int status(List<org.apache.hc.core5.http.Header> fields) throws IOException {
        for (org.apache.hc.core5.http.Header h : fields) {
            if (h.getName().equals(":status")) {
                try {
                    int code = Integer.parseInt(h.getValue());
                    if (code >= 100 && code <= 999) {
                        return code;
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                throw new IOException("the server sent a malformed :status \"" + h.getValue() + "\"");
            }
        }
        throw new IOException("the server's response has no :status");
    }

    /** The response's fields, as received (lower-case names), without the :status pseudo-field. */
    private static Headers headers(List<org.apache.hc.core5.http.Header> fields) {
        List<Header> out = new ArrayList<>(fields.size());
        for (org.apache.hc.core5.http.Header h : fields) {
            if (!h.getName().startsWith(":")) {
                out.add(new Header(h.getName(), h.getValue() == null ? "" : h.getValue()));
            }
        }
        return Headers.of(out);
    }

    /** The stream's DATA as an input stream; trailers end it. */
    private static final class DataStream extends InputStream {
        private final H2Connection h2;
        private byte[] current = new byte[0];
        private int position;
        private boolean ended;

        DataStream(H2Connection h2) {
            this.h2 = h2;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (position >= current.length) {
                if (ended) {
                    return -1;
                }
                H2Connection.Event e = h2.next();
                if (e instanceof H2Connection.Data d) {
                    current = d.bytes();
                    position = 0;
                    ended = d.endStream();
                } else if (e instanceof H2Connection.HeaderBlock trailers) {
                    ended = ended || trailers.endStream();
                    current = new byte[0];
                    position = 0;
                    if (!trailers.endStream()) {
                        throw new IOException("the server sent header fields in the middle of the body");
                    }
                }
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, b, off, n);
            position += n;
            return n;
        }
    }
}
