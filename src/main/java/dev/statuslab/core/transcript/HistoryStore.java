package dev.statuslab.core.transcript;

import dev.statuslab.core.concurrent.DaemonThreads;
import dev.statuslab.core.io.AtomicFiles;
import dev.statuslab.core.io.IoMessages;
import dev.statuslab.core.io.SetAside;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The history on disk: one small file per exchange in one directory, each written to a temporary
 * file and then moved into place, so that a crash never leaves half a file and a kill loses at
 * most the exchange in flight. Two instances of the app write different files, never the same
 * one. A file that cannot be read is moved to {@code set-aside/} and named in a problem report;
 * the rest of the history still loads. When the directory cannot be written (read-only, disk
 * full) the problem is reported once and the app goes on with its history in memory.
 *
 * <p>Writes happen in order on one thread that this store owns; {@link #close()} finishes them.
 */
public final class HistoryStore implements AutoCloseable {

    /** How one exchange becomes one file and back. */
    public interface Codec {
        String extension();

        void write(Exchange exchange, OutputStream out) throws IOException;

        /** Reads one exchange; large bodies may go to files in {@code spoolDirectory}. */
        Exchange read(InputStream in, Path spoolDirectory) throws IOException;
    }

    /** What {@link #restore()} found: the exchanges, oldest first, and what it had to set aside. */
    public record Restored(List<Exchange> exchanges, List<String> problems) {}

    static final String SET_ASIDE = SetAside.FOLDER;
    private static final Duration STALE_TEMP = Duration.ofMinutes(10);

    private final Path directory;
    private final Codec codec;
    private final Consumer<String> problems;
    private final ExecutorService writer =
            Executors.newSingleThreadExecutor(DaemonThreads.named("statuslab-history-writer"));
    private volatile Path spool;
    private volatile boolean failing;

    /**
     * @param directory the history directory (created when first needed)
     * @param problems  told, on the writer thread, when saving fails and when it works again
     */
    public HistoryStore(Path directory, Codec codec, Consumer<String> problems) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /**
     * Where the app keeps its data: {@code STATUSLAB_DATA_DIR} when set, else the platform's place
     * for user data ({@code $XDG_DATA_HOME/statuslab} or {@code ~/.local/share/statuslab} on Linux,
     * {@code ~/Library/Application Support/StatusLab} on macOS, {@code %LOCALAPPDATA%\StatusLab}
     * on Windows).
     */
    public static Path dataDirectory(Map<String, String> env, String osName, Path home) {
        String override = env.get("STATUSLAB_DATA_DIR");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return local != null ? Path.of(local, "StatusLab") : home.resolve("AppData/Local/StatusLab");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library/Application Support/StatusLab");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "statuslab") : home.resolve(".local/share/statuslab");
    }

    public Path directory() {
        return directory;
    }

    /** True while saving fails: the history since then lives in memory only. */
    public boolean failing() {
        return failing;
    }

    /**
     * Reads every saved exchange, oldest first. Blocking: call it off the UI thread. A file that
     * cannot be read is set aside and reported; a missing directory is an empty history.
     */
    public Restored restore() {
        List<Exchange> found = new ArrayList<>();
        List<String> trouble = new ArrayList<>();
        List<Path> files;
        try {
            files = files();
        } catch (NoSuchFileException e) {
            return new Restored(List.of(), List.of());
        } catch (IOException e) {
            return new Restored(
                    List.of(),
                    List.of("The history in " + directory + " could not be read (" + IoMessages.reason(e)
                            + "); starting with an empty history"));
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                found.add(codec.read(in, spool()));
            } catch (IOException | RuntimeException e) {
                trouble.add(setAside(file, e));
            }
        }
        found.sort(Comparator.comparing(Exchange::startedAt));
        return new Restored(List.copyOf(found), List.copyOf(trouble));
    }

    /** Saves one exchange, in the background; the future completes when it is on disk or has failed. */
    public CompletableFuture<Void> save(Exchange exchange) {
        Objects.requireNonNull(exchange, "exchange");
        return CompletableFuture.runAsync(() -> write(exchange), writer);
    }

    /** Deletes every saved exchange (files set aside stay), after the writes already asked for. */
    public CompletableFuture<Void> clear() {
        return CompletableFuture.runAsync(
                () -> {
                    try {
                        for (Path file : files()) {
                            Files.deleteIfExists(file);
                        }
                    } catch (NoSuchFileException e) {
                        // nothing was saved yet
                    } catch (IOException e) {
                        problems.accept("The saved history could not be cleared (" + IoMessages.reason(e) + ")");
                    }
                },
                writer);
    }

    /** Finishes the writes asked for (up to a few seconds) and deletes the files of restored bodies. */
    @Override
    public void close() throws InterruptedException {
        writer.shutdown();
        if (!writer.awaitTermination(10, TimeUnit.SECONDS)) {
            writer.shutdownNow();
        }
        Path dir = spool;
        if (dir != null) {
            try (Stream<Path> bodies = Files.list(dir)) {
                for (Path body : (Iterable<Path>) bodies::iterator) {
                    Files.deleteIfExists(body);
                }
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                // a temporary directory: the system cleans it up eventually
            }
        }
    }

    static String fileName(Exchange exchange, String extension) {
        String safeId = exchange.id().replaceAll("[^A-Za-z0-9._-]", "_");
        return String.format("%013d-%s.%s", exchange.startedAt().toEpochMilli(), safeId, extension);
    }

    private void write(Exchange exchange) {
        try {
            Files.createDirectories(directory);
            Path target = directory.resolve(fileName(exchange, codec.extension()));
            AtomicFiles.write(target, out -> codec.write(exchange, out));
            if (failing) {
                failing = false;
                problems.accept("The history is being saved again to " + directory);
            }
        } catch (IOException | RuntimeException e) {
            if (!failing) {
                failing = true;
                problems.accept("The history cannot be saved to " + directory + " (" + IoMessages.reason(e)
                        + "); it is kept in memory for this session");
            }
        }
    }

    /** The saved exchanges' files, by name; stale temporary files of a crashed write are removed. */
    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        String suffix = "." + codec.extension();
        Instant staleBefore = Instant.now().minus(STALE_TEMP);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (AtomicFiles.isLeftover(entry)) {
                    // another instance may be writing it right now: only old ones are leftovers
                    if (Files.getLastModifiedTime(entry).toInstant().isBefore(staleBefore)) {
                        deleteQuietly(entry);
                    }
                } else if (name.endsWith(suffix) && Files.isRegularFile(entry)) {
                    files.add(entry);
                }
            }
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return files;
    }

    private String setAside(Path file, Exception cause) {
        String what = "History file " + file.getFileName() + " could not be read (" + IoMessages.reason(cause) + ")";
        try {
            Path target = SetAside.move(file, directory.resolve(SET_ASIDE), null);
            return what + "; it was moved to " + target + " and the rest of the history was restored";
        } catch (IOException e) {
            return what + " and could not be moved aside (" + IoMessages.reason(e)
                    + "); the rest of the history was restored";
        }
    }

    private Path spool() throws IOException {
        if (spool == null) {
            spool = Files.createTempDirectory("statuslab-history-");
        }
        return spool;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // best effort: a leftover temporary file is removed at a later start
            }
        }
    }
}
