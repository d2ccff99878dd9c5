package dev.statuslab.ui.composer;

import dev.statuslab.ui.common.Styles;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The read-only list "Added when sent" under the header table: each field the request will carry
 * beside its rows, with a check box that turns off those that can be (User-Agent, Accept, Cookie).
 */
final class AddedWhenSent {

    private AddedWhenSent() {}

    static Node node(AddedFields added) {
        Label title = new Label("Added when sent");
        title.getStyleClass().add(Styles.MUTED);
        VBox rows = new VBox(2);
        rows.setId("composer-added");
        Runnable fill = () -> {
            for (Node n : rows.getChildren()) {
                if (n instanceof CheckBox old && old.getUserData() instanceof AddedFields.Field f && f.sent() != null) {
                    old.selectedProperty().unbindBidirectional(f.sent());
                }
            }
            rows.getChildren().clear();
            for (AddedFields.Field f : added.fields()) {
                CheckBox box = new CheckBox(f.name() + ": " + f.value());
                box.setId("composer-added-" + f.name());
                box.setUserData(f);
                box.getStyleClass().add(Styles.MONO);
                if (f.sent() == null) {
                    box.setSelected(true);
                    box.setDisable(true);
                } else {
                    box.selectedProperty().bindBidirectional(f.sent());
                }
                rows.getChildren().add(box);
            }
        };
        added.fields().addListener((ListChangeListener<AddedFields.Field>) change -> fill.run());
        fill.run();
        return new VBox(4, title, rows);
    }
}
