package dev.statuslab.core.transcript;

import dev.statuslab.core.io.DataFileException;

/**
 * A HAR file that cannot be imported: the message names the place (a path such as
 * {@code log.entries[3].response.status}) and the reason ({@code expected a number}).
 */
public final class HarFormatException extends DataFileException {

    private static final long serialVersionUID = 1L;

    public HarFormatException(String where, String reason) {
        super(where, reason, null);
    }

    public HarFormatException(String where, String reason, Throwable cause) {
        super(where, reason, cause);
    }
}
