package dev.statuslab.ui.explanation;

import dev.statuslab.core.lint.Finding;
import dev.statuslab.core.lint.Level;
import dev.statuslab.core.lint.Linter;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.ExchangeFindings;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the linter found in the response on show: the findings, errors first, and the text and level of the
 * badge beside the status line. Linting one response takes microseconds and reads no file, so it runs where
 * the response is shown.
 */
public final class FindingsViewModel {

    private final Linter linter;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<Finding> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper advice = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper badgeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper badgeLevel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public FindingsViewModel(Linter linter) {
        this.linter = Objects.requireNonNull(linter, "linter");
    }

    /** Judges the exchange's response; nothing for an exchange that got no response. */
    public void show(Exchange exchange) {
        if (exchange == null) {
            clear();
            return;
        }
        set(ExchangeFindings.of(exchange, linter));
    }

    public void clear() {
        set(List.of());
    }

    private void set(List<Finding> list) {
        findings.setAll(list);
        int[] counts = Linter.counts(list);
        errors.set(counts[Level.ERROR.ordinal()]);
        warnings.set(counts[Level.WARNING.ordinal()]);
        advice.set(counts[Level.INFO.ordinal()]);
        Level worst = list.isEmpty() ? null : list.get(0).level();
        badgeLevel.set(worst == null ? "" : worst.id());
        badgeText.set(worst == null ? "" : badge(counts));
        summary.set(
                list.isEmpty()
                        ? ""
                        : plural(counts[0], "error", "errors") + ", " + plural(counts[1], "warning", "warnings") + ", "
                                + counts[2] + " advice");
    }

    /** "2 errors", else "1 warning", else "3 advice": the most serious level present and its count. */
    private static String badge(int[] counts) {
        if (counts[0] > 0) {
            return plural(counts[0], "error", "errors");
        }
        if (counts[1] > 0) {
            return plural(counts[1], "warning", "warnings");
        }
        return counts[2] + " advice";
    }

    private static String plural(int n, String one, String more) {
        return n + " " + (n == 1 ? one : more);
    }

    /** The findings, errors first. */
    public ObservableList<Finding> findings() {
        return findingsView;
    }

    public ReadOnlyIntegerProperty errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty adviceProperty() {
        return advice.getReadOnlyProperty();
    }

    /** The badge beside the status line: "2 errors", "1 warning", "3 advice", or empty when there is none. */
    public ReadOnlyStringProperty badgeTextProperty() {
        return badgeText.getReadOnlyProperty();
    }

    /** "error", "warning", "info" (the most serious finding), or empty. */
    public ReadOnlyStringProperty badgeLevelProperty() {
        return badgeLevel.getReadOnlyProperty();
    }

    /** "1 error, 2 warnings, 3 advice", or empty. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
