package dev.statuslab.core.http;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The bytes of a message body, immutable. */
public final class Body {

    private static final Body EMPTY = new Body(new byte[0]);

    private final byte[] bytes;

    private Body(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Body empty() {
        return EMPTY;
    }

    public static Body of(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new Body(bytes.clone());
    }

    public static Body of(String text) {
        return of(text, StandardCharsets.UTF_8);
    }

    public static Body of(String text, Charset charset) {
        return text.isEmpty() ? EMPTY : new Body(text.getBytes(charset));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public long size() {
        return bytes.length;
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    public String text() {
        return text(StandardCharsets.UTF_8);
    }

    public String text(Charset charset) {
        return new String(bytes, charset);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Body other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Body[" + bytes.length + " bytes]";
    }
}
