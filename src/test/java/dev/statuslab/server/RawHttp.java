package dev.statuslab.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A test client that writes requests byte for byte and reads responses as they arrive: status
 * line with its reason, interim 1xx responses, field lines in order and case, and the body framed
 * by Content-Length, chunked coding or close (none for HEAD, 1xx, 204, 304).
 */
final class RawHttp {

    record Field(String name, String value) {}

    record Interim(int status, String reason, List<Field> fields) {}

    record Response(
            String version,
            int status,
            String reason,
            List<Field> fields,
            byte[] body,
            List<Interim> interim,
            int extraBytes) {

        Optional<String> header(String name) {
            return fields.stream()
                    .filter(f -> f.name().equalsIgnoreCase(name))
                    .map(Field::value)
                    .findFirst();
        }

        List<String> headers(String name) {
            return fields.stream()
                    .filter(f -> f.name().equalsIgnoreCase(name))
                    .map(Field::value)
                    .toList();
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String statusLine() {
            return version + " " + status + " " + reason;
        }
    }

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    Response get(String path, String... headers) throws IOException {
        return send("GET", path, null, headers);
    }

    Response send(String method, String path, String body, String... headers) throws IOException {
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
        boolean hasHost = false;
        for (int i = 0; i < headers.length; i += 2) {
            hasHost |= headers[i].equalsIgnoreCase("Host");
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        if (!hasHost) {
            head.append("Host: 127.0.0.1:").append(port).append("\r\n");
        }
        byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            head.append("Content-Length: ").append(payload.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[start.length + payload.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(payload, 0, all, start.length, payload.length);
        return exchange(all, method.equals("HEAD"));
    }

    /** Sends exactly these bytes and reads one response. */
    Response exchange(byte[] raw, boolean head) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(raw);
            out.flush();
            return read(socket.getInputStream(), head);
        }
    }

    static Response read(InputStream in, boolean head) throws IOException {
        List<Interim> interim = new ArrayList<>();
        while (true) {
            String statusLine = line(in);
            if (statusLine == null) {
                throw new IOException("connection closed without a response");
            }
            String[] parts = statusLine.split(" ", 3);
            int status = Integer.parseInt(parts[1]);
            String reason = parts.length > 2 ? parts[2] : "";
            List<Field> fields = new ArrayList<>();
            for (String l = line(in); l != null && !l.isEmpty(); l = line(in)) {
                int colon = l.indexOf(':');
                fields.add(
                        new Field(l.substring(0, colon), l.substring(colon + 1).strip()));
            }
            if (status >= 100 && status < 200 && status != 101) {
                interim.add(new Interim(status, reason, fields));
                continue;
            }
            byte[] body = readBody(in, head || status == 204 || status == 304 || status == 101, fields);
            int extra = head || status == 204 || status == 304 ? in.readAllBytes().length : 0;
            return new Response(parts[0], status, reason, fields, body, interim, extra);
        }
    }

    private static byte[] readBody(InputStream in, boolean none, List<Field> fields) throws IOException {
        if (none) {
            return new byte[0];
        }
        String te = value(fields, "Transfer-Encoding");
        String cl = value(fields, "Content-Length");
        if (te != null && te.toLowerCase(Locale.ROOT).contains("chunked")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (true) {
                int size = Integer.parseInt(line(in).split(";")[0].trim(), 16);
                if (size == 0) {
                    while (!line(in).isEmpty()) {
                        // trailers
                    }
                    return out.toByteArray();
                }
                out.write(in.readNBytes(size));
                line(in);
            }
        }
        if (cl != null) {
            return in.readNBytes(Integer.parseInt(cl));
        }
        return in.readAllBytes();
    }

    private static String value(List<Field> fields, String name) {
        return fields.stream()
                .filter(f -> f.name().equalsIgnoreCase(name))
                .map(Field::value)
                .findFirst()
                .orElse(null);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = buf.toByteArray();
                int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
            }
            buf.write(b);
        }
        return buf.size() == 0 ? null : buf.toString(StandardCharsets.ISO_8859_1);
    }
}
