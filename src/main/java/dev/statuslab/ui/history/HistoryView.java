package dev.statuslab.ui.history;

import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.workbench.Secrets;
import dev.statuslab.ui.common.ActionControls;
import dev.statuslab.ui.common.ActionId;
import dev.statuslab.ui.common.ActionRegistry;
import dev.statuslab.ui.common.StatusBadge;
import dev.statuslab.ui.common.Styles;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The history: one row per exchange, newest first; "Edit & resend" (also Enter) and "Follow
 * redirect" act on the selected row, as does the context menu with "Copy URL". Several rows can
 * be chosen (Shift, Ctrl) to export only those; the toolbar exports, imports and clears.
 */
public final class HistoryView {

    /** What the row commands do with the selected exchange; the window supplies them. */
    public record RowCommands(
            Consumer<Exchange> editAndResend,
            Consumer<Exchange> resendToSimulator,
            Consumer<Exchange> followRedirect) {}

    private final HistoryViewModel vm;
    private final ActionRegistry actions;
    private final TableView<Exchange> table = new TableView<>();
    private final VBox root;
    private boolean syncing;

    /**
     * Registers the row commands (Edit & resend, Edit & resend to the simulator, Follow redirect,
     * Copy URL, and Export… for the toolbar) in {@code actions}; the toolbar also shows Import HAR
     * and Clear history, and the rows' menu Export chosen rows and Mock this response, as registered.
     */
    public HistoryView(HistoryViewModel vm, ActionRegistry actions, RowCommands commands) {
        this.vm = vm;
        this.actions = actions;
        var selected = vm.selectedProperty().isNotNull();
        actions.register(ActionId.EDIT_AND_RESEND, selected, () -> withSelected(commands.editAndResend()));
        actions.register(
                ActionId.EDIT_AND_RESEND_TO_SIMULATOR, selected, () -> withSelected(commands.resendToSimulator()));
        actions.register(
                ActionId.FOLLOW_REDIRECT,
                vm.selectedIsRedirectProperty(),
                () -> withSelected(commands.followRedirect()));
        actions.register(ActionId.COPY_URL, selected, this::copyUrl);
        actions.register(
                ActionId.EXPORT,
                Bindings.isNotEmpty(vm.exchanges()),
                () -> actions.fire(vm.chosen().size() > 1 ? ActionId.EXPORT_CHOSEN : ActionId.EXPORT_ALL));

        Label title = new Label("History");
        title.getStyleClass().add(Styles.PANE_TITLE);
        Button edit = ActionControls.button(
                actions.get(ActionId.EDIT_AND_RESEND), "Edit & resend", new FontIcon(Material2MZ.REPLAY), null);
        edit.setId("history-edit-resend");
        Button follow = ActionControls.button(
                actions.get(ActionId.FOLLOW_REDIRECT),
                "Follow redirect",
                new FontIcon(Material2MZ.SUBDIRECTORY_ARROW_RIGHT),
                null);
        follow.setId("history-follow");
        Button export = ActionControls.button(
                actions.get(ActionId.EXPORT),
                "Export…",
                new FontIcon(Material2MZ.SAVE_ALT),
                "Export the history (or the rows chosen) as HAR 1.2 or Markdown");
        export.setId("history-export");
        Button importHar = ActionControls.button(
                actions.get(ActionId.IMPORT_HAR), "Import HAR…", new FontIcon(Material2AL.FILE_UPLOAD), null);
        importHar.setId("history-import");
        Button clear = ActionControls.button(
                actions.get(ActionId.CLEAR_HISTORY),
                null,
                new FontIcon(Material2AL.DELETE_SWEEP),
                "Clear the history…");
        clear.setId("history-clear");
        Label count = new Label();
        count.getStyleClass().add(Styles.MUTED);
        count.textProperty().bind(Bindings.createStringBinding(() -> countText(), vm.exchanges(), vm.chosen()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(
                8, title, count, spacer, edit, follow, new Separator(Orientation.VERTICAL), export, importHar, clear);
        top.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        // In a low window the history can shrink to its title row (count and commands).
        table.setMinHeight(0);
        table.visibleProperty().bind(table.heightProperty().greaterThan(30)); // no room for a row: not drawn
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
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        ZoneId zone = ZoneId.systemDefault();
        TableColumn<Exchange, Exchange> status = column("Status", 70, e -> e);
        status.setCellFactory(c -> new BadgeCell());
        table.getColumns()
                .setAll(List.of(
                        column("Sent", 80, e -> HistoryViewModel.sentAt(e, zone)),
                        column("Method", 80, e -> e.request().method().name()),
                        urlColumn(),
                        status,
                        column("Time", 80, HistoryViewModel::duration),
                        column("Size", 80, HistoryViewModel::size)));

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                vm.select(now);
            }
        });
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Exchange>)
                change -> vm.choose(List.copyOf(table.getSelectionModel().getSelectedItems())));
        vm.selectedProperty().addListener((obs, old, now) -> {
            syncing = true;
            try {
                if (now == null) {
                    table.getSelectionModel().clearSelection();
                } else if (indexOf(table.getSelectionModel().getSelectedItems(), now) < 0) {
                    int row = indexOf(table.getItems(), now);
                    table.getSelectionModel().clearAndSelect(row);
                    table.scrollTo(row);
                }
            } finally {
                syncing = false;
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && actions.fire(ActionId.EDIT_AND_RESEND)) {
                e.consume();
            }
        });

        table.setContextMenu(ActionControls.contextMenu(
                "history-",
                actions,
                ActionId.EDIT_AND_RESEND,
                ActionId.EDIT_AND_RESEND_TO_SIMULATOR,
                ActionId.FOLLOW_REDIRECT,
                ActionId.MOCK_RESPONSE,
                ActionId.WHICH_MOCK,
                null,
                ActionId.COPY_URL,
                ActionId.EXPORT_CHOSEN));
    }

    /**
     * The position of this very exchange, by identity: {@code equals} on exchanges compares their
     * bodies, which reads large bodies from disk, and would pick the first of two equal copies.
     */
    private static int indexOf(List<Exchange> rows, Exchange exchange) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == exchange) {
                return i;
            }
        }
        return -1;
    }

    private String countText() {
        int all = vm.exchanges().size();
        int chosenRows = vm.chosen().size();
        String total = all == 1 ? "1 exchange" : all + " exchanges";
        return chosenRows > 1 ? total + ", " + chosenRows + " chosen" : total;
    }

    private void withSelected(Consumer<Exchange> action) {
        Exchange selected = vm.selectedProperty().get();
        if (selected != null) {
            action.accept(selected);
        }
    }

    private static <T> TableColumn<Exchange, T> column(String name, double width, Function<Exchange, T> value) {
        TableColumn<Exchange, T> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    /**
     * The path and query as sent (variables resolved), the values of secret variables as ••••; the
     * whole URL on hover. The Raw tab shows the request exactly.
     */
    private TableColumn<Exchange, Exchange> urlColumn() {
        TableColumn<Exchange, Exchange> url = column("URL", 360, e -> e);
        url.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Exchange item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setTooltip(null);
                } else {
                    Map<String, String> secrets = vm.secretsOf(item);
                    setText(Secrets.mask(HistoryViewModel.pathAndQuery(item), secrets));
                    setTooltip(new Tooltip(Secrets.mask(item.request().url(), secrets)));
                }
            }
        });
        return url;
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
