package dev.statuslab.ui.transcript;

import dev.statuslab.ui.common.DialogKeys;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's file choosers and JavaFX alerts; remembers the last folder within the session. */
public final class SystemDialogs implements TranscriptDialogs {

    private static final FileChooser.ExtensionFilter HAR = new FileChooser.ExtensionFilter("HAR 1.2 (*.har)", "*.har");
    private static final FileChooser.ExtensionFilter MARKDOWN =
            new FileChooser.ExtensionFilter("Markdown lesson (*.md)", "*.md");
    private File lastFolder;

    @Override
    public Optional<Path> exportTarget(Window owner, String suggestedName) {
        FileChooser chooser = chooser("Export transcript");
        chooser.getExtensionFilters().setAll(HAR, MARKDOWN);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        String name = file.getName().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".har") && !name.endsWith(".md")) {
            String extension = chooser.getSelectedExtensionFilter() == MARKDOWN ? ".md" : ".har";
            file = new File(file.getParentFile(), file.getName() + extension);
        }
        return Optional.of(file.toPath());
    }

    @Override
    public Optional<Path> harToImport(Window owner) {
        FileChooser chooser = chooser("Import HAR");
        chooser.getExtensionFilters().setAll(HAR, new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }

    @Override
    public boolean confirmClear(Window owner, int count) {
        ButtonType clear = new ButtonType("Clear history", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", clear, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Clear history");
        alert.setHeaderText("Clear all " + (count == 1 ? "1 exchange" : count + " exchanges") + "?");
        alert.setContentText(
                "They are removed from this window and from the saved history. Export them " + "first to keep a copy.");
        DialogKeys.enterKeeps(alert.getDialogPane(), clear, ButtonType.CANCEL);
        return alert.showAndWait().filter(clear::equals).isPresent();
    }

    @Override
    public void showProblem(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.show();
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }
}
