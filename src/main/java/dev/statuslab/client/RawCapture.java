package dev.statuslab.client;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.HttpRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request prepared exactly as {@link WireClient} prepares it (same checks, Host first, Content-Length
 * for a body) with {@code Connection: close}, and keeps every byte the server sends until it closes: what a
 * linter needs, since a parsing client hides framing mistakes (a body after a HEAD response, bytes beyond
 * Content-Length). Reads at most {@code maxBytes}.
 */
public final class RawCapture {

    /**
     * What came back.
     *
     * @param request   the request as sent (Host and Content-Length added)
     * @param bytes     everything the server sent, up to the cap
     * @param failure   why the capture stopped early (refused, timed out, cut at the cap), or null when the
     *                  server closed the connection after its answer
     */
    public record Result(HttpRequest request, byte[] bytes, String failure) {}

    private RawCapture() {}

    /** Sends and reads; never throws for a network failure, which becomes {@link Result#failure()}. */
    public static Result capture(HttpRequest request, WireClient.Options options, int maxBytes) {
        WireRequest wire;
        try {
            wire = WireRequest.prepare(request);
        } catch (WireRequest.Refused e) {
            return new Result(request, new byte[0], e.getMessage());
        }
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        int phase = 0; // 0 connecting, 1 sending, 2 reading
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(wire.host(), wire.port()), (int)
                    options.connectTimeout().toMillis());
            socket.setSoTimeout((int) options.readTimeout().toMillis());
            phase = 1;
            OutputStream out = socket.getOutputStream();
            out.write(head(wire));
            try (InputStream body = wire.request().body().open()) {
                body.transferTo(out);
            }
            out.flush();
            phase = 2;
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[16 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                received.write(buffer, 0, Math.min(n, maxBytes - received.size()));
                if (received.size() >= maxBytes) {
                    return new Result(
                            wire.request(), received.toByteArray(), "stopped reading after " + maxBytes + " bytes");
                }
            }
            return new Result(wire.request(), received.toByteArray(), null);
        } catch (SocketTimeoutException e) {
            String what = phase == 0
                    ? "could not connect to " + wire.host() + ":" + wire.port() + " within "
                            + Failures.format(options.connectTimeout())
                    : "nothing more arrived within " + Failures.format(options.readTimeout());
            return new Result(wire.request(), received.toByteArray(), what);
        } catch (IOException e) {
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            String what = phase == 0
                    ? "cannot connect to " + wire.host() + ":" + wire.port() + ": " + detail
                    : "the connection failed: " + detail;
            return new Result(wire.request(), received.toByteArray(), what);
        }
    }

    private static byte[] head(WireRequest wire) {
        StringBuilder head = new StringBuilder(wire.method())
                .append(' ')
                .append(wire.target())
                .append(" HTTP/1.1\r\n");
        for (Header h : wire.request().headers()) {
            head.append(h.name()).append(": ").append(h.value()).append("\r\n");
        }
        if (!wire.request().headers().has("Connection")) {
            head.append("Connection: close\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
