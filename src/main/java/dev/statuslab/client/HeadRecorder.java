package dev.statuslab.client;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies the head bytes of HTTP/1.1 messages as they cross the wire: the start line and field
 * lines up to the empty line that ends them. On the response side it keeps going through interim
 * (1xx other than 101) heads to the final one; it never copies a body. A head ends at an empty
 * line, with or without CR, as the parser accepts both.
 */
final class HeadRecorder {

    /** Never copy more than this, whatever a broken peer sends. */
    static final int MAX_BYTES = 1024 * 1024;

    private final boolean followInterim;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream(512);
    private final List<String> startLines = new ArrayList<>(2);
    private final StringBuilder startLine = new StringBuilder();
    private final List<Long> headStarts = new ArrayList<>(2);
    private boolean done;
    private boolean inHead;
    private boolean headHasLine;
    private int lineLength;
    private long total;

    private HeadRecorder(boolean followInterim) {
        this.followInterim = followInterim;
    }

    /** Records one request head. */
    static HeadRecorder request() {
        return new HeadRecorder(false);
    }

    /** Records interim response heads and the final one. */
    static HeadRecorder response() {
        return new HeadRecorder(true);
    }

    /** How many bytes crossed the tap, heads and bodies, so far. */
    synchronized long total() {
        return total;
    }

    InputStream tap(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    accept(new byte[] {(byte) b}, 0, 1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    accept(b, off, n);
                }
                return n;
            }
        };
    }

    OutputStream tap(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                accept(new byte[] {(byte) b}, 0, 1);
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                accept(b, off, len);
                out.write(b, off, len);
            }
        };
    }

    synchronized void accept(byte[] bytes, int off, int len) {
        total += len;
        long now = System.nanoTime();
        for (int i = off; i < off + len && !done; i++) {
            if (!inHead) {
                inHead = true;
                headStarts.add(now);
            }
            accept(bytes[i]);
        }
    }

    private void accept(byte b) {
        if (copy.size() >= MAX_BYTES) {
            done = true;
            return;
        }
        copy.write(b);
        if (b == '\n') {
            if (lineLength == 0 && headHasLine) {
                endOfHead();
            } else if (lineLength > 0 && !headHasLine) {
                headHasLine = true;
                startLines.add(startLine.toString());
            }
            lineLength = 0;
        } else if (b != '\r') {
            lineLength++;
            if (!headHasLine && startLine.length() < 8 * 1024) {
                startLine.append((char) (b & 0xff));
            }
        }
    }

    private void endOfHead() {
        int code = statusCode(startLine.toString());
        if (followInterim && code >= 100 && code < 200 && code != 101) {
            inHead = false;
            headHasLine = false;
            startLine.setLength(0);
        } else {
            done = true;
        }
    }

    private static int statusCode(String line) {
        String[] parts = line.split(" ", 3);
        if (parts.length < 2 || parts[1].length() != 3) {
            return -1;
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Everything copied so far, as ISO-8859-1 text. */
    synchronized String text() {
        return copy.toString(StandardCharsets.ISO_8859_1);
    }

    /** The start lines of the heads seen so far, exactly as received. */
    synchronized List<String> startLines() {
        return List.copyOf(startLines);
    }

    /**
     * When the first byte of the first head that began at or after {@code nanos} crossed; else
     * that of the last head (an early answer, read while the request was still going out); or -1.
     */
    synchronized long headStartAfter(long nanos) {
        for (long start : headStarts) {
            if (start >= nanos) {
                return start;
            }
        }
        return headStarts.isEmpty() ? -1 : headStarts.get(headStarts.size() - 1);
    }
}
