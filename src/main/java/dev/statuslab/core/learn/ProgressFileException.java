package dev.statuslab.core.learn;

import dev.statuslab.core.io.DataFileException;

/** A progress file that cannot be read: the place ({@code cards[3].box}, or a line and column) and the reason. */
public final class ProgressFileException extends DataFileException {

    private static final long serialVersionUID = 1L;

    public ProgressFileException(String where, String reason, Throwable cause) {
        super(where, reason, cause);
    }
}
