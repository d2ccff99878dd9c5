package dev.statuslab.client;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.HttpRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where received bodies go: in memory up to a cap, beyond it into files of one directory that
 * this spool owns. {@link #clear()} deletes the files it made and then the directory.
 */
final class Spool {

    private static final Logger LOG = LoggerFactory.getLogger(Spool.class);
    private static final int CHUNK = 16 * 1024;

    private final long memoryCap;
    private final Path directory;
    private final Set<Path> files = ConcurrentHashMap.newKeySet();

    Spool(long memoryCap, Path directory) {
        this.memoryCap = memoryCap;
        this.directory = directory;
    }

    /**
     * Reads {@code in} to its end. Up to the cap the bytes stay in memory; past it they go, with
     * what was already read, to a new file, so a large body is never whole on the heap.
     */
    Body read(InputStream in) throws IOException {
        ByteArrayOutputStream memory = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        int n;
        while ((n = in.read(chunk)) != -1) {
            if (memory.size() + (long) n > memoryCap) {
                return spill(memory, chunk, n, in);
            }
            memory.write(chunk, 0, n);
        }
        return Body.of(memory.toByteArray());
    }

    private Body spill(ByteArrayOutputStream memory, byte[] chunk, int n, InputStream in) throws IOException {
        Files.createDirectories(directory);
        Path file = Files.createTempFile(directory, "body-", ".bin");
        files.add(file);
        long size = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            memory.writeTo(out);
            size += memory.size();
            memory.reset();
            out.write(chunk, 0, n);
            size += n;
            int m;
            while ((m = in.read(chunk)) != -1) {
                out.write(chunk, 0, m);
                size += m;
            }
        } catch (IOException | RuntimeException e) {
            discard(file);
            throw e;
        }
        return Body.ofFile(file, size);
    }

    /**
     * The request as the history should keep it: a body in memory beyond the cap moves to a file of
     * this spool, so a session of large uploads does not hold them all on the heap. When the file
     * cannot be written the request is kept as it is.
     */
    HttpRequest keep(HttpRequest request) {
        Body body = request.body();
        if (!body.inMemory() || body.size() <= memoryCap) {
            return request;
        }
        try (InputStream in = body.open()) {
            return request.withBody(read(in));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Kept a {} byte request body in memory: {}", body.size(), e.toString());
            return request;
        }
    }

    /** Deletes the file of a body this spool wrote, if it has one. */
    void discard(Body body) {
        body.file().filter(files::contains).ifPresent(this::discard);
    }

    private void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", file, e.toString());
        }
        files.remove(file);
    }

    /** Deletes every file this spool wrote, then the directory unless something else lives there. */
    void clear() {
        for (Path file : Set.copyOf(files)) {
            discard(file);
        }
        try {
            Files.deleteIfExists(directory);
        } catch (DirectoryNotEmptyException e) {
            LOG.info("Left {} in place: it holds files StatusLab did not write", directory);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", directory, e.toString());
        }
    }

    Path directory() {
        return directory;
    }
}
