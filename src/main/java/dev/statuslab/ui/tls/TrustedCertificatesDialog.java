package dev.statuslab.ui.tls;

import dev.statuslab.ui.common.Styles;
import dev.statuslab.ui.common.Theme;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * "Trusted certificates": one row per host and port the user trusted a certificate for (host,
 * subject, issuer, expiry, SHA-256 fingerprint), each with "Revoke". Only binds to
 * {@link TrustedCertificatesViewModel}; it does not block the window behind it.
 */
public final class TrustedCertificatesDialog {

    private final Dialog<Void> dialog = new Dialog<>();

    public TrustedCertificatesDialog(TrustedCertificatesViewModel vm, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle("Trusted certificates");
        dialog.setResizable(true);
        var pane = dialog.getDialogPane();
        pane.setId("trusted-certificates");
        pane.getStylesheets().add(Theme.APP_CSS);
        pane.setHeaderText("Certificates you trusted, each for one host and port");

        TableView<TrustedCertificatesViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("trusted-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Host", 130, TrustedCertificatesViewModel.Row::hostPort));
        table.getColumns().add(column("Subject", 150, TrustedCertificatesViewModel.Row::subject));
        table.getColumns().add(column("Issuer", 150, TrustedCertificatesViewModel.Row::issuer));
        table.getColumns().add(expiresColumn());
        TableColumn<TrustedCertificatesViewModel.Row, String> fingerprint =
                column("SHA-256 fingerprint", 230, TrustedCertificatesViewModel.Row::sha256);
        fingerprint.getStyleClass().add(Styles.MONO);
        table.getColumns().add(fingerprint);
        table.getColumns().add(revokeColumn(vm));
        Label empty = new Label("No certificate is trusted");
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label message = new Label();
        message.setId("trusted-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.MUTED);
        message.textProperty().bind(vm.messageProperty());

        pane.setContent(new VBox(8, table, message));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1040, screen.getWidth() - 60);
        pane.setPrefSize(width, Math.min(440, screen.getHeight() - 80));
        // The dialog's window does not take the pane's preferred width when first shown (it came up
        // about 600 wide, every column cut short); a minimum it does take.
        pane.setMinWidth(width);
        pane.getButtonTypes().setAll(ButtonType.CLOSE);
        ((Button) pane.lookupButton(ButtonType.CLOSE)).setId("trusted-close");
        vm.refresh();
    }

    /** Shows the dialog and returns at once. */
    public void show() {
        dialog.show();
    }

    private static TableColumn<TrustedCertificatesViewModel.Row, String> column(
            String title, double width, Function<TrustedCertificatesViewModel.Row, String> value) {
        TableColumn<TrustedCertificatesViewModel.Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : new Tooltip(text));
            }
        });
        return c;
    }

    private static TableColumn<TrustedCertificatesViewModel.Row, String> expiresColumn() {
        TableColumn<TrustedCertificatesViewModel.Row, String> c =
                column("Expires", 150, TrustedCertificatesViewModel.Row::expires);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                TrustedCertificatesViewModel.Row row =
                        empty ? null : getTableRow().getItem();
                getStyleClass().remove(Styles.FIELD_WARNING);
                if (row != null && row.expired()) {
                    getStyleClass().add(Styles.FIELD_WARNING);
                }
            }
        });
        return c;
    }

    private static TableColumn<TrustedCertificatesViewModel.Row, String> revokeColumn(TrustedCertificatesViewModel vm) {
        TableColumn<TrustedCertificatesViewModel.Row, String> c = new TableColumn<>("");
        c.setPrefWidth(90);
        c.setMinWidth(90);
        c.setSortable(false);
        c.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().hostPort()));
        c.setCellFactory(col -> new TableCell<>() {
            private final Button revoke = new Button("Revoke");

            {
                revoke.getStyleClass().add("trusted-revoke");
                revoke.setOnAction(e -> {
                    TrustedCertificatesViewModel.Row row = getTableRow().getItem();
                    if (row != null) {
                        revoke.setDisable(true);
                        vm.revoke(row).whenComplete((ok, error) -> revoke.setDisable(false));
                    }
                });
            }

            @Override
            protected void updateItem(String hostPort, boolean empty) {
                super.updateItem(hostPort, empty);
                revoke.setTooltip(
                        empty
                                ? null
                                : new Tooltip("Stop trusting this certificate for " + hostPort
                                        + "; the next request there shows the certificate warning again"));
                setGraphic(empty ? null : revoke);
            }
        });
        return c;
    }
}
