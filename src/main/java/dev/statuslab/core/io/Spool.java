package dev.statuslab.core.io;

import dev.statuslab.core.http.Body;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Where large bodies go, received ones and imported ones alike: in memory up to a cap, beyond it
 * into a file of one directory (made when first needed), so a large body is never whole on the
 * heap. The spool remembers the files it wrote: {@link #discard(Body)} deletes one,
 * {@link #deleteAll()} all of them (an import that failed leaves nothing behind), and
 * {@link #clear()} them and then the directory. Safe for use from several threads.
 */
public final class Spool {

    /** The usual cap: bodies above 2 MiB never sit on the heap. */
    public static final long MEMORY_CAP = 2L * 1024 * 1024;

    private static final int CHUNK = 16 * 1024;

    private final long memoryCap;
    private final Path directory;
    private final String prefix;
    private final Set<Path> files = ConcurrentHashMap.newKeySet();

    /**
     * @param memoryCap the largest body kept in memory, in bytes
     * @param directory where larger bodies go
     * @param prefix    the start of their file names ("body-", "har-body-")
     */
    public Spool(long memoryCap, Path directory, String prefix) {
        this.memoryCap = memoryCap;
        this.directory = directory;
        this.prefix = prefix;
    }

    /** A new body to write; {@link Sink#finish()} gives it. */
    public Sink sink() {
        return new Sink();
    }

    /** Reads {@code in} to its end into a body: in memory up to the cap, past it in a file. */
    public Body read(InputStream in) throws IOException {
        Sink sink = sink();
        try (sink) {
            byte[] chunk = new byte[CHUNK];
            for (int n; (n = in.read(chunk)) != -1; ) {
                sink.write(chunk, 0, n);
            }
            return sink.finish();
        } catch (IOException | RuntimeException e) {
            sink.abandon();
            throw e;
        }
    }

    /** A body of these bytes, on disk if they are over the cap. */
    public Body body(byte[] bytes) throws IOException {
        if (bytes.length <= memoryCap) {
            return Body.of(bytes);
        }
        Sink sink = sink();
        try (sink) {
            sink.write(bytes);
            return sink.finish();
        }
    }

    /** True when a body of this size stays in memory. */
    public boolean fitsInMemory(long size) {
        return size <= memoryCap;
    }

    /** Deletes the file of a body this spool wrote, if it has one. */
    public void discard(Body body) {
        body.file().filter(files::contains).ifPresent(this::delete);
    }

    /** Deletes every file this spool wrote so far. */
    public void deleteAll() {
        for (Path file : Set.copyOf(files)) {
            delete(file);
        }
    }

    /** Deletes every file this spool wrote, then the directory unless something else lives there. */
    public void clear() throws IOException {
        deleteAll();
        try {
            Files.deleteIfExists(directory);
        } catch (DirectoryNotEmptyException e) {
            // it holds files StatusLab did not write: left in place
        }
    }

    /**
     * Deletes a spool's folder and the files in it, for a folder whose spool is gone (the app's
     * spool of imported bodies, at exit). A folder that does not exist is fine.
     */
    public static void removeFolder(Path folder) throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(folder);
    }

    public Path directory() {
        return directory;
    }

    private void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
        files.remove(file);
    }

    /** Bytes in memory until the cap, then in a file. */
    public final class Sink extends OutputStream {

        private ByteArrayOutputStream memory = new ByteArrayOutputStream();
        private OutputStream out;
        private Path file;
        private long size;

        private Sink() {}

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (out == null && memory.size() + (long) len > memoryCap) {
                spill();
            }
            (out == null ? memory : out).write(b, off, len);
            size += len;
        }

        private void spill() throws IOException {
            Files.createDirectories(directory);
            file = Files.createTempFile(directory, prefix, ".bin");
            files.add(file);
            out = Files.newOutputStream(file);
            memory.writeTo(out);
            memory = null;
        }

        /** The body written; the sink is closed. */
        public Body finish() throws IOException {
            if (out == null) {
                return Body.of(memory.toByteArray());
            }
            out.close();
            return Body.ofFile(file, size);
        }

        private void abandon() {
            if (file != null) {
                delete(file);
            }
        }

        @Override
        public void close() throws IOException {
            if (out != null) {
                out.close();
            }
        }
    }
}
