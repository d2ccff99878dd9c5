package dev.statuslab.ui.catalogue;

import dev.statuslab.ui.common.StatusBadge;
import dev.statuslab.ui.common.Styles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;

/**
 * A row of the catalogue tree: a group heading in bold, a scenario with the badge of its expected
 * statuses, a request with its method, label and badge, or a muted hint. A double click on a
 * scenario or a request runs {@code onActivate}. Titles wrap; a request's sub-row stays on one line
 * and ends in "…" when cut, with its whole label on hover.
 */
final class CatalogueCell extends TreeCell<CatalogueItem> {

    CatalogueCell(Runnable onActivate) {
        // Never wider than the tree: long titles wrap onto more lines (a request's sub-row: see updateItem).
        setPrefWidth(0);
        setWrapText(true);
        setGraphicTextGap(6);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && isActivatable(getItem())) {
                onActivate.run();
                e.consume();
            }
        });
    }

    /**
     * The row's height for a width: the tree's skin measures wrapped text against the whole row,
     * but lays it out after the indentation and the disclosure arrow, so those come off first. A
     * cell shows rows of several levels in turn, so where the content starts is kept per level.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (width < 0 || getTreeItem() == null || getTreeView() == null) {
            return super.computePrefHeight(width);
        }
        return super.computePrefHeight(Math.max(0, width - offset(level())));
    }

    private int level() {
        return getTreeView().getTreeItemLevel(getTreeItem());
    }

    private double offset(int level) {
        Double known = offsets.get(level);
        if (known != null) {
            return known;
        }
        // From a level measured before, one indentation step per level; else the guess.
        return offsets.entrySet().stream()
                .findFirst()
                .map(e -> e.getValue() + INDENT_PER_LEVEL * (level - e.getKey()))
                .orElse(INDENT_PER_LEVEL * level + ARROW);
    }

    /** Where the content starts, once laid out: measured again when the indentation was guessed wrong. */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (getTreeItem() == null || getTreeView() == null) {
            return;
        }
        double x = getChildrenUnmodifiable().stream()
                        .filter(n -> n != getDisclosureNode() && n.isVisible())
                        .mapToDouble(Node::getLayoutX)
                        .min()
                        .orElse(0)
                - snappedLeftInset();
        int level = level();
        if (x > 0 && Math.abs(x - offset(level)) > 0.5) {
            offsets.put(level, x);
            if (getParent() != null) {
                getParent().requestLayout();
            }
        }
    }

    /** Guesses until the first layout: TreeCellSkin's default {@code -fx-indent}, and the arrow's width. */
    private static final double INDENT_PER_LEVEL = 10;

    private static final double ARROW = 18;
    /** Where the content starts (after the cell's inset), by the level of the row shown. */
    private final Map<Integer, Double> offsets = new HashMap<>();

    static boolean isActivatable(CatalogueItem item) {
        return item instanceof CatalogueItem.ScenarioItem || item instanceof CatalogueItem.RequestItem;
    }

    /** The item whose graphic this cell holds: a tree refreshes cells far more often than items change. */
    private CatalogueItem shown;

    private final Tooltip tooltip = new Tooltip();

    @Override
    protected void updateItem(CatalogueItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            shown = null;
            setText(null);
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        if (item == shown && getGraphic() != null) {
            return;
        }
        shown = item;
        // A request's sub-row takes one line, cut with "…" when the column is narrow: the whole
        // label is on hover. Wrapped, its height came out wrong at some widths and the row was cut.
        setWrapText(!(item instanceof CatalogueItem.RequestItem));
        setEllipsisString("…");
        boolean titled = item instanceof CatalogueItem.ScenarioItem || item instanceof CatalogueItem.RequestItem;
        // Titles are the cell's own wrapping text, so the tree gives the row the height it needs.
        // A request's row reads "201 · complete message": its badge, then the label without the method.
        setText(item instanceof CatalogueItem.RequestItem r ? r.request().shortLabel() : titled ? item.text() : null);
        setContentDisplay(item instanceof CatalogueItem.RequestItem ? ContentDisplay.LEFT : ContentDisplay.RIGHT);
        setGraphic(graphic(item));
        tooltip.setText(item.text());
        setTooltip(item instanceof CatalogueItem.Group ? null : tooltip);
        setAccessibleText(accessibleText(item));
    }

    private static Node graphic(CatalogueItem item) {
        if (item instanceof CatalogueItem.Group group) {
            Label title = new Label(group.text());
            title.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_BOLD);
            long count = group.children().stream()
                    .filter(c -> c instanceof CatalogueItem.ScenarioItem)
                    .count();
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
            return badge;
        }
        if (item instanceof CatalogueItem.RequestItem request) {
            // "201 · complete message": the code first, then the label without its method (in the tooltip).
            StatusBadge badge = new StatusBadge();
            badge.setCodes(request.request().expectedStatuses());
            Label dot = new Label("·");
            dot.getStyleClass().add(Styles.MUTED);
            dot.setMinWidth(Label.USE_PREF_SIZE);
            return row(badge, dot);
        }
        Label hint = new Label(item.text());
        hint.getStyleClass().addAll(Styles.MUTED, atlantafx.base.theme.Styles.TEXT_ITALIC);
        return hint;
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
            return r.request().method() + " " + r.text() + ", expects "
                    + join(r.request().expectedStatuses());
        }
        return item.text();
    }

    private static String join(List<Integer> codes) {
        return String.join(" or ", codes.stream().map(String::valueOf).toList());
    }
}
