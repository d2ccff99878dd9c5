package dev.statuslab.ui.mainwindow;

import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.workbench.RequestBuilder;
import dev.statuslab.core.workbench.SimulatorAddress;
import dev.statuslab.core.workbench.Tab;
import dev.statuslab.core.workbench.VariableContext;
import dev.statuslab.ui.composer.ComposerViewModel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Turns the current tab's draft into the request to send: its {@code {{variables}}} resolved from
 * the active environment, the collection it was saved in and the built-ins, the auth helper's
 * field and the jar's cookies added ({@link RequestBuilder}). An unknown variable is named in
 * {@link #problemProperty()} (shown under the URL) and nothing is sent.
 */
public final class RequestAssembly {

    private final ComposerViewModel composer;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private BiFunction<Tab, SimulatorAddress, VariableContext> contexts =
            (tab, simulator) -> VariableContext.of(null, List.of(), simulator, null);

    RequestAssembly(ComposerViewModel composer) {
        this.composer = Objects.requireNonNull(composer, "composer");
        composer.urlProperty().addListener(o -> problem.set(""));
    }

    /** Where variables are looked up for a tab: its environment, its collection, the jar. */
    public void setContexts(BiFunction<Tab, SimulatorAddress, VariableContext> newContexts) {
        this.contexts = Objects.requireNonNull(newContexts, "contexts");
    }

    /** Why the last Send was refused (an unknown variable, by name), or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Keeps {@code shown} (where the composer looks its variables up, to mark and explain them) on
     * the current tab's context: set now and again whenever one of {@code inputs} changes (the
     * active environment, the environments, the current tab, the collections, the simulator).
     */
    static void keep(ObjectProperty<VariableContext> shown, Supplier<VariableContext> current, Observable... inputs) {
        shown.set(current.get());
        for (Observable input : inputs) {
            input.addListener(o -> shown.set(current.get()));
        }
    }

    /** The context variables of {@code tab} are resolved in. */
    public VariableContext context(Tab tab, SimulatorAddress simulator) {
        return contexts.apply(tab, simulator);
    }

    /** The request to send, or empty with the reason in {@link #problemProperty()}. */
    Optional<RequestBuilder.Built> build(Tab tab, SimulatorAddress simulator) {
        Optional<HttpRequest> checked = composer.buildRequest(); // the composer's own checks first
        if (checked.isEmpty()) {
            return Optional.empty();
        }
        RequestBuilder.Built built = RequestBuilder.build(tab.draft(), context(tab, simulator));
        if (!built.ok()) {
            problem.set(built.problems().stream()
                    .map(RequestBuilder.Problem::message)
                    .distinct()
                    .collect(Collectors.joining("; ")));
            return Optional.empty();
        }
        problem.set("");
        HttpRequest request = built.request();
        int hash = request.url().indexOf('#');
        if (hash >= 0) {
            request = request.withUrl(request.url().substring(0, hash));
        }
        if (composer.keptBodyProperty().get() != null) {
            request = new HttpRequest(
                    request.method(),
                    request.url(),
                    request.headers(),
                    composer.keptBodyProperty().get());
        }
        return Optional.of(new RequestBuilder.Built(request, built.problems(), built.secrets(), built.added()));
    }
}
