package dev.statuslab.ui.learn;

import dev.statuslab.ui.common.Theme;
import java.io.File;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Learn mode's window, opened from the main window's Learn menu (Ctrl+Shift+L). Everything works
 * from the keyboard: digits pick a choice or type a code, Backspace, Enter checks, Space goes on
 * (and starts a new session from the summary), M practises the mistakes, Ctrl+S saves "My
 * cheat-sheet", Esc closes.
 */
public final class LearnView {

    private static final Logger LOG = LoggerFactory.getLogger(LearnView.class);

    private final Supplier<LearnViewModel> factory;
    private final Executor background;
    private final Window owner;
    private LearnViewModel vm;
    private Stage stage;

    /**
     * @param factory    makes the view model when the window is first shown (the questions are made
     *                   then), on {@code background}
     * @param background where the view model is made
     */
    public LearnView(Supplier<LearnViewModel> factory, Executor background, Window owner) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.background = Objects.requireNonNull(background, "background");
        this.owner = owner;
    }

    /**
     * Shows the window; the first time, makes the questions and loads the progress in the
     * background, then starts a session.
     */
    public void show() {
        if (stage == null) {
            stage = build();
            Label making = (Label) stage.getScene().getRoot();
            CompletableFuture.supplyAsync(factory, background)
                    .thenAcceptAsync(
                            made -> {
                                vm = made;
                                stage.getScene().setRoot(content());
                                vm.start();
                            },
                            Platform::runLater)
                    .exceptionally(e -> {
                        LOG.error("Learn mode could not start", e);
                        Platform.runLater(() -> making.setText("Learn mode could not start: " + e.getMessage()));
                        return null;
                    });
        }
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    /** The window, once shown. */
    public Stage stage() {
        return stage;
    }

    /** The view model, once shown. */
    public LearnViewModel viewModel() {
        return vm;
    }

    private Stage build() {
        Label making = new Label("Making the questions…");
        making.setPadding(new Insets(20));
        // As large as it likes on a big screen, never larger than the screen it opens on (1024x700 too).
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(making, Math.min(1180, screen.getWidth() - 40), Math.min(860, screen.getHeight() - 60));
        Theme.addAppStyles(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        Stage s = new Stage();
        if (owner != null) {
            s.initOwner(owner);
        }
        s.setTitle("StatusLab · Learn");
        s.setScene(scene);
        return s;
    }

    private Parent content() {
        Button fresh = new Button("New session (Space at the end)");
        fresh.setOnAction(e -> vm.newSession());
        Button mistakes = new Button("Practise my mistakes (M)");
        mistakes.setId("learn-mistakes");
        mistakes.setOnAction(e -> vm.practiseMistakes());
        Button sheet = new Button("My cheat-sheet… (Ctrl+S)");
        sheet.setOnAction(e -> exportCheatSheet());
        for (Button b : new Button[] {fresh, mistakes, sheet}) {
            b.setFocusTraversable(false);
        }
        // On a small screen the whole pane scrolls rather than cutting the question short.
        ScrollPane scroll = new ScrollPane(new LearnPane(vm, new HBox(8, fresh, mistakes, sheet)).node());
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        return scroll;
    }

    private void key(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.ESCAPE) {
            stage.hide();
            e.consume();
            return;
        }
        if (vm == null) {
            return;
        }
        boolean summary = vm.phaseProperty().get() == LearnViewModel.Phase.SUMMARY;
        if (code.isDigitKey() && !e.isShortcutDown()) {
            char digit = code.getName().charAt(code.getName().length() - 1); // "1" and "Numpad 1"
            if (vm.typing()) {
                vm.typeDigit(digit);
            } else {
                vm.pick(digit - '0');
            }
        } else if (code == KeyCode.BACK_SPACE) {
            vm.backspace();
        } else if (code == KeyCode.ENTER) {
            vm.check();
        } else if (code == KeyCode.SPACE) {
            if (summary) {
                vm.newSession();
            } else {
                vm.next();
            }
        } else if (code == KeyCode.M && summary) {
            vm.practiseMistakes();
        } else if (code == KeyCode.S && e.isShortcutDown()) {
            exportCheatSheet();
        } else {
            return;
        }
        e.consume();
    }

    private void exportCheatSheet() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("My cheat-sheet");
        FileChooser.ExtensionFilter md = new FileChooser.ExtensionFilter("Markdown (*.md)", "*.md");
        FileChooser.ExtensionFilter html = new FileChooser.ExtensionFilter("Printable HTML (*.html)", "*.html");
        chooser.getExtensionFilters().setAll(md, html);
        chooser.setInitialFileName("my-cheat-sheet.md");
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        String name = file.getName().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".md") && !name.endsWith(".html") && !name.endsWith(".htm")) {
            file = new File(
                    file.getParentFile(),
                    file.getName() + (chooser.getSelectedExtensionFilter() == html ? ".html" : ".md"));
        }
        vm.exportCheatSheet(file.toPath());
    }
}
