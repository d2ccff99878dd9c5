package dev.statuslab.core.workbench;

import dev.statuslab.core.io.DataFileException;

/** A workbench file (environment, saved request, collection, tabs, cookies, Postman import) that cannot be read. */
public final class WorkbenchFileException extends DataFileException {

    private static final long serialVersionUID = 1L;

    public WorkbenchFileException(String where, String reason, Throwable cause) {
        super(where, reason, cause);
    }

    public WorkbenchFileException(String where, String reason) {
        super(where, reason, null);
    }
}
