package dev.statuslab.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Moving a file that cannot be read out of the way, so that the app can go on and the user can
 * still look at it: into a {@code set-aside} folder, under its own name (with a time stamp where
 * the owner wants one), and never over a file set aside before.
 */
public final class SetAside {

    /** The folder's name, beside the files it holds the unreadable ones of. */
    public static final String FOLDER = "set-aside";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private SetAside() {}

    /** The time as a set-aside file name carries it: {@code 20261204-221503}. */
    public static String stamp(Clock clock) {
        return LocalDateTime.now(clock).format(STAMP);
    }

    /**
     * Moves {@code file} into {@code folder} (made when missing) as {@code name[-stamp][-n].ext}:
     * the first of those names that is free.
     *
     * @param stamp a time stamp to put in the name, or null for the file's own name
     * @return where the file is now
     * @throws IOException when the folder cannot be made or the file cannot be moved
     */
    public static Path move(Path file, Path folder, String stamp) throws IOException {
        Path aside = Files.createDirectories(folder);
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        String stem = stamp == null ? base : base + "-" + stamp;
        Path target = aside.resolve(stem + ext);
        for (int n = 2; Files.exists(target); n++) {
            target = aside.resolve(stem + "-" + n + ext);
        }
        return Files.move(file, target);
    }
}
