package dev.statuslab.server;

import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.status.StatusInfo;

/** The reason phrase of every three-digit code, looked up once, for the generator hook to read cheaply. */
final class ReasonTable {

    private ReasonTable() {}

    static String[] of(StatusCatalog catalog, String unknown) {
        String[] table = new String[1000];
        for (int code = 0; code < table.length; code++) {
            table[code] = catalog.find(code).map(StatusInfo::reason).orElse(unknown);
        }
        return table;
    }
}
