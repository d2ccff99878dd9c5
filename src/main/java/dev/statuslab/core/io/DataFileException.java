package dev.statuslab.core.io;

import java.io.IOException;

/**
 * A data file that cannot be read, told as a place and a reason: the message is
 * {@code where: reason} (just the reason when the problem is the file itself). The HAR importer
 * and the mocks file each have their own subclass, so callers can tell them apart.
 */
public class DataFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String where;
    private final String reason;

    protected DataFileException(String where, String reason, Throwable cause) {
        super(where.isEmpty() ? reason : where + ": " + reason);
        this.where = where;
        this.reason = reason;
        if (cause != null) {
            initCause(cause);
        }
    }

    /** Where the problem is, such as {@code mocks[2].status} or {@code line 4, column 12}; "" for the file itself. */
    public String where() {
        return where;
    }

    /** What is wrong there, such as {@code expected a number}. */
    public String reason() {
        return reason;
    }
}
