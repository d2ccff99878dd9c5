package dev.statuslab.ui.environments;

import dev.statuslab.core.io.IoMessages;
import dev.statuslab.core.workbench.Environment;
import dev.statuslab.core.workbench.EnvironmentStore;
import dev.statuslab.core.workbench.Variable;
import dev.statuslab.core.workbench.VariableText;
import dev.statuslab.ui.common.VariableRow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The environments of the window (issue 10): read from the data folder in the background, one
 * active at a time (picked in the window, remembered between launches), and added, renamed,
 * deleted or given new variables through the Environments dialog. The list changes at once; each
 * file is written in the background through a temporary file, and a failure is said. The active
 * environment is where {@code {{variables}}} are looked up first.
 */
public final class EnvironmentsViewModel {

    /** The picker's entry for no environment. */
    public static final String NONE = "";

    private final ObservableList<Environment> environments = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper active = new ReadOnlyStringWrapper(this, "active", NONE);
    /** The variables of the environment the dialog edits, as rows; applied by {@link #apply()}. */
    private final ObservableList<VariableRow> rows = FXCollections.observableArrayList(VariableRow::observables);

    private final ReadOnlyStringWrapper editing = new ReadOnlyStringWrapper(this, "editing", NONE);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private EnvironmentStore store;
    private Executor background = Runnable::run;
    private Executor fx = Runnable::run;
    private Consumer<String> say = m -> {};
    private Consumer<String> remember = m -> {};
    private CompletableFuture<Void> writes = CompletableFuture.completedFuture(null);

    public ObservableList<Environment> environments() {
        return environments;
    }

    /** The active environment's name, or {@link #NONE}. */
    public ReadOnlyStringProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** The active environment, or null when none is picked (or the picked one is gone). */
    public Environment active() {
        return find(active.get()).orElse(null);
    }

    /** The environment remembered from the last launch, and where a new choice is remembered. */
    public void remember(String lastActive, Consumer<String> onChoice) {
        active.set(lastActive == null ? NONE : lastActive);
        this.remember = Objects.requireNonNull(onChoice, "onChoice");
    }

    /** Reads the environments of {@code store} in the background; later changes are written there. */
    public void attach(EnvironmentStore store, Executor background, Executor fx, Consumer<String> say) {
        this.store = Objects.requireNonNull(store, "store");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.say = Objects.requireNonNull(say, "say");
        background.execute(() -> {
            EnvironmentStore.Loaded loaded = store.load();
            fx.execute(() -> {
                environments.setAll(loaded.environments());
                List<String> problems = new ArrayList<>(loaded.problems());
                if (!active.get().isEmpty() && find(active.get()).isEmpty()) {
                    problems.add("The environment \"" + active.get() + "\" is gone: no environment is active.");
                    select(NONE);
                }
                if (!problems.isEmpty()) {
                    say.accept(String.join(" ", problems));
                }
            });
        });
    }

    /** Makes {@code name} the active environment ({@link #NONE} for none). */
    public void select(String name) {
        String chosen = name == null ? NONE : name;
        if (!chosen.equals(active.get())) {
            active.set(chosen);
            remember.accept(chosen);
        }
    }

    public Optional<Environment> find(String name) {
        return environments.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** Why {@code name} cannot name a new environment (or a renamed one), or "" when it can. */
    public String nameProblem(String name, String renaming) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return "An environment needs a name";
        }
        boolean taken = environments.stream()
                .anyMatch(e -> e.name().equalsIgnoreCase(n) && !e.name().equals(renaming));
        return taken ? "There is already an environment called \"" + n + "\"" : "";
    }

    /** Adds an empty environment; returns the problem with its name, or "". */
    public String add(String name) {
        String problem = nameProblem(name, null);
        if (problem.isEmpty()) {
            put(new Environment(name.strip(), List.of()));
        }
        return problem;
    }

    /** Renames an environment (its file too); the active one stays active under its new name. */
    public String rename(String from, String to) {
        if (!apply()) {
            return problem.get();
        }
        Optional<Environment> old = find(from);
        String problem = old.isEmpty() ? "There is no environment called \"" + from + "\"" : nameProblem(to, from);
        if (!problem.isEmpty() || from.equals(to.strip())) {
            return problem;
        }
        environments.remove(old.get());
        // The old file goes first: on a disk that ignores case, "Local" → "local" is the same file.
        write(() -> store.delete(from), "The old file of \"" + from + "\" was not deleted: ");
        put(new Environment(to.strip(), old.get().variables()));
        if (from.equals(active.get())) {
            select(to.strip());
        }
        if (from.equals(editing.get())) {
            editing.set(to.strip());
        }
        return "";
    }

    /** Deletes an environment and its file; when it was active, none is. */
    public void delete(String name) {
        find(name).ifPresent(e -> {
            environments.remove(e);
            write(() -> store.delete(name), "The environment \"" + name + "\" was not deleted from disk: ");
            if (name.equals(active.get())) {
                select(NONE);
            }
            if (name.equals(editing.get())) {
                editing.set(NONE);
                rows.clear();
            }
        });
    }

    /** Gives an environment these variables (as edited in the dialog) and writes it. */
    public void setVariables(String name, List<Variable> variables) {
        find(name).ifPresent(e -> {
            environments.remove(e);
            put(new Environment(name, variables));
        });
    }

    // ---- the dialog's editing ----

    /** The rows of the environment being edited. */
    public ObservableList<VariableRow> rows() {
        return rows;
    }

    /** The name of the environment whose variables {@link #rows()} hold, or {@link #NONE}. */
    public ReadOnlyStringProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** Why the rows cannot be applied (a bad variable name, by row), or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Applies the rows being edited, then shows those of {@code name} ({@link #NONE} for none).
     * Returns false, with the reason in {@link #problemProperty()}, when the rows cannot be applied.
     */
    public boolean edit(String name) {
        if (!apply()) {
            return false;
        }
        Optional<Environment> chosen = find(name);
        editing.set(chosen.map(Environment::name).orElse(NONE));
        rows.setAll(chosen.map(e -> e.variables().stream().map(VariableRow::of).toList())
                .orElse(List.of()));
        return true;
    }

    public void addRow() {
        rows.add(new VariableRow());
    }

    public void removeRow(VariableRow row) {
        rows.remove(row);
    }

    /** Writes the rows into the environment being edited (blank rows left out); false when a name is wrong. */
    public boolean apply() {
        Optional<Environment> edited = find(editing.get());
        if (edited.isEmpty()) {
            problem.set("");
            return true;
        }
        List<Variable> variables = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            VariableRow row = rows.get(i);
            String name = row.getName().strip();
            if (row.isBlank()) {
                continue;
            }
            if (!VariableText.isName(name)) {
                problem.set("Row " + (i + 1) + ": \"" + name + "\" is not a variable name (letters, digits, _ . -)");
                return false;
            }
            variables.add(new Variable(name, row.getValue(), row.isSecret(), row.isEnabled()));
        }
        problem.set("");
        if (!variables.equals(edited.get().variables())) {
            setVariables(edited.get().name(), variables);
        }
        return true;
    }

    private void put(Environment environment) {
        List<Environment> all = new ArrayList<>(environments);
        all.removeIf(e -> e.name().equals(environment.name()));
        all.add(environment);
        all.sort(Comparator.comparing(Environment::name, String.CASE_INSENSITIVE_ORDER));
        environments.setAll(all);
        write(() -> store.save(environment), "The environment \"" + environment.name() + "\" was not saved: ");
    }

    private interface Write {
        void run() throws IOException;
    }

    private void write(Write write, String failure) {
        if (store == null) {
            return;
        }
        // One after the other, in the order of the changes: a later write never loses to an earlier one.
        writes = writes.thenRunAsync(
                () -> {
                    try {
                        write.run();
                    } catch (IOException e) {
                        String message = failure + IoMessages.reason(e);
                        fx.execute(() -> say.accept(message));
                    }
                },
                background);
    }
}
