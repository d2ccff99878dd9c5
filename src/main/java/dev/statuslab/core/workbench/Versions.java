package dev.statuslab.core.workbench;

import dev.statuslab.core.json.StrictJson;

/** The {@code "statuslab": kind, "version": 1} header of every workbench file. */
final class Versions {

    static final int CURRENT = 1;

    private Versions() {}

    static void check(StrictJson.Obj o, String kind) {
        String found = o.text("statuslab");
        if (!kind.equals(found)) {
            throw new IllegalArgumentException("'statuslab' must be \"" + kind + "\", found \"" + found + "\"");
        }
        int version = o.integer("version");
        if (version != CURRENT) {
            throw new IllegalArgumentException(
                    "'version' " + version + " is not known (this StatusLab reads " + CURRENT + ")");
        }
    }
}
