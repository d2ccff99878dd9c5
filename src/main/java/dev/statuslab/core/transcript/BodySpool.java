package dev.statuslab.core.transcript;

import dev.statuslab.core.http.Body;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the bodies of an import go: in memory up to {@link #MEMORY_CAP}, beyond it into a new
 * file under the spool directory (made when first needed). The files belong to whoever receives
 * the bodies; {@link #deleteAll()} removes them when the import fails, so that a refused file
 * leaves nothing behind.
 */
final class BodySpool {

    /** The same cap as the client's: bodies above 2 MiB never sit on the heap. */
    static final long MEMORY_CAP = 2L * 1024 * 1024;

    private final Path directory;
    private final List<Path> files = new ArrayList<>();

    BodySpool(Path directory) {
        this.directory = directory;
    }

    /** A new body to write; {@link Sink#finish()} gives it. */
    Sink sink() {
        return new Sink();
    }

    /** A body of these bytes, on disk if they are over the cap. */
    Body body(byte[] bytes) throws IOException {
        if (bytes.length <= MEMORY_CAP) {
            return Body.of(bytes);
        }
        Sink sink = sink();
        sink.write(bytes);
        return sink.finish();
    }

    /** Deletes every file written so far. */
    void deleteAll() {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
        files.clear();
    }

    /** Deletes the file of a body this spool wrote, once it has served (a transcoding step). */
    void discard(Body body) throws IOException {
        if (body.file().isPresent() && files.remove(body.file().get())) {
            Files.deleteIfExists(body.file().get());
        }
    }

    /** Bytes in memory until the cap, then in a file. */
    final class Sink extends OutputStream {

        private ByteArrayOutputStream memory = new ByteArrayOutputStream();
        private OutputStream out;
        private Path file;
        private long size;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (out == null && memory.size() + (long) len > MEMORY_CAP) {
                spill();
            }
            (out == null ? memory : out).write(b, off, len);
            size += len;
        }

        private void spill() throws IOException {
            Files.createDirectories(directory);
            file = Files.createTempFile(directory, "har-body-", ".bin");
            files.add(file);
            out = Files.newOutputStream(file);
            memory.writeTo(out);
            memory = null;
        }

        /** The body written; the sink is closed. */
        Body finish() throws IOException {
            if (out == null) {
                return Body.of(memory.toByteArray());
            }
            out.close();
            return Body.ofFile(file, size);
        }

        @Override
        public void close() throws IOException {
            if (out != null) {
                out.close();
            }
        }
    }
}
