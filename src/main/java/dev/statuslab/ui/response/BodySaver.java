package dev.statuslab.ui.response;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.io.AtomicFiles;
import dev.statuslab.core.io.IoMessages;
import dev.statuslab.ui.common.Formats;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Copies a body to a file: into a temporary sibling first, moved into place when complete, so a
 * failed save never leaves half a file under the chosen name. Blocking; background only.
 */
final class BodySaver {

    private BodySaver() {}

    /** Saves and returns the message to show: "Saved 52.4 MB to …" or "Could not write …: reason". */
    static String save(Body body, Path target) {
        Path absolute = target.toAbsolutePath();
        try {
            AtomicFiles.write(absolute, out -> {
                try (InputStream in = body.open()) {
                    in.transferTo(out);
                }
            });
            return "Saved " + Formats.size(body.size()) + " to " + absolute;
        } catch (IOException | RuntimeException e) {
            return "Could not write " + absolute + ": " + IoMessages.reason(e);
        }
    }
}
