package dev.statuslab.ui.explanation;

import dev.statuslab.ui.common.Lazy;
import dev.statuslab.ui.common.StatusBadge;
import dev.statuslab.ui.common.Styles;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.util.UndoUtils;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The explanation pane: a scrolling column with the code's title, class, meaning, usage, the
 * Django way, the specification link, the header checks, common mistakes and the simulator's note.
 */
public final class ExplanationView {

    private final ExplanationViewModel vm;
    private final Consumer<String> openUrl;
    private final ScrollPane scroll = new ScrollPane();
    /** The code's title stays pinned above the scrolling text. */
    private final VBox root = new VBox();

    public ExplanationView(ExplanationViewModel vm, Consumer<String> openUrl) {
        this.vm = vm;
        this.openUrl = openUrl;

        Label placeholder = wrapping(vm.placeholderProperty());
        placeholder.setId("explanation-placeholder");
        placeholder.getStyleClass().add(Styles.MUTED);
        placeholder.visibleProperty().bind(vm.shownProperty().not());
        placeholder.managedProperty().bind(placeholder.visibleProperty());

        VBox content = new VBox(10, new FindingsView(vm.findings(), openUrl).node(), placeholder);
        // Built when the first explanation is shown: start-up lays out only the placeholder.
        Lazy.once(vm.shownProperty(), () -> {
            Node header = titleRow();
            header.visibleProperty().bind(vm.shownProperty());
            header.managedProperty().bind(header.visibleProperty());
            root.getChildren().add(0, header);
            content.getChildren().add(details());
        });
        content.setPadding(new Insets(4, 10, 10, 10));
        scroll.setId("explanation");
        scroll.setContent(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().add(scroll);
        // A new code opens at its top; the same code again (a resend) keeps the reader's place.
        vm.codeProperty().addListener((obs, old, now) -> scroll.setVvalue(0));
    }

    public Node node() {
        return root;
    }

    private Node details() {
        VBox details = new VBox(
                10,
                section("Meaning", vm.meaningProperty()),
                section("When to use", vm.whenToUseProperty()),
                section("When not to", vm.whenNotToUseProperty()),
                django(),
                specification(),
                checks(),
                mistakes(),
                note());
        details.setId("explanation-details");
        details.visibleProperty().bind(vm.shownProperty());
        details.managedProperty().bind(details.visibleProperty());
        return details;
    }

    private Node titleRow() {
        StatusBadge badge = new StatusBadge();
        badge.setCode(vm.codeProperty().get());
        vm.codeProperty().addListener((obs, old, now) -> badge.setCode(now.intValue()));
        badge.setId("explanation-badge");
        Label title = wrapping(vm.titleProperty());
        title.setId("explanation-title");
        HBox row = new HBox(8, badge, title);
        row.setAlignment(Pos.CENTER_LEFT);

        Label className = wrapping(vm.classNameProperty());
        className.setId("explanation-class");
        className.getStyleClass().add(Styles.MUTED);
        Label registration = wrapping(vm.registrationNoteProperty());
        registration.setId("explanation-registration");
        registration.getStyleClass().add(Styles.FIELD_WARNING);
        hideWhenEmpty(registration, vm.registrationNoteProperty());
        VBox header = new VBox(2, row, className, registration);
        header.setId("explanation-header");
        header.setPadding(new Insets(10, 10, 6, 10));
        return header;
    }

    private Node section(String heading, ObservableStringValue text) {
        VBox box = new VBox(2, heading(heading), wrapping(text));
        hideWhenEmpty(box, text);
        return box;
    }

    private Node django() {
        // A read-only code area: selectable, monospace, wrapping, and as tall as its text.
        CodeArea snippet = new CodeArea();
        snippet.setId("explanation-django-snippet");
        snippet.setEditable(false);
        snippet.setWrapText(true);
        snippet.setUndoManager(UndoUtils.noOpUndoManager());
        snippet.getStyleClass().addAll(Styles.MONO, Styles.SNIPPET);
        Runnable fill = () -> snippet.replaceText(vm.djangoSnippetProperty().get());
        vm.djangoSnippetProperty().addListener((obs, old, now) -> fill.run());
        fill.run();
        snippet.totalHeightEstimateProperty().addListener((obs, old, height) -> {
            if (height != null) {
                snippet.setPrefHeight(height + 14);
            }
        });
        snippet.setMinHeight(Region.USE_PREF_SIZE);
        snippet.setPrefHeight(40);
        hideWhenEmpty(snippet, vm.djangoSnippetProperty());
        VBox box = new VBox(4, heading("In Django"), wrapping(vm.djangoProperty()), snippet);
        hideWhenEmpty(box, vm.djangoProperty());
        return box;
    }

    private Node specification() {
        Hyperlink link = new Hyperlink();
        link.setId("explanation-rfc");
        link.textProperty().bind(vm.rfcLabelProperty());
        link.setOnAction(e -> {
            String url = vm.rfcUrlProperty().get();
            if (!url.isEmpty()) {
                openUrl.accept(url);
            }
        });
        VBox box = new VBox(2, heading("Specification"), link);
        hideWhenEmpty(box, vm.rfcLabelProperty());
        return box;
    }

    private Node checks() {
        VBox rows = new VBox(6);
        rows.setId("explanation-checks");
        Label caption = new Label();
        caption.setWrapText(true);
        caption.getStyleClass().add(Styles.MUTED);
        Runnable rebuild = () -> {
            if (vm.checkedProperty().get() && !vm.checks().isEmpty()) {
                caption.setText("Checked against this response");
                rows.getChildren()
                        .setAll(vm.checks().stream().map(HeaderRows::check).toList());
            } else {
                caption.setText(
                        vm.rules().isEmpty()
                                ? "No header rules for this code"
                                : "Send a request to check these against a real response");
                rows.getChildren()
                        .setAll(vm.rules().stream().map(HeaderRows::rule).toList());
            }
        };
        vm.checks().addListener((ListChangeListener<Object>) c -> rebuild.run());
        vm.rules().addListener((ListChangeListener<Object>) c -> rebuild.run());
        vm.checkedProperty().addListener((obs, old, now) -> rebuild.run());
        rebuild.run();
        return new VBox(4, heading("Required headers"), caption, rows);
    }

    private Node mistakes() {
        VBox bullets = new VBox(4);
        bullets.setId("explanation-mistakes");
        Runnable rebuild = () -> bullets.getChildren()
                .setAll(vm.mistakes().stream()
                        .map(m -> {
                            Label bullet = new Label("•  " + m);
                            bullet.setWrapText(true);
                            return (Node) bullet;
                        })
                        .toList());
        vm.mistakes().addListener((ListChangeListener<String>) c -> rebuild.run());
        rebuild.run();
        VBox box = new VBox(4, heading("Common mistakes"), bullets);
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.mistakes()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node note() {
        Label text = wrapping(vm.noteProperty());
        text.setId("explanation-note");
        HBox box = new HBox(6, new FontIcon(Material2OutlinedAL.INFO), text);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add(Styles.STATUS_BAR);
        hideWhenEmpty(box, vm.noteProperty());
        return box;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.PANE_TITLE);
        return label;
    }

    private static Label wrapping(ObservableStringValue text) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static void hideWhenEmpty(Node node, ObservableStringValue text) {
        node.visibleProperty()
                .bind(Bindings.createBooleanBinding(() -> !text.get().isEmpty(), text));
        node.managedProperty().bind(node.visibleProperty());
    }
}
