package dev.statuslab.ui.response;

import dev.statuslab.core.http.Body;
import dev.statuslab.ui.common.Formats;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Copies a body to a file: into a temporary sibling first, moved into place when complete, so a
 * failed save never leaves half a file under the chosen name. Blocking; background only.
 */
final class BodySaver {

    private BodySaver() {
    }

    /** Saves and returns the message to show: "Saved 52.4 MB to …" or "Could not write …: reason". */
    static String save(Body body, Path target) {
        Path absolute = target.toAbsolutePath();
        Path part = null;
        try {
            if (Files.isDirectory(absolute)) {
                throw new IOException("it is a folder");
            }
            Path dir = absolute.getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw new IOException("the folder " + dir + " does not exist");
            }
            part = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
            try (InputStream in = body.open()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(part, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            return "Saved " + Formats.size(body.size()) + " to " + absolute;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(part);
            return "Could not write " + absolute + ": " + reason(e);
        }
    }

    /** A short, human reason for an I/O failure. */
    static String reason(Exception e) {
        Throwable cause = e instanceof java.io.UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        if (cause instanceof NoSuchFileException missing) {
            return "no such file or folder: " + missing.getFile();
        }
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (cause instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    private static void deleteQuietly(Path part) {
        if (part == null) {
            return;
        }
        try {
            Files.deleteIfExists(part);
        } catch (IOException ignored) {
            // the temporary file stays; nothing the user can act on
        }
    }
}
