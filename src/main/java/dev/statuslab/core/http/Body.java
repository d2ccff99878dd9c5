package dev.statuslab.core.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The bytes of a message body, immutable: held in memory, or (for large bodies) in a file that
 * the owner of the body keeps until it is no longer needed, so that a 50 MB response never
 * sits on the heap. Read large bodies through {@link #open()} or {@link #preview(int)}.
 */
public final class Body {

    private static final Body EMPTY = new Body(new byte[0], null, 0);

    private final byte[] bytes;
    private final Path file;
    private final long size;

    private Body(byte[] bytes, Path file, long size) {
        this.bytes = bytes;
        this.file = file;
        this.size = size;
    }

    public static Body empty() {
        return EMPTY;
    }

    public static Body of(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new Body(bytes.clone(), null, bytes.length);
    }

    public static Body of(String text) {
        return of(text, StandardCharsets.UTF_8);
    }

    public static Body of(String text, Charset charset) {
        return text.isEmpty() ? EMPTY : of(text.getBytes(charset));
    }

    /** A body whose {@code size} bytes are in {@code file}. */
    public static Body ofFile(Path file, long size) {
        Objects.requireNonNull(file, "file");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        return size == 0 ? EMPTY : new Body(null, file, size);
    }

    public long size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public boolean inMemory() {
        return file == null;
    }

    /** The file holding a large body, if this one lives on disk. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public InputStream open() throws IOException {
        return file == null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
    }

    /** Every byte; reads the file for a body on disk (prefer {@link #preview(int)} for those). */
    public byte[] bytes() {
        if (file == null) {
            return bytes.clone();
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read body from " + file, e);
        }
    }

    /** At most {@code max} leading bytes. */
    public byte[] preview(int max) {
        if (file == null) {
            return Arrays.copyOf(bytes, (int) Math.min(max, size));
        }
        try (InputStream in = open()) {
            return in.readNBytes((int) Math.min(max, size));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read body from " + file, e);
        }
    }

    public String text() {
        return text(StandardCharsets.UTF_8);
    }

    public String text(Charset charset) {
        return new String(bytes(), charset);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Body other) || size != other.size) {
            return false;
        }
        if (file == null && other.file == null) {
            return Arrays.equals(bytes, other.bytes);
        }
        // A body on disk equals only itself (the same file): comparing contents would read two
        // large files, and equals is called freely (list cells compare their items on every update).
        return Objects.equals(file, other.file);
    }

    @Override
    public int hashCode() {
        return file == null ? Arrays.hashCode(bytes) : Long.hashCode(size);
    }

    @Override
    public String toString() {
        return "Body[" + size + " bytes" + (file == null ? "" : " in " + file) + "]";
    }
}
