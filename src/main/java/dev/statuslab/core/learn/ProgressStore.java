package dev.statuslab.core.learn;

import dev.statuslab.core.io.AtomicFiles;
import dev.statuslab.core.io.IoMessages;
import dev.statuslab.core.io.SetAside;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Learn mode's progress on disk: {@code learn-progress.json} in the app's data folder, rewritten
 * whole on each save through a temporary file moved into place. {@link #load()} never throws: a
 * file that is not valid is moved to {@code set-aside/} beside it with a message, and practice
 * starts fresh. Every method blocks: call them off the UI thread, one at a time.
 */
public final class ProgressStore {

    /** The file's name in the data folder. */
    public static final String FILE_NAME = "learn-progress.json";

    static final String SET_ASIDE = SetAside.FOLDER;

    /** What {@link #load()} found: the progress, and what went wrong (null when nothing did). */
    public record Loaded(Progress progress, String problem) {}

    private final Path file;
    private final Clock clock;
    /** Why saving would destroy a file that could not be set aside, or null. */
    private volatile String keepOut;

    public ProgressStore(Path file, Clock clock) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The store of {@code learn-progress.json} in the app's data folder. */
    public static ProgressStore inDataDirectory(Path dataDirectory, Clock clock) {
        return new ProgressStore(dataDirectory.resolve(FILE_NAME), clock);
    }

    public Path file() {
        return file;
    }

    /** The saved progress; empty when there is none. A file that cannot be read is set aside and named. */
    public Loaded load() {
        try (InputStream in = Files.newInputStream(file)) {
            return new Loaded(ProgressJson.read(in), null);
        } catch (NoSuchFileException e) {
            return new Loaded(Progress.empty(), null);
        } catch (IOException e) {
            return new Loaded(Progress.empty(), setAside(e));
        }
    }

    /**
     * Replaces the file with {@code progress}.
     *
     * @throws IOException with a sentence for the user when the folder cannot be written; the file
     *                     is then unchanged
     */
    public void save(Progress progress) throws IOException {
        Objects.requireNonNull(progress, "progress");
        if (keepOut != null && Files.exists(file)) {
            throw new IOException(keepOut);
        }
        keepOut = null;
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, out -> ProgressJson.write(progress, out));
        } catch (IOException e) {
            throw new IOException("The progress could not be saved to " + file + " (" + IoMessages.reason(e) + ")", e);
        }
    }

    private String setAside(IOException cause) {
        String what = "The progress file " + file + " could not be read (" + IoMessages.reason(cause) + ")";
        try {
            Path target = SetAside.move(file, file.getParent().resolve(SET_ASIDE), SetAside.stamp(clock));
            return what + "; it was moved to " + target + " and practice starts fresh";
        } catch (IOException e) {
            keepOut = "The progress file " + file + " could not be read or moved aside; move it away to save again";
            return what + " and could not be moved aside (" + IoMessages.reason(e) + "); practice starts fresh"
                    + " and the file is left as it is";
        }
    }
}
