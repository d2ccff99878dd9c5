package dev.statuslab.core.scenario;

import dev.statuslab.core.io.AtomicFiles;
import dev.statuslab.core.io.IoMessages;
import dev.statuslab.core.io.SetAside;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The user's mock routes on disk: one human-editable JSON file ({@code mocks.json} in the app's
 * data folder; the format is {@link MockJson}'s), rewritten whole on each save through a temporary
 * file in the same folder that is then moved into place, so a crash never leaves half a file.
 *
 * <p>{@link #load()} never throws: a file that is not valid is moved to {@code set-aside/} beside
 * it (the user's data is never deleted) and reported; the app goes on with no mocks. When the
 * file cannot be read or moved aside, it is reported and left alone, and {@link #save} refuses
 * to overwrite it. Every method blocks: call them off the UI thread, one at a time.
 */
public final class MockStore {

    /** The file's name in the data folder. */
    public static final String FILE_NAME = "mocks.json";
    /** The format version this StatusLab writes and reads. */
    public static final int FORMAT_VERSION = MockJson.VERSION;

    static final String SET_ASIDE = SetAside.FOLDER;

    /** What {@link #load()} found: the mocks, and what went wrong (null when nothing did). */
    public record Loaded(List<MockRoute> mocks, String problem) {
        public Loaded {
            mocks = List.copyOf(mocks);
        }

        public boolean ok() {
            return problem == null;
        }
    }

    private final Path file;
    /** Why saving would destroy a file the user may still want, or null. */
    private volatile String keepOut;

    public MockStore(Path file) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
    }

    /** The store of {@code mocks.json} in the app's data folder. */
    public static MockStore inDataDirectory(Path dataDirectory) {
        return new MockStore(dataDirectory.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /**
     * Reads the routes of a mocks file, strictly: for {@code serve}, which refuses to start on a
     * bad file rather than move it.
     *
     * @throws NoSuchFileException when there is no such file
     * @throws MockFileException   when the file is not a valid mocks file; names the place and why
     * @throws IOException         when it cannot be read
     */
    public static List<MockRoute> read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new MockFileException("", file + " is a folder, not a mocks file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return MockJson.read(in);
        }
    }

    /** The saved mocks; none when there is no file. Sets a bad file aside and says so in the problem. */
    public Loaded load() {
        try {
            return new Loaded(read(file), null);
        } catch (NoSuchFileException e) {
            return new Loaded(List.of(), null);
        } catch (MockFileException e) {
            return new Loaded(List.of(), setAside(e));
        } catch (IOException e) {
            keepOut =
                    "the mocks file " + file + " could not be read (" + IoMessages.reason(e) + ") and is left as it is";
            return new Loaded(
                    List.of(),
                    "The mocks file " + file + " could not be read (" + IoMessages.reason(e)
                            + "); it is left as it is and no mocks are loaded");
        }
    }

    /**
     * Replaces the file with these routes, atomically where the file system allows.
     *
     * @throws IOException when the folder cannot be written, or the file there could not be read
     *                     and must not be overwritten; the file is then unchanged
     */
    public void save(List<MockRoute> routes) throws IOException {
        Objects.requireNonNull(routes, "routes");
        String refusal = keepOut;
        if (refusal != null && Files.exists(file)) {
            throw new IOException(refusal + "; move it away to save again");
        }
        keepOut = null;
        Path folder = file.getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IOException("the folder " + folder + " cannot be made: " + IoMessages.reason(e), e);
        }
        try {
            AtomicFiles.write(file, out -> MockJson.write(routes, out));
        } catch (IOException e) {
            throw new IOException(IoMessages.reason(e), e);
        }
    }

    private String setAside(MockFileException cause) {
        String what = "The mocks file " + file + " is not valid (" + cause.getMessage() + ")";
        try {
            Path target =
                    SetAside.move(file, file.getParent().resolve(SET_ASIDE), SetAside.stamp(Clock.systemDefaultZone()));
            return what + "; it was moved to " + target + " and no mocks are loaded";
        } catch (IOException e) {
            keepOut = "the mocks file " + file + " is not valid and could not be moved aside; it is left as it is";
            return what + " and could not be moved aside (" + IoMessages.reason(e)
                    + "); it is left as it is and no mocks" + " are loaded";
        }
    }
}
