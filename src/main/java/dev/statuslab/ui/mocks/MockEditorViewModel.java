package dev.statuslab.ui.mocks;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.status.HeaderRule;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.status.StatusInfo;
import dev.statuslab.ui.common.HeaderRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One mock being made or edited: the fields are read-write properties the editor binds to, checked
 * on every change. A field that cannot make a route has its message (blocking: {@link #validProperty()}
 * is false, Save is off); what the route will do unexpectedly is a warning (not blocking). Nothing
 * the user typed is ever replaced. Header rows that are off are left out of the route.
 */
public final class MockEditorViewModel {

    /** The methods offered in the method box; any other token may be typed. */
    public static final List<String> METHODS =
            List.of(MockRoute.ANY_METHOD, "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    private final StatusCatalog statuses;
    private final int index;
    private final List<MockRoute> others;
    private final String note;
    private final MockRoute original;
    private final MockRulesDraft rules;

    private final StringProperty method = new SimpleStringProperty(this, "method", "GET");
    private final StringProperty path = new SimpleStringProperty(this, "path", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "200");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final ObservableList<HeaderRow> headers = FXCollections.observableArrayList(
            row -> new Observable[] {row.enabledProperty(), row.nameProperty(), row.valueProperty()});
    private final StringProperty body = new SimpleStringProperty(this, "body", "");
    private final StringProperty delay = new SimpleStringProperty(this, "delay", "0");

    private final ReadOnlyStringWrapper methodError = new ReadOnlyStringWrapper(this, "methodError", "");
    private final ReadOnlyStringWrapper pathError = new ReadOnlyStringWrapper(this, "pathError", "");
    private final ReadOnlyStringWrapper statusError = new ReadOnlyStringWrapper(this, "statusError", "");
    private final ReadOnlyStringWrapper reasonError = new ReadOnlyStringWrapper(this, "reasonError", "");
    private final ReadOnlyStringWrapper headerError = new ReadOnlyStringWrapper(this, "headerError", "");
    private final ReadOnlyObjectWrapper<HeaderRow> invalidHeaderRow = new ReadOnlyObjectWrapper<>(this, "invalidRow");
    private final ReadOnlyStringWrapper delayError = new ReadOnlyStringWrapper(this, "delayError", "");
    private final ReadOnlyStringWrapper statusTitle = new ReadOnlyStringWrapper(this, "statusTitle", "");
    private final ReadOnlyStringWrapper reasonPrompt = new ReadOnlyStringWrapper(this, "reasonPrompt", "");
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper(this, "warnings", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");

    /**
     * @param start  the route to start from, or null for a blank one
     * @param index  the place of the route being edited in {@code others}, or -1 for a new one (added last)
     * @param others the mocks as they are now, to warn of one route hiding another
     * @param note   something to say about where the draft came from ("" for nothing)
     */
    MockEditorViewModel(StatusCatalog statuses, MockRoute start, int index, List<MockRoute> others, String note) {
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.index = index;
        this.others = List.copyOf(others);
        this.note = note == null ? "" : note;
        this.original = index >= 0 ? start : null;
        this.rules = new MockRulesDraft(start);
        if (start != null) {
            fill(start.method(), start.path(), start.status(), start.reason(), start.headers(), start.body());
            delay.set(Long.toString(start.delayMillis()));
        }
        List<Observable> inputs = new ArrayList<>(List.of(method, path, status, reason, headers, body, delay));
        inputs.addAll(List.of(rules.inputs()));
        for (Observable input : inputs) {
            input.addListener(o -> {
                recheck();
                changed.set(true);
            });
        }
        recheck();
    }

    /** Replaces the draft with values from elsewhere (a response); the result counts as unsaved. */
    void fill(
            String newMethod,
            String newPath,
            int newStatus,
            String newReason,
            List<Header> newHeaders,
            String newBody) {
        method.set(newMethod);
        path.set(newPath);
        status.set(Integer.toString(newStatus));
        reason.set(newReason);
        headers.setAll(newHeaders.stream()
                .map(h -> new HeaderRow(true, h.name(), h.value()))
                .toList());
        body.set(newBody);
    }

    // ---- the draft, read-write ----

    /** A token, or "*" for any method. */
    public StringProperty methodProperty() {
        return method;
    }

    public StringProperty pathProperty() {
        return path;
    }

    /** The status code as typed. */
    public StringProperty statusProperty() {
        return status;
    }

    /** The reason phrase; blank for the registry's. */
    public StringProperty reasonProperty() {
        return reason;
    }

    public ObservableList<HeaderRow> headers() {
        return headers;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    /** The delay in milliseconds as typed; blank is none. */
    public StringProperty delayProperty() {
        return delay;
    }

    /** The match (query, headers, body), a fault, and the answers after the first. */
    public MockRulesDraft rules() {
        return rules;
    }

    // ---- derived, read-only ----

    public ReadOnlyStringProperty methodErrorProperty() {
        return methodError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pathErrorProperty() {
        return pathError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusErrorProperty() {
        return statusError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonErrorProperty() {
        return reasonError.getReadOnlyProperty();
    }

    /** The first header row that cannot be sent, named by its place. */
    public ReadOnlyStringProperty headerErrorProperty() {
        return headerError.getReadOnlyProperty();
    }

    /** The row {@link #headerErrorProperty()} speaks of, or null. */
    public ReadOnlyObjectProperty<HeaderRow> invalidHeaderRowProperty() {
        return invalidHeaderRow.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty delayErrorProperty() {
        return delayError.getReadOnlyProperty();
    }

    /** The status with its registered title, e.g. "503 Service Unavailable"; "" while it is not a number. */
    public ReadOnlyStringProperty statusTitleProperty() {
        return statusTitle.getReadOnlyProperty();
    }

    /** The registry's phrase, sent when the reason is left blank; "" for an unregistered code. */
    public ReadOnlyStringProperty reasonPromptProperty() {
        return reasonPrompt.getReadOnlyProperty();
    }

    /** Not blocking: what the route will do that may be unexpected, one per line; "" for nothing. */
    public ReadOnlyStringProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /** True when the draft makes a route: Save is possible. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** True once anything was edited: closing without saving then asks first. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** Where the draft came from, e.g. what could not be copied from a response; "" for nothing. */
    public String note() {
        return note;
    }

    /** The place of the mock being edited, or -1 for a new one. */
    public int index() {
        return index;
    }

    /** The mock as it was before this edit, or null for a new one. */
    public MockRoute original() {
        return original;
    }

    public String title() {
        return index < 0 ? "New mock" : "Edit mock " + (index + 1) + ": " + MockChecks.title(original);
    }

    // ---- commands ----

    public void addHeader() {
        headers.add(new HeaderRow());
    }

    public void removeHeader(HeaderRow row) {
        headers.remove(row);
    }

    /** Adds a row, with the catalogue's example value, for each field the status requires or recommends. */
    public void addSuggestedHeaders() {
        suggestedHeaders().forEach(rule -> headers.add(new HeaderRow(true, rule.name(), rule.example())));
    }

    /** Whether {@link #addSuggestedHeaders()} would add anything. */
    public boolean hasSuggestedHeaders() {
        return !suggestedHeaders().isEmpty();
    }

    private List<HeaderRule> suggestedHeaders() {
        Integer code = MockChecks.number(status.get());
        return code == null || !statusError.get().isEmpty()
                ? List.of()
                : MockChecks.missingHeaders(code, activeHeaders(), statuses);
    }

    /** The route the draft makes, or empty while a field cannot make one. The draft is kept either way. */
    public Optional<MockRoute> build() {
        if (!valid.get()) {
            return Optional.empty();
        }
        String delayText = delay.get() == null ? "" : delay.get().strip();
        return Optional.of(rules.apply(new MockRoute(
                method.get().strip(),
                path.get(),
                MockChecks.number(status.get()),
                reason.get(),
                activeHeaders(),
                body.get(),
                delayText.isEmpty() ? 0 : MockChecks.number(delayText))));
    }

    private List<Header> activeHeaders() {
        return HeaderRow.active(headers);
    }

    private void recheck() {
        methodError.set(MockChecks.method(text(method).strip()));
        pathError.set(MockChecks.path(text(path)));
        statusError.set(MockChecks.status(text(status)));
        reasonError.set(MockChecks.reason(text(reason)));
        MockChecks.HeaderProblem problem = MockChecks.headers(headers);
        headerError.set(problem == null ? "" : problem.message());
        invalidHeaderRow.set(problem == null ? null : problem.row());
        delayError.set(MockChecks.delay(text(delay)));
        rules.checkTemplates(text(body), activeHeaders());
        statusTitle.set(MockChecks.statusTitle(text(status), statuses));
        Integer code = MockChecks.number(text(status));
        reasonPrompt.set(
                code == null ? "" : statuses.find(code).map(StatusInfo::reason).orElse(""));
        valid.set(Stream.of(methodError, pathError, statusError, reasonError, headerError, delayError)
                        .allMatch(e -> e.get().isEmpty())
                && rules.errorProperty().get().isEmpty());
        warnings.set(build().map(route -> String.join(
                        "\n", MockChecks.warnings(route, index < 0 ? others.size() : index, others, statuses)))
                .orElse(""));
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get();
    }
}
