package dev.statuslab.ui.catalogue;

import dev.statuslab.ui.common.StatusBadge;
import dev.statuslab.ui.common.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;

/**
 * A row of the catalogue tree: a group heading in bold, a scenario with the badge of its expected
 * statuses, a request with its method, label and badge, or a muted hint. A double click on a
 * scenario or a request runs {@code onActivate}.
 */
final class CatalogueCell extends TreeCell<CatalogueItem> {

    CatalogueCell(Runnable onActivate) {
        // Never wider than the tree: long labels are cut with an ellipsis and shown whole in a tooltip.
        setPrefWidth(0);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && isActivatable(getItem())) {
                onActivate.run();
                e.consume();
            }
        });
    }

    static boolean isActivatable(CatalogueItem item) {
        return item instanceof CatalogueItem.ScenarioItem || item instanceof CatalogueItem.RequestItem;
    }

    /** The item whose graphic this cell holds: a tree refreshes cells far more often than items change. */
    private CatalogueItem shown;
    private final Tooltip tooltip = new Tooltip();

    @Override
    protected void updateItem(CatalogueItem item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            shown = null;
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        if (item == shown && getGraphic() != null) {
            return;
        }
        shown = item;
        setGraphic(graphic(item));
        tooltip.setText(item.text());
        setTooltip(item instanceof CatalogueItem.Group ? null : tooltip);
        setAccessibleText(accessibleText(item));
    }

    private static Node graphic(CatalogueItem item) {
        if (item instanceof CatalogueItem.Group group) {
            Label title = new Label(group.text());
            title.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_BOLD);
            long count = group.children().stream().filter(c -> c instanceof CatalogueItem.ScenarioItem).count();
            if (count == 0) {
                return title;
            }
            Label size = new Label(Long.toString(count));
            size.getStyleClass().addAll(Styles.MUTED, atlantafx.base.theme.Styles.TEXT_SMALL);
            return row(title, size);
        }
        if (item instanceof CatalogueItem.ScenarioItem scenario) {
            StatusBadge badge = new StatusBadge();
            badge.setCodes(scenario.expectedStatuses());
            return row(shrinking(scenario.text()), badge);
        }
        if (item instanceof CatalogueItem.RequestItem request) {
            Label method = new Label(request.request().method());
            method.getStyleClass().addAll(Styles.MONO, Styles.MUTED, atlantafx.base.theme.Styles.TEXT_SMALL,
                    atlantafx.base.theme.Styles.TEXT_BOLD);
            method.setMinWidth(Label.USE_PREF_SIZE);
            StatusBadge badge = new StatusBadge();
            badge.setCodes(request.request().expectedStatuses());
            return row(method, shrinking(request.text()), badge);
        }
        Label hint = new Label(item.text());
        hint.getStyleClass().addAll(Styles.MUTED, atlantafx.base.theme.Styles.TEXT_ITALIC);
        return hint;
    }

    private static Label shrinking(String text) {
        Label label = new Label(text);
        label.setMinWidth(0);
        label.setTextOverrun(OverrunStyle.ELLIPSIS);
        return label;
    }

    private static HBox row(Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(0);
        return box;
    }

    private static String accessibleText(CatalogueItem item) {
        if (item instanceof CatalogueItem.ScenarioItem s) {
            return s.text() + ", expects " + join(s.expectedStatuses());
        }
        if (item instanceof CatalogueItem.RequestItem r) {
            return r.request().method() + " " + r.text() + ", expects " + join(r.request().expectedStatuses());
        }
        return item.text();
    }

    private static String join(java.util.List<Integer> codes) {
        return String.join(" or ", codes.stream().map(String::valueOf).toList());
    }
}
