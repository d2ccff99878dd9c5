package dev.statuslab.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http2.H2Error;
import org.apache.hc.core5.http2.config.H2Param;
import org.apache.hc.core5.http2.config.H2Setting;
import org.apache.hc.core5.http2.frame.DefaultFrameFactory;
import org.apache.hc.core5.http2.frame.FrameFactory;
import org.apache.hc.core5.http2.frame.FrameFlag;
import org.apache.hc.core5.http2.frame.FrameType;
import org.apache.hc.core5.http2.frame.RawFrame;
import org.apache.hc.core5.http2.hpack.HPackDecoder;
import org.apache.hc.core5.http2.hpack.HPackEncoder;
import org.apache.hc.core5.http2.hpack.HPackException;
import org.apache.hc.core5.http2.impl.io.FrameInputBuffer;
import org.apache.hc.core5.http2.impl.io.FrameOutputBuffer;
import org.apache.hc.core5.util.ByteArrayBuffer;

/**
 * One HTTP/2 stream (id 1) on a connection of its own, blocking, with HttpCore 5's frame and HPACK
 * codecs: the preface and settings, the request's HEADERS (and CONTINUATION) and DATA within the
 * peer's flow-control window, then the response's header blocks and DATA as events, with control
 * frames (SETTINGS, PING, WINDOW_UPDATE, GOAWAY, RST_STREAM) answered on the way.
 */
final class H2Connection {

    static final byte[] PREFACE = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int STREAM = 1;
    private static final int DEFAULT_FRAME = 16_384;
    private static final int WINDOW = 1 << 24;
    private static final int MAX_HEADER_LIST = 256 * 1024;

    /** What arrived for the stream. */
    sealed interface Event permits HeaderBlock, Data {}

    record HeaderBlock(List<Header> fields, boolean endStream) implements Event {}

    record Data(byte[] bytes, boolean endStream) implements Event {}

    private final InputStream in;
    private final OutputStream out;
    private final FrameFactory frames = DefaultFrameFactory.INSTANCE;
    private final FrameInputBuffer reader = new FrameInputBuffer(1 << 24);
    private final FrameOutputBuffer writer = new FrameOutputBuffer(1 << 24);
    private final HPackEncoder encoder = new HPackEncoder(4096, StandardCharsets.UTF_8);
    private final HPackDecoder decoder = new HPackDecoder(4096, StandardCharsets.UTF_8);
    private int peerFrameSize = DEFAULT_FRAME;
    private long connectionWindow = 65_535;
    private long streamWindow = 65_535;
    private int peerInitialWindow = 65_535;
    private long unacknowledged;
    private boolean streamEnded;

    H2Connection(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
        decoder.setMaxListSize(MAX_HEADER_LIST);
    }

    /** The client preface: the magic, our settings (no push, a large window), a larger connection window. */
    void start() throws IOException {
        out.write(PREFACE);
        write(frames.createSettings(
                new H2Setting(H2Param.ENABLE_PUSH, 0),
                new H2Setting(H2Param.INITIAL_WINDOW_SIZE, WINDOW),
                new H2Setting(H2Param.MAX_HEADER_LIST_SIZE, MAX_HEADER_LIST)));
        write(frames.createWindowUpdate(0, WINDOW - 65_535));
        out.flush();
    }

    /** Sends the request's fields (pseudo-fields first, names lower-case). */
    void sendHeaders(List<Header> fields, boolean endStream) throws IOException {
        ByteArrayBuffer block = new ByteArrayBuffer(512);
        encoder.encodeHeaders(block, fields, true);
        ByteBuffer all = ByteBuffer.wrap(block.array(), 0, block.length());
        boolean first = true;
        do {
            int n = Math.min(all.remaining(), peerFrameSize);
            ByteBuffer part = all.slice();
            part.limit(n);
            all.position(all.position() + n);
            boolean last = !all.hasRemaining();
            write(
                    first
                            ? frames.createHeaders(STREAM, part, last, endStream)
                            : frames.createContinuation(STREAM, part, last));
            first = false;
        } while (all.hasRemaining());
        out.flush();
    }

    /** Sends the body in DATA frames as the peer's window allows, the last one ending the stream. */
    void sendBody(InputStream body) throws IOException {
        byte[] chunk = new byte[DEFAULT_FRAME];
        int n = body.readNBytes(chunk, 0, chunk.length);
        while (true) {
            byte[] next = new byte[DEFAULT_FRAME];
            int m = n < chunk.length ? 0 : body.readNBytes(next, 0, next.length);
            boolean last = m <= 0;
            sendData(chunk, n, last);
            if (last) {
                break;
            }
            chunk = next;
            n = m;
        }
        out.flush();
    }

    private void sendData(byte[] chunk, int n, boolean last) throws IOException {
        int sent = 0;
        do {
            while (n > 0 && Math.min(connectionWindow, streamWindow) <= 0) {
                out.flush();
                if (next() != null) {
                    throw new IOException("the server answered before the request body was sent");
                }
            }
            int size = (int) Math.min(Math.min(n - sent, peerFrameSize), Math.min(connectionWindow, streamWindow));
            write(frames.createData(STREAM, ByteBuffer.wrap(chunk, sent, size), last && sent + size == n));
            connectionWindow -= size;
            streamWindow -= size;
            sent += size;
        } while (sent < n);
    }

    /**
     * Reads frames until one carries something for the stream: a whole header block, or data.
     * Returns null for a control frame handled on the way (so a caller can check its windows).
     *
     * @throws IOException when the connection or the stream is reset or goes away, or a frame is malformed
     */
    Event next() throws IOException {
        if (streamEnded) {
            return null;
        }
        RawFrame f = reader.read(in);
        FrameType type = FrameType.valueOf(f.getType());
        if (type == null) {
            return null; // unknown frame types are ignored (RFC 9113 §4.1)
        }
        switch (type) {
            case SETTINGS -> settings(f);
            case PING -> {
                if (!f.isFlagSet(FrameFlag.ACK)) {
                    write(frames.createPingAck(f.getPayload()));
                    out.flush();
                }
            }
            case WINDOW_UPDATE -> {
                int increment = f.getPayload().getInt() & 0x7fffffff;
                if (f.getStreamId() == 0) {
                    connectionWindow += increment;
                } else if (f.getStreamId() == STREAM) {
                    streamWindow += increment;
                }
            }
            case GOAWAY -> {
                ByteBuffer p = f.getPayload();
                int lastStream = p.getInt() & 0x7fffffff;
                String code = error(p.getInt());
                if (lastStream < STREAM) {
                    throw new IOException("the server closed the HTTP/2 connection (GOAWAY " + code + ")");
                }
            }
            case RST_STREAM -> {
                if (f.getStreamId() == STREAM) {
                    throw new IOException("the server reset the HTTP/2 stream ("
                            + error(f.getPayload().getInt()) + ")");
                }
            }
            case HEADERS -> {
                return headerBlock(f);
            }
            case DATA -> {
                return data(f);
            }
            default -> {
                // PRIORITY, PUSH_PROMISE (push is off), CONTINUATION outside a block: nothing to do
            }
        }
        return null;
    }

    private Event headerBlock(RawFrame first) throws IOException {
        ByteArrayBuffer block = new ByteArrayBuffer(1024);
        append(block, first.getPayloadContent());
        boolean end = first.isFlagSet(FrameFlag.END_STREAM);
        RawFrame f = first;
        while (!f.isFlagSet(FrameFlag.END_HEADERS)) {
            f = reader.read(in);
            if (f.getType() != FrameType.CONTINUATION.getValue() || f.getStreamId() != first.getStreamId()) {
                throw new IOException("the server broke a header block with another frame");
            }
            append(block, f.getPayloadContent());
            if (block.length() > MAX_HEADER_LIST) {
                throw new IOException("the server sent more than " + MAX_HEADER_LIST + " bytes of header fields");
            }
        }
        List<Header> fields;
        try {
            fields = new ArrayList<>(decoder.decodeHeaders(ByteBuffer.wrap(block.array(), 0, block.length())));
        } catch (HPackException e) {
            throw new IOException("the server sent a malformed header block: " + e.getMessage(), e);
        }
        if (first.getStreamId() != STREAM) {
            return null;
        }
        streamEnded = end;
        return new HeaderBlock(fields, end);
    }

    private Event data(RawFrame f) throws IOException {
        int length = f.getLength(); // padding counts against the window too
        ByteBuffer content = f.getPayloadContent();
        byte[] bytes = new byte[content == null ? 0 : content.remaining()];
        if (content != null) {
            content.get(bytes);
        }
        unacknowledged += length;
        if (unacknowledged > WINDOW / 2) {
            write(frames.createWindowUpdate(0, (int) unacknowledged));
            write(frames.createWindowUpdate(STREAM, (int) unacknowledged));
            out.flush();
            unacknowledged = 0;
        }
        if (f.getStreamId() != STREAM) {
            return null;
        }
        boolean end = f.isFlagSet(FrameFlag.END_STREAM);
        streamEnded = end;
        return new Data(bytes, end);
    }

    private void settings(RawFrame f) throws IOException {
        if (f.isFlagSet(FrameFlag.ACK)) {
            return;
        }
        ByteBuffer p = f.getPayload();
        while (p != null && p.remaining() >= 6) {
            int id = p.getShort() & 0xffff;
            int value = p.getInt();
            if (id == H2Param.MAX_FRAME_SIZE.getCode()) {
                peerFrameSize = value;
            } else if (id == H2Param.INITIAL_WINDOW_SIZE.getCode()) {
                streamWindow += (long) value - peerInitialWindow;
                peerInitialWindow = value;
            } else if (id == H2Param.HEADER_TABLE_SIZE.getCode()) {
                encoder.setMaxTableSize(Math.min(value, 4096));
            }
        }
        write(frames.createSettingsAck());
        out.flush();
    }

    /** Ends the connection politely once the stream is done. */
    void close() {
        try {
            write(frames.createGoAway(STREAM, H2Error.NO_ERROR, null));
            out.flush();
        } catch (IOException e) {
            // closing anyway
        }
    }

    private void write(RawFrame frame) throws IOException {
        writer.write(frame, out);
    }

    private static void append(ByteArrayBuffer block, ByteBuffer payload) {
        if (payload != null) {
            while (payload.hasRemaining()) {
                block.append(payload.get());
            }
        }
    }

    private static String error(int code) {
        H2Error e = H2Error.getByCode(code);
        return e == null ? "error " + code : e.name();
    }
}
