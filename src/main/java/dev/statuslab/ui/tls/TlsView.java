package dev.statuslab.ui.tls;

import dev.statuslab.core.http.SendOptions;
import dev.statuslab.ui.common.Styles;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The request's connection settings (HTTP version, "insecure"), shown as a tab of the composer, and
 * the TLS section of the shown exchange: the certificate warning with its trust button, the
 * negotiated parameters, the chain, and the note on HTTP/2's status line. Only binds to
 * {@link TlsViewModel}.
 */
public final class TlsView {

    private final VBox root = new VBox(6);
    private final Tab settings;

    public TlsView(TlsViewModel vm) {
        root.setId("tls-pane");

        ComboBox<SendOptions.Version> version =
                new ComboBox<>(FXCollections.observableArrayList(SendOptions.Version.values()));
        version.setId("tls-version");
        version.setCellFactory(list -> new VersionCell());
        version.setButtonCell(new VersionCell());
        version.valueProperty().bindBidirectional(vm.versionProperty());
        CheckBox insecure = new CheckBox("Insecure: do not check the certificate");
        insecure.setId("tls-insecure");
        insecure.selectedProperty().bindBidirectional(vm.insecureProperty());
        insecure.selectedProperty().addListener((obs, was, on) -> pseudo(insecure, on));
        HBox connection = new HBox(8, new Label("HTTP version"), version, insecure);
        connection.setAlignment(Pos.CENTER_LEFT);
        connection.setPadding(new Insets(6, 0, 0, 0));
        settings = new Tab("Settings", connection);
        settings.setId("composer-settings-tab");

        Label title = new Label();
        title.setId("tls-warning-title");
        title.getStyleClass().add(Styles.TLS_WARNING_TITLE);
        title.textProperty().bind(vm.warningTitleProperty());
        Label text = new Label();
        text.setId("tls-warning-text");
        text.setWrapText(true);
        text.textProperty().bind(vm.warningTextProperty());
        Button trust = new Button();
        trust.setId("tls-trust");
        trust.textProperty().bind(vm.trustLabelProperty());
        trust.visibleProperty().bind(vm.canTrustProperty());
        trust.managedProperty().bind(trust.visibleProperty());
        trust.setOnAction(e -> vm.trust());
        VBox warning = new VBox(6, title, text, trust);
        warning.setId("tls-warning");
        warning.getStyleClass().add(Styles.TLS_WARNING);
        warning.visibleProperty().bind(vm.warningProperty());
        warning.managedProperty().bind(warning.visibleProperty());

        Label summary = new Label();
        summary.setId("tls-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        vm.insecureShownProperty().addListener((obs, was, on) -> pseudo(summary, on));
        Label chain = new Label();
        chain.setId("tls-chain");
        chain.getStyleClass().add(Styles.MONO);
        chain.setWrapText(true);
        chain.textProperty().bind(vm.chainProperty());
        TitledPane chainPane = new TitledPane("Certificate chain", chain);
        chainPane.setExpanded(false);
        chainPane.visibleProperty().bind(vm.chainProperty().isNotEmpty());
        chainPane.managedProperty().bind(chainPane.visibleProperty());
        Label note = new Label();
        note.setId("tls-version-note");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.MUTED);
        note.textProperty().bind(vm.versionNoteProperty());
        note.visibleProperty().bind(vm.versionNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        VBox section = new VBox(4, warning, summary, chainPane, note);
        section.visibleProperty().bind(vm.visibleProperty());
        section.managedProperty().bind(section.visibleProperty());
        root.getChildren().add(section);
    }

    /** The TLS section, above the response. */
    public Node node() {
        return root;
    }

    /** The connection settings, a tab of the composer. */
    public Tab settingsTab() {
        return settings;
    }

    private static void pseudo(Node node, boolean insecure) {
        if (insecure) {
            node.getStyleClass().add(Styles.TLS_INSECURE);
        } else {
            node.getStyleClass().remove(Styles.TLS_INSECURE);
        }
    }

    private static final class VersionCell extends ListCell<SendOptions.Version> {
        @Override
        protected void updateItem(SendOptions.Version item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
