package dev.statuslab.ui.explanation;

import dev.statuslab.core.status.HeaderChecks;
import dev.statuslab.core.status.HeaderRule;
import dev.statuslab.ui.common.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Rows of the "Required headers" section: a check against the response, or a rule on its own. */
final class HeaderRows {

    private HeaderRows() {}

    /** ✓ or ✗, the field name and level, and what was received on a second line; the reason as tooltip. */
    static Node check(HeaderChecks.Check check) {
        Label mark = new Label(check.satisfied() ? "✓" : "✗");
        mark.getStyleClass().add(check.satisfied() ? Styles.CHECK_OK : Styles.CHECK_MISSING);
        mark.setAccessibleText(check.satisfied() ? "satisfied" : "not satisfied");
        return row(mark, check.rule(), check.detail());
    }

    /** A rule with no response to check it against. */
    static Node rule(HeaderRule rule) {
        Label mark = new Label("•");
        mark.getStyleClass().add(Styles.MUTED);
        return row(mark, rule, rule.example() == null ? "" : "e.g. " + rule.example());
    }

    static String level(HeaderRule rule) {
        if (HeaderChecks.NO_CONTENT.equals(rule.name())) {
            return "body must be empty";
        }
        return switch (rule.level()) {
            case REQUIRED -> "required";
            case RECOMMENDED -> "recommended";
            case FORBIDDEN -> "must not be sent";
        };
    }

    private static Node row(Label mark, HeaderRule rule, String detail) {
        mark.setMinWidth(16);
        Label name = new Label(rule.name());
        name.getStyleClass().add(Styles.MONO);
        Label level = new Label(level(rule));
        level.getStyleClass().add(Styles.MUTED);
        HBox first = new HBox(6, name, level);
        first.setAlignment(Pos.BASELINE_LEFT);
        Label second = new Label(detail);
        second.getStyleClass().addAll(Styles.MONO, Styles.MUTED);
        second.setWrapText(true);
        second.setVisible(!detail.isEmpty());
        second.setManaged(!detail.isEmpty());
        VBox text = new VBox(1, first, second);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(6, mark, text);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("explanation-check");
        Tooltip.install(row, new Tooltip(rule.why()));
        return row;
    }
}
