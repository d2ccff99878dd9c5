package dev.statuslab.ui.response;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Find in the response body (issue 16, item 8): Ctrl+F while the body has the focus opens the bar
 * (the catalogue's search keeps Ctrl+F everywhere else); Enter or the arrows go to the next or
 * previous match, with a count; Esc closes it and gives the focus back to the body.
 */
final class FindBar {

    private static final KeyCombination FIND = KeyCombination.keyCombination("Shortcut+F");

    private final CodeArea area;
    private final TextField query = new TextField();
    private final Label count = new Label();
    private final HBox bar;
    private FindMatches matches = FindMatches.of("", "");

    FindBar(CodeArea area) {
        this.area = area;
        query.setId("response-find");
        query.setPromptText("Find in the body");
        count.setId("response-find-count");
        count.setMinWidth(80);
        Button previous = new Button(null, new FontIcon(Material2AL.KEYBOARD_ARROW_UP));
        previous.setId("response-find-previous");
        previous.setOnAction(e -> move(false));
        Button next = new Button(null, new FontIcon(Material2AL.KEYBOARD_ARROW_DOWN));
        next.setId("response-find-next");
        next.setOnAction(e -> move(true));
        Button close = new Button(null, new FontIcon(Material2AL.CLOSE));
        close.setOnAction(e -> hide());
        bar = new HBox(6, new FontIcon(Material2MZ.SEARCH), query, count, previous, next, close);
        bar.setId("response-find-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setVisible(false);
        bar.managedProperty().bind(bar.visibleProperty());

        query.textProperty().addListener((obs, was, now) -> search());
        area.textProperty().addListener((obs, was, now) -> {
            if (bar.isVisible()) {
                search();
            }
        });
        query.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                move(!e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
    }

    /** Opens the bar on Ctrl+F pressed inside {@code scope}, before the window's own Ctrl+F. */
    void listenOn(Node scope) {
        scope.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                show();
                e.consume();
            }
        });
    }

    Node node() {
        return bar;
    }

    void show() {
        bar.setVisible(true);
        query.requestFocus();
        query.selectAll();
        search();
    }

    private void hide() {
        bar.setVisible(false);
        area.requestFocus();
    }

    private void search() {
        matches = FindMatches.of(area.getText(), query.getText());
        select();
    }

    private void move(boolean forward) {
        if (forward) {
            matches.next();
        } else {
            matches.previous();
        }
        select();
    }

    private void select() {
        count.setText(matches.summary());
        if (matches.start() >= 0) {
            area.selectRange(matches.start(), matches.end());
            area.requestFollowCaret();
        }
    }
}
