package dev.statuslab.core.transcript;

import java.io.IOException;

/**
 * A HAR file that cannot be imported: the message names the place (a path such as
 * {@code log.entries[3].response.status}) and the reason ({@code expected a number}).
 */
public final class HarFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String where;
    private final String reason;

    public HarFormatException(String where, String reason) {
        super(where.isEmpty() ? reason : where + ": " + reason);
        this.where = where;
        this.reason = reason;
    }

    public HarFormatException(String where, String reason, Throwable cause) {
        this(where, reason);
        initCause(cause);
    }

    /** The path of the offending value, e.g. {@code log.entries[3].response.status}; "" for the file itself. */
    public String where() {
        return where;
    }

    /** What is wrong there, e.g. {@code expected a number}. */
    public String reason() {
        return reason;
    }
}
