package dev.statuslab.ui.history;

import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.ui.common.StatusBadge;
import dev.statuslab.ui.common.Styles;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
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
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The history: one row per exchange, newest first; "Edit & resend" (also Enter) and "Follow
 * redirect" act on the selected row, as does the context menu with "Copy URL". Several rows can
 * be chosen (Shift, Ctrl) to export only those; the toolbar exports, imports and clears.
 */
public final class HistoryView {

    /** What the buttons and the context menu do; the window supplies them. */
    public record Actions(Consumer<Exchange> editAndResend, Consumer<Exchange> resendToSimulator,
                          Consumer<Exchange> followRedirect, Runnable exportAll, Runnable exportChosen,
                          Runnable importHar, Runnable clear) {
    }

    private final HistoryViewModel vm;
    private final Actions actions;
    private final TableView<Exchange> table = new TableView<>();
    private final VBox root;
    private boolean syncing;

    public HistoryView(HistoryViewModel vm, Actions actions) {
        this.vm = vm;
        this.actions = actions;

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
        Button export = new Button("Export…");
        export.setId("history-export");
        export.setGraphic(new FontIcon(Material2MZ.SAVE_ALT));
        export.setOnAction(e -> (vm.chosen().size() > 1 ? actions.exportChosen() : actions.exportAll()).run());
        export.disableProperty().bind(Bindings.isEmpty(vm.exchanges()));
        export.setTooltip(new Tooltip("Export the history (or the rows chosen) as HAR 1.2 or Markdown"));
        Button importHar = new Button("Import HAR…");
        importHar.setId("history-import");
        importHar.setGraphic(new FontIcon(Material2AL.FILE_UPLOAD));
        importHar.setOnAction(e -> actions.importHar().run());
        Button clear = new Button();
        clear.setId("history-clear");
        clear.setGraphic(new FontIcon(Material2AL.DELETE_SWEEP));
        clear.setTooltip(new Tooltip("Clear the history…"));
        clear.setOnAction(e -> actions.clear().run());
        clear.disableProperty().bind(Bindings.isEmpty(vm.exchanges()));
        Label count = new Label();
        count.getStyleClass().add(Styles.MUTED);
        count.textProperty().bind(Bindings.createStringBinding(() -> countText(), vm.exchanges(), vm.chosen()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, title, count, spacer, edit, follow, new Separator(Orientation.VERTICAL), export,
                importHar, clear);
        top.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(4, top, table);
        root.setId("history");
    }

    public Node node() {
        return root;
    }

    /**
     * Adds an item to the rows' context menu, before "Copy URL", acting on the selected exchange and
     * offered only when it has a response (such as "Mock this response…").
     */
    public void addRowAction(String text, String id, Consumer<Exchange> action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> withSelected(action));
        item.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.selectedProperty().get() == null || vm.selectedProperty().get().failed(), vm.selectedProperty()));
        ContextMenu menu = table.getContextMenu();
        int separator = menu.getItems().indexOf(menu.getItems().stream()
                .filter(i -> i instanceof SeparatorMenuItem).findFirst().orElse(null));
        menu.getItems().add(separator < 0 ? menu.getItems().size() : separator, item);
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
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Exchange>) change ->
                vm.choose(List.copyOf(table.getSelectionModel().getSelectedItems())));
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
        MenuItem toSimulator = new MenuItem("Edit & resend to the simulator");
        toSimulator.setOnAction(e -> withSelected(actions.resendToSimulator()));
        toSimulator.disableProperty().bind(vm.selectedProperty().isNull());
        MenuItem copy = new MenuItem("Copy URL");
        copy.setOnAction(e -> copyUrl());
        copy.disableProperty().bind(vm.selectedProperty().isNull());
        MenuItem exportChosen = new MenuItem("Export chosen rows…");
        exportChosen.setOnAction(e -> actions.exportChosen().run());
        exportChosen.disableProperty().bind(Bindings.isEmpty(vm.chosen()));
        table.setContextMenu(new ContextMenu(edit, toSimulator, follow, new SeparatorMenuItem(), copy,
                exportChosen));
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

    private void editAndResend() {
        withSelected(actions.editAndResend());
    }

    private void followRedirect() {
        if (vm.selectedIsRedirectProperty().get()) {
            withSelected(actions.followRedirect());
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
