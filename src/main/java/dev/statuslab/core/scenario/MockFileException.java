package dev.statuslab.core.scenario;

import java.io.IOException;

/**
 * A mocks file that cannot be read: the message names the place (a line and column for broken
 * JSON, or a path such as {@code mocks[2].status}) and the reason ({@code expected a whole number}).
 */
public final class MockFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String where;
    private final String reason;

    public MockFileException(String where, String reason) {
        super(where.isEmpty() ? reason : where + ": " + reason);
        this.where = where;
        this.reason = reason;
    }

    public MockFileException(String where, String reason, Throwable cause) {
        this(where, reason);
        initCause(cause);
    }

    /** Where the problem is, e.g. {@code mocks[2].status} or {@code line 4, column 12}; "" for the file itself. */
    public String where() {
        return where;
    }

    /** What is wrong there. */
    public String reason() {
        return reason;
    }
}
