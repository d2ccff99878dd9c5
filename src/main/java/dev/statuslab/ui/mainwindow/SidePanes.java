package dev.statuslab.ui.mainwindow;

import dev.statuslab.ui.common.AppPreferences;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The catalogue and the explanation beside the centre column (issue 16, item 2): each can be
 * hidden and shown again (View menu, a key each), which is remembered across launches; and the
 * centre gets the room first: when the window narrows, the side panes give way down to their
 * minimum widths before the centre goes below its own, and likewise the history below.
 */
final class SidePanes {

    static final double CATALOGUE_MIN = 250;
    static final double EXPLANATION_MIN = 200;
    static final double CENTRE_MIN = 470;
    /** The width the centre is given before the side panes keep more than their minimums. */
    static final double CENTRE_WANTED = 600;

    /** The history's title row (its count and commands): below that it keeps no rows in view. */
    static final double HISTORY_MIN = 50;
    /**
     * The height the panes above the history are given before the history keeps more than its
     * minimum: in a 700-high window the history gives way to its title row, so that the composer
     * and a readable response (a dozen lines of body) fit above it.
     */
    static final double TOP_WANTED = 590;

    private final SplitPane main;
    private final SplitPane outer;
    private final Region left;
    private final Region centre;
    private final Region right;
    private final Region bottom;
    private final BooleanProperty catalogueShown;
    private final BooleanProperty explanationShown;
    /** The widths of the side panes as last shown: a pane shown again comes back at its width. */
    private double leftWidth = Double.NaN;

    private double rightWidth = Double.NaN;

    SidePanes(
            SplitPane main,
            SplitPane outer,
            Region left,
            Region centre,
            Region right,
            Region bottom,
            AppPreferences prefs) {
        this.main = main;
        this.outer = outer;
        this.left = left;
        this.centre = centre;
        this.right = right;
        this.bottom = bottom;
        left.setMinWidth(CATALOGUE_MIN);
        right.setMinWidth(EXPLANATION_MIN);
        centre.setMinWidth(CENTRE_MIN);
        bottom.setMinHeight(HISTORY_MIN);
        catalogueShown = new SimpleBooleanProperty(prefs.paneShown("catalogue", true));
        explanationShown = new SimpleBooleanProperty(prefs.paneShown("explanation", true));
        catalogueShown.addListener((obs, was, now) -> {
            prefs.setPaneShown("catalogue", now);
            show(left, now);
        });
        explanationShown.addListener((obs, was, now) -> {
            prefs.setPaneShown("explanation", now);
            show(right, now);
        });
        // After the split panes have laid out at the new size: their items' widths are then known.
        main.widthProperty().addListener((obs, was, now) -> Platform.runLater(this::centreFirst));
        outer.heightProperty().addListener((obs, was, now) -> Platform.runLater(this::topFirst));
    }

    /** Takes the hidden panes out; called once the dividers are restored. */
    void apply() {
        if (!catalogueShown.get()) {
            show(left, false);
        }
        if (!explanationShown.get()) {
            show(right, false);
        }
        Platform.runLater(() -> {
            centreFirst();
            topFirst();
        });
    }

    BooleanProperty catalogueShownProperty() {
        return catalogueShown;
    }

    BooleanProperty explanationShownProperty() {
        return explanationShown;
    }

    /** Whether the split that holds the catalogue, the centre and the explanation is as saved (all three). */
    boolean complete() {
        return main.getItems().size() == 3;
    }

    private void show(Region pane, boolean shown) {
        boolean present = main.getItems().contains(pane);
        if (shown == present) {
            return;
        }
        double width = main.getWidth();
        if (!shown) {
            if (pane == left) {
                leftWidth = pane.getWidth();
            } else {
                rightWidth = pane.getWidth();
            }
            main.getItems().remove(pane);
            return;
        }
        double wanted = pane == left ? orDefault(leftWidth, width * 0.2) : orDefault(rightWidth, width * 0.3);
        if (pane == left) {
            main.getItems().add(0, pane);
        } else {
            main.getItems().add(pane);
        }
        if (width > 0) {
            double fraction = Math.min(wanted, width - CENTRE_MIN) / width;
            if (pane == left) {
                main.setDividerPosition(0, Math.max(fraction, CATALOGUE_MIN / width));
            } else {
                main.setDividerPosition(main.getDividers().size() - 1, 1 - Math.max(fraction, EXPLANATION_MIN / width));
            }
        }
        Platform.runLater(this::centreFirst);
    }

    private static double orDefault(double value, double fallback) {
        return Double.isNaN(value) || value <= 0 ? fallback : value;
    }

    /** When the centre would be narrower than its minimum, the side panes shrink, down to their own minimums. */
    private void centreFirst() {
        double width = main.getWidth();
        if (width <= 0) {
            return;
        }
        boolean hasLeft = main.getItems().contains(left);
        boolean hasRight = main.getItems().contains(right);
        // From the dividers, not the panes' widths: those are stale until the next layout pass.
        double[] at = main.getDividerPositions();
        double l = hasLeft && at.length > 0 ? width * at[0] : 0;
        double r = hasRight && at.length > 0 ? width * (1 - at[at.length - 1]) : 0;
        double excess = CENTRE_WANTED - (width - l - r);
        double lSpare = hasLeft ? Math.max(0, l - CATALOGUE_MIN) : 0;
        double rSpare = hasRight ? Math.max(0, r - EXPLANATION_MIN) : 0;
        double spare = lSpare + rSpare;
        if (excess <= 1 || spare <= 0) {
            return;
        }
        double take = Math.min(excess, spare);
        l -= take * lSpare / spare;
        r -= take * rSpare / spare;
        int last = main.getDividers().size() - 1;
        if (hasLeft) {
            main.setDividerPosition(0, l / width);
        }
        if (hasRight) {
            main.setDividerPosition(last, 1 - r / width);
        }
    }

    /** When the top (catalogue, centre, explanation) would be lower than its minimum, the history gives way. */
    private void topFirst() {
        double height = outer.getHeight();
        if (height <= 0 || outer.getDividers().isEmpty()) {
            return;
        }
        double historyHeight = height * (1 - outer.getDividerPositions()[0]);
        if (height - historyHeight >= TOP_WANTED || historyHeight <= HISTORY_MIN) {
            return;
        }
        double wanted = Math.max(HISTORY_MIN, height - TOP_WANTED);
        outer.setDividerPosition(0, 1 - wanted / height);
    }
}
