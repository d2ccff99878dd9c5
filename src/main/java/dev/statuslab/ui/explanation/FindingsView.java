package dev.statuslab.ui.explanation;

import dev.statuslab.core.lint.Finding;
import dev.statuslab.core.lint.Level;
import dev.statuslab.ui.common.Styles;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The "Findings" section at the top of the explanation pane: each finding of the linter, errors first, with
 * its level, what is wrong, its RFC section as a link and the fix; and the badge with their count that the
 * window puts beside the response's status line.
 */
public final class FindingsView {

    private final FindingsViewModel vm;
    private final Consumer<String> openUrl;
    private final VBox root;

    public FindingsView(FindingsViewModel vm, Consumer<String> openUrl) {
        this.vm = vm;
        this.openUrl = openUrl;
        VBox rows = new VBox(8);
        rows.setId("findings-list");
        Runnable rebuild = () ->
                rows.getChildren().setAll(vm.findings().stream().map(this::row).toList());
        vm.findings().addListener((ListChangeListener<Finding>) c -> rebuild.run());
        rebuild.run();
        Label heading = new Label("Findings");
        heading.getStyleClass().add(Styles.PANE_TITLE);
        Label summary = new Label();
        summary.setId("findings-summary");
        summary.getStyleClass().add(Styles.MUTED);
        summary.textProperty().bind(vm.summaryProperty());
        HBox title = new HBox(8, heading, summary);
        title.setAlignment(Pos.BASELINE_LEFT);
        root = new VBox(6, title, rows);
        root.setId("findings");
        root.visibleProperty().bind(Bindings.isNotEmpty(vm.findings()));
        root.managedProperty().bind(root.visibleProperty());
    }

    public Node node() {
        return root;
    }

    private Node row(Finding f) {
        Label level = new Label(f.level().id());
        level.getStyleClass().add(Styles.FINDING_LEVEL);
        level.pseudoClassStateChanged(pseudoClass(f.level()), true);
        level.setMinWidth(Region.USE_PREF_SIZE);
        Label message = new Label(f.message());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        HBox head = new HBox(6, level, message);
        head.setAlignment(Pos.TOP_LEFT);
        Hyperlink rfc = new Hyperlink(f.rule().rfc() + " · " + f.id());
        rfc.setOnAction(e -> openUrl.accept(f.rule().url()));
        Label fix = new Label("Fix: " + f.fix());
        fix.setWrapText(true);
        fix.setMinHeight(Region.USE_PREF_SIZE);
        fix.getStyleClass().add(Styles.MUTED);
        VBox row = new VBox(2, head, rfc, fix);
        row.getStyleClass().add(Styles.FINDING);
        return row;
    }

    /** The count badge for beside the status line: hidden while there is nothing to count. */
    public static Label badge(FindingsViewModel vm) {
        Label badge = new Label();
        badge.setId("findings-badge");
        badge.getStyleClass().add(Styles.FINDINGS_BADGE);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.textProperty().bind(vm.badgeTextProperty());
        Runnable level = () -> {
            for (Level l : Level.values()) {
                badge.pseudoClassStateChanged(
                        pseudoClass(l), l.id().equals(vm.badgeLevelProperty().get()));
            }
        };
        vm.badgeLevelProperty().addListener((obs, old, now) -> level.run());
        level.run();
        badge.visibleProperty().bind(vm.badgeTextProperty().isNotEmpty());
        badge.managedProperty().bind(badge.visibleProperty());
        return badge;
    }

    private static PseudoClass pseudoClass(Level level) {
        return PseudoClass.getPseudoClass(level.id());
    }
}
