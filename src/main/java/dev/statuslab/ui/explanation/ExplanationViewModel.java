package dev.statuslab.ui.explanation;

import dev.statuslab.core.django.DjangoVersion;
import dev.statuslab.core.lint.Linter;
import dev.statuslab.core.scenario.SimulatorNotes;
import dev.statuslab.core.status.ConnectionFailures;
import dev.statuslab.core.status.DjangoNotes;
import dev.statuslab.core.status.HeaderChecks;
import dev.statuslab.core.status.HeaderRule;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.status.StatusInfo;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.Explanation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the explanation pane: what the received code means, how Django returns it, its
 * specification, and its header rules checked against the response just received.
 */
public final class ExplanationViewModel {

    /** What changed between Django's release lines, for exchanges the simulator answered. */
    private final DjangoNotes djangoNotes;

    static final String EMPTY_TEXT = "Send a request to see what its status code means";

    private final StatusCatalog catalog;

    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(EMPTY_TEXT);
    private final ReadOnlyIntegerWrapper code = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper className = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper registrationNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper meaning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper whenToUse = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper whenNotToUse = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper django = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper djangoSnippet = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rfc = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper section = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rfcLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rfcUrl = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checked = new ReadOnlyBooleanWrapper();
    private final ObservableList<HeaderChecks.Check> checks = FXCollections.observableArrayList();
    private final ObservableList<HeaderChecks.Check> checksView = FXCollections.unmodifiableObservableList(checks);
    private final ObservableList<HeaderRule> rules = FXCollections.observableArrayList();
    private final ObservableList<HeaderRule> rulesView = FXCollections.unmodifiableObservableList(rules);
    private final ObservableList<String> mistakes = FXCollections.observableArrayList();
    private final ObservableList<String> mistakesView = FXCollections.unmodifiableObservableList(mistakes);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");

    private final FindingsViewModel findings;

    public ExplanationViewModel(StatusCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.findings = new FindingsViewModel(new Linter(catalog));
        this.djangoNotes = DjangoNotes.load();
    }

    /** What the linter found in the response on show. */
    public FindingsViewModel findings() {
        return findings;
    }

    /** Explains the code of an exchange and checks its response; a failed exchange shows why. */
    public void show(Exchange exchange) {
        if (exchange == null) {
            clear();
            return;
        }
        findings.show(exchange);
        if (exchange.failed()) {
            reset("No response: " + exchange.failure()
                    + ConnectionFailures.forFailure(exchange.failure())
                            .map(a -> "\n\n" + a.title() + ". " + a.meaning() + "\n\nHow a client should cope: "
                                    + a.cope())
                            .orElse(""));
            return;
        }
        show(Explanation.of(catalog, exchange));
        exchange.djangoIfAny().flatMap(DjangoVersion::parse).ifPresent(version -> {
            int answered = exchange.response().code();
            List<String> notes = new ArrayList<>();
            notes.add("Answered by the simulator as " + version.label() + ".");
            if (!note.get().isEmpty()) {
                notes.add(note.get());
            }
            djangoNotes.override(answered, version).ifPresent(o -> {
                django.set(o.django());
                djangoSnippet.set(o.djangoSnippet());
            });
            notes.addAll(djangoNotes.about(
                    answered, SimulatorNotes.asDjangoResponse(exchange.request(), exchange.response())));
            note.set(String.join("\n", notes));
        });
    }

    /** Explains a code without a response to check (e.g. a scenario's expected status). */
    public void showCode(int statusCode) {
        findings.clear();
        show(Explanation.ofCode(catalog, statusCode));
    }

    /** Back to the empty state. */
    public void clear() {
        findings.clear();
        reset(EMPTY_TEXT);
    }

    /** Fills everything the explanation holds; a placeholder for a code outside 100..599. */
    private void show(Explanation explanation) {
        int statusCode = explanation.code();
        if (!explanation.explained()) {
            reset("No explanation: " + statusCode + " is outside the five classes HTTP defines (100–599)");
            code.set(statusCode);
            return;
        }
        reset("");
        StatusInfo info = explanation.info();
        shown.set(true);
        code.set(statusCode);
        title.set(statusCode + " " + info.reason());
        className.set(info.statusClass().title());
        registrationNote.set(registrationNote(info));
        meaning.set(info.meaning());
        whenToUse.set(info.whenToUse());
        whenNotToUse.set(info.whenNotToUse());
        django.set(info.django());
        djangoSnippet.set(info.djangoSnippet());
        rfc.set(info.rfc());
        section.set(info.section());
        rfcLabel.set(info.rfc() + " §" + info.section());
        rfcUrl.set(info.rfcUrl());
        rules.setAll(info.headers());
        mistakes.setAll(info.mistakes());
        checked.set(explanation.checked());
        checks.setAll(explanation.checks());
        note.set(String.join("\n", explanation.notes()));
    }

    static String registrationNote(StatusInfo info) {
        return switch (info.registration()) {
            case REGISTERED -> "";
            case DEPRECATED -> "Deprecated";
            case UNUSED -> "Unused";
            case OBSOLETED -> "Obsoleted";
            case TEMPORARY -> "Temporary registration";
            case UNREGISTERED -> "Not in the IANA registry";
        };
    }

    private void reset(String placeholderText) {
        shown.set(false);
        placeholder.set(placeholderText);
        code.set(0);
        for (ReadOnlyStringWrapper text : List.of(
                title,
                className,
                registrationNote,
                meaning,
                whenToUse,
                whenNotToUse,
                django,
                djangoSnippet,
                rfc,
                section,
                rfcLabel,
                rfcUrl,
                note)) {
            text.set("");
        }
        checked.set(false);
        checks.clear();
        rules.clear();
        mistakes.clear();
    }

    /** True when a code is explained; false in the empty and "No response" states. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** What the pane says when nothing is explained: the empty state, "No response: …". */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty codeProperty() {
        return code.getReadOnlyProperty();
    }

    /** "201 Created". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The class as RFC 9110 names it: "Successful". */
    public ReadOnlyStringProperty classNameProperty() {
        return className.getReadOnlyProperty();
    }

    /** "Deprecated", "Unused", "Not in the IANA registry", …; empty for a normal registration. */
    public ReadOnlyStringProperty registrationNoteProperty() {
        return registrationNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty meaningProperty() {
        return meaning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whenToUseProperty() {
        return whenToUse.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whenNotToUseProperty() {
        return whenNotToUse.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty djangoProperty() {
        return django.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty djangoSnippetProperty() {
        return djangoSnippet.getReadOnlyProperty();
    }

    /** "RFC 9110". */
    public ReadOnlyStringProperty rfcProperty() {
        return rfc.getReadOnlyProperty();
    }

    /** "15.3.2". */
    public ReadOnlyStringProperty sectionProperty() {
        return section.getReadOnlyProperty();
    }

    /** "RFC 9110 §15.3.2". */
    public ReadOnlyStringProperty rfcLabelProperty() {
        return rfcLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rfcUrlProperty() {
        return rfcUrl.getReadOnlyProperty();
    }

    /** True when {@link #checks()} holds the rules checked against a received response. */
    public ReadOnlyBooleanProperty checkedProperty() {
        return checked.getReadOnlyProperty();
    }

    /** The code's header rules (and the no-content rule) checked against this response (read-only). */
    public ObservableList<HeaderChecks.Check> checks() {
        return checksView;
    }

    /** The code's header rules, also when there is no response to check them against (read-only). */
    public ObservableList<HeaderRule> rules() {
        return rulesView;
    }

    public ObservableList<String> mistakes() {
        return mistakesView;
    }

    /** Where the simulator follows the spec over Django, or Django answered before the view; may be empty. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
