package dev.statuslab.core.scenario;

import dev.statuslab.core.io.DataFileException;

/**
 * A mocks file that cannot be read: the message names the place (a line and column for broken
 * JSON, or a path such as {@code mocks[2].status}) and the reason ({@code expected a whole number}).
 */
public final class MockFileException extends DataFileException {

    private static final long serialVersionUID = 1L;

    public MockFileException(String where, String reason) {
        super(where, reason, null);
    }

    public MockFileException(String where, String reason, Throwable cause) {
        super(where, reason, cause);
    }
}
