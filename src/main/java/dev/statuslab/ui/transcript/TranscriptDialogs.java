package dev.statuslab.ui.transcript;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * The questions the transcript actions ask the user: where to export, which HAR to import,
 * whether to clear, and what went wrong. The app uses the platform's dialogs
 * ({@link SystemDialogs}); tests answer them without a native file chooser.
 */
public interface TranscriptDialogs {

    /** A file to export to; its extension ({@code .har} or {@code .md}) picks the format. */
    Optional<Path> exportTarget(Window owner, String suggestedName);

    Optional<Path> harToImport(Window owner);

    /** True when the user confirms clearing {@code count} exchanges. */
    boolean confirmClear(Window owner, int count);

    void showProblem(Window owner, String title, String message);
}
