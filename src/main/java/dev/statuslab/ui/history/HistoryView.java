package dev.statuslab.ui.history;

import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.ui.common.StatusBadge;
import dev.statuslab.ui.common.Styles;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The history: one row per exchange, newest first; "Edit & resend" (also Enter) and "Follow
 * redirect" act on the selected row, as does the context menu with "Copy URL".
 */
public final class HistoryView {

    private final HistoryViewModel vm;
    private final Consumer<Exchange> onEditAndResend;
    private final Consumer<Exchange> onFollowRedirect;
    private final TableView<Exchange> table = new TableView<>();
    private final VBox root;
    private boolean syncing;

    public HistoryView(HistoryViewModel vm, Consumer<Exchange> onEditAndResend, Consumer<Exchange> onFollowRedirect) {
        this.vm = vm;
        this.onEditAndResend = onEditAndResend;
        this.onFollowRedirect = onFollowRedirect;

        Label title = new Label("History");
        title.getStyleClass().add(Styles.PANE_TITLE);
        Button edit = new Button("Edit & resend");
        edit.setId("history-edit-resend");
        edit.setGraphic(new FontIcon(Material2MZ.REPLAY));
        edit.setOnAction(e -> editAndResend());
        edit.disableProperty().bind(vm.selectedProperty().isNull());
        Button follow = new Button("Follow redirect");
        follow.setId("history-follow");
        follow.setGraphic(new FontIcon(Material2MZ.SUBDIRECTORY_ARROW_RIGHT));
        follow.setOnAction(e -> followRedirect());
        follow.disableProperty().bind(vm.selectedIsRedirectProperty().not());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, title, spacer, edit, follow);
        top.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(4, top, table);
        root.setId("history");
    }

    public Node node() {
        return root;
    }

    private void buildTable() {
        table.setId("history-table");
        table.setItems(vm.exchanges());
        table.setPlaceholder(new Label("Every request you send appears here"));
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        ZoneId zone = ZoneId.systemDefault();
        TableColumn<Exchange, Exchange> status = column("Status", 70, e -> e);
        status.setCellFactory(c -> new BadgeCell());
        table.getColumns().setAll(List.of(
                column("Sent", 80, e -> HistoryViewModel.sentAt(e, zone)),
                column("Method", 80, e -> e.request().method().name()),
                column("URL", 360, HistoryViewModel::pathAndQuery),
                status,
                column("Time", 80, HistoryViewModel::duration),
                column("Size", 80, HistoryViewModel::size)));

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                vm.select(now);
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> {
            syncing = true;
            try {
                if (now == null) {
                    table.getSelectionModel().clearSelection();
                } else if (table.getSelectionModel().getSelectedItem() != now) {
                    table.getSelectionModel().select(now);
                    table.scrollTo(now);
                }
            } finally {
                syncing = false;
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && vm.selectedProperty().get() != null) {
                editAndResend();
                e.consume();
            }
        });

        MenuItem edit = new MenuItem("Edit & resend");
        edit.setOnAction(e -> editAndResend());
        edit.disableProperty().bind(vm.selectedProperty().isNull());
        MenuItem follow = new MenuItem("Follow redirect");
        follow.setOnAction(e -> followRedirect());
        follow.disableProperty().bind(vm.selectedIsRedirectProperty().not());
        MenuItem copy = new MenuItem("Copy URL");
        copy.setOnAction(e -> copyUrl());
        copy.disableProperty().bind(vm.selectedProperty().isNull());
        table.setContextMenu(new ContextMenu(edit, follow, new SeparatorMenuItem(), copy));
    }

    private static <T> TableColumn<Exchange, T> column(String name, double width, Function<Exchange, T> value) {
        TableColumn<Exchange, T> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private void editAndResend() {
        Exchange selected = vm.selectedProperty().get();
        if (selected != null) {
            onEditAndResend.accept(selected);
        }
    }

    private void followRedirect() {
        Exchange selected = vm.selectedProperty().get();
        if (selected != null && vm.selectedIsRedirectProperty().get()) {
            onFollowRedirect.accept(selected);
        }
    }

    private void copyUrl() {
        Exchange selected = vm.selectedProperty().get();
        if (selected != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(selected.request().url());
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /** The status code as a badge coloured by its class. */
    private static final class BadgeCell extends TableCell<Exchange, Exchange> {
        private final StatusBadge badge = new StatusBadge();

        @Override
        protected void updateItem(Exchange item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                badge.setCode(item.code());
                setGraphic(badge);
            }
        }
    }
}
