package dev.statuslab.core.io;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The one place an I/O failure becomes a short reason a user can act on ("permission denied: /x"). */
public final class IoMessages {

    private IoMessages() {}

    /**
     * The reason, for a message such as "Could not write /x/y.har: REASON". Wrappers
     * ({@link CompletionException}, {@link ExecutionException}, {@link UncheckedIOException}) are
     * looked through; the file named by the exception is kept.
     */
    public static String reason(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof AccessDeniedException denied) {
            return "permission denied" + file(denied);
        }
        if (cause instanceof NoSuchFileException missing) {
            return "no such file or folder" + file(missing);
        }
        if (cause instanceof FileAlreadyExistsException in) {
            return in.getFile() + " is in the way";
        }
        if (cause instanceof NotDirectoryException notFolder) {
            return notFolder.getFile() + " is not a folder";
        }
        if (cause instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + file(fs);
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    private static String file(FileSystemException e) {
        return e.getFile() == null ? "" : ": " + e.getFile();
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException
                        || cause instanceof ExecutionException
                        || cause instanceof UncheckedIOException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
