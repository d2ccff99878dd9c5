package dev.statuslab.ui.composer;

import dev.statuslab.ui.common.Lazy;
import dev.statuslab.ui.common.Styles;
import dev.statuslab.ui.common.TextHints;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The composer's Auth tab: None, Basic or Bearer, and the Authorization field it adds. */
final class AuthTab {

    private AuthTab() {}

    /** The tab; its content is built when it is first shown (nothing extra before the first frame). */
    static Tab tab(AuthViewModel vm, TextHints hints) {
        Tab tab = new Tab();
        Lazy.content(tab, () -> content(vm, hints));
        tab.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.kindProperty().get() == null
                                        || vm.kindProperty().get() == AuthViewModel.Kind.NONE
                                ? "Auth"
                                : "Auth (" + vm.kindProperty().get().label() + ")",
                        vm.kindProperty()));
        return tab;
    }

    private static Node content(AuthViewModel vm, TextHints hints) {
        ComboBox<AuthViewModel.Kind> kind =
                new ComboBox<>(FXCollections.observableArrayList(AuthViewModel.Kind.values()));
        kind.setId("composer-auth-kind");
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(AuthViewModel.Kind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public AuthViewModel.Kind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        TextField user = field(new TextField(), "composer-auth-username", "a name, or {{user}}");
        user.textProperty().bindBidirectional(vm.usernameProperty());
        PasswordField password = (PasswordField) field(new PasswordField(), "composer-auth-password", "");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        TextField token = field(new TextField(), "composer-auth-token", "a token, or {{token}}");
        token.textProperty().bindBidirectional(vm.tokenProperty());
        for (TextField f : new TextField[] {user, password, token}) {
            TextHints.mark(f, hints); // an unknown {{variable}} marked, the values on hover (secrets ••••)
        }

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Type"), kind);
        Label userLabel = new Label("Username");
        Label passwordLabel = new Label("Password");
        Label tokenLabel = new Label("Token");
        grid.addRow(1, userLabel, user);
        grid.addRow(2, passwordLabel, password);
        grid.addRow(3, tokenLabel, token);
        GridPane.setHgrow(token, Priority.ALWAYS);
        GridPane.setHgrow(user, Priority.ALWAYS);
        var basic = vm.kindProperty().isEqualTo(AuthViewModel.Kind.BASIC);
        var bearer = vm.kindProperty().isEqualTo(AuthViewModel.Kind.BEARER);
        shownWhen(basic, userLabel, user, passwordLabel, password);
        shownWhen(bearer, tokenLabel, token);

        Label header = new Label();
        header.setId("composer-auth-header");
        header.getStyleClass().add(Styles.MONO);
        header.setWrapText(true);
        header.textProperty()
                .bind(Bindings.when(vm.headerProperty().isEmpty())
                        .then("No Authorization field is added.")
                        .otherwise(Bindings.concat("Adds ", vm.headerProperty())));
        Label note = new Label("An Authorization row of the Headers tab wins over the helper.");
        note.getStyleClass().add(Styles.MUTED);
        VBox box = new VBox(8, grid, header, note);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    private static TextField field(TextField field, String id, String prompt) {
        field.setId(id);
        field.setPromptText(prompt);
        field.getStyleClass().add(Styles.MONO);
        field.setPrefColumnCount(30);
        return field;
    }

    private static void shownWhen(BooleanBinding shown, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(shown);
            node.managedProperty().bind(shown);
        }
    }
}
