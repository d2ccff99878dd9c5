package dev.statuslab.ui.mocks;

import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.scenario.MockSets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;

/**
 * The mock sets (the picker above "My mocks"): their names, the set the window shows and edits,
 * and whether it answers. The server answers with every active set, the shown one first, so that
 * of two equally specific mocks the one the user looks at wins. Each change is written in the
 * background, one write after another; a write that fails is reported and the sets stay in memory.
 */
public final class MockSetsViewModel {

    private final ReadOnlyListWrapper<String> names =
            new ReadOnlyListWrapper<>(this, "names", FXCollections.observableArrayList(MockSets.DEFAULT));
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "current", MockSets.DEFAULT);
    private final ReadOnlyBooleanWrapper currentActive = new ReadOnlyBooleanWrapper(this, "currentActive", true);
    private final SetList sets = new SetList();
    private final MockSets disk;
    private final Consumer<List<MockRoute>> serve;
    private final Executor fx;
    private final Consumer<String> messages;
    private final Consumer<String> report;
    private final Consumer<List<MockRoute>> show;
    private final SetWrites writes;
    /** The set a backend's answers are recorded into (null: none): it does not answer meanwhile. */
    private String recording;

    /**
     * @param disk     where the sets live; null keeps them in memory
     * @param serve    told every active mock, in the order the server tries them
     * @param report   told what went wrong with a file (a dialog and the status bar)
     * @param show     told the shown set's mocks whenever another set is shown
     */
    MockSetsViewModel(
            MockSets disk,
            Consumer<List<MockRoute>> serve,
            Executor background,
            Executor fx,
            Consumer<String> messages,
            Consumer<String> report,
            Consumer<List<MockRoute>> show) {
        this.disk = disk;
        this.serve = Objects.requireNonNull(serve, "serve");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.report = Objects.requireNonNull(report, "report");
        this.show = Objects.requireNonNull(show, "show");
        this.writes = new SetWrites(background, fx, messages, report, this::currentFile);
    }

    /** The sets' names: the default first, then the others by name. */
    public ReadOnlyListProperty<String> names() {
        return names.getReadOnlyProperty();
    }

    /** The set the window shows under "My mocks" and the editor saves to. */
    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Whether the shown set answers. */
    public ReadOnlyBooleanProperty currentActiveProperty() {
        return currentActive.getReadOnlyProperty();
    }

    /** The file the shown set is saved to, or null in memory. */
    public Path currentFile() {
        return disk == null ? null : disk.fileOf(current.get());
    }

    /** Why this cannot be a new name for a set, or null. */
    public String nameProblem(String name) {
        return MockSets.nameProblem(name, names);
    }

    /** Reads every set in the background; then {@code loaded} gets the shown set's mocks. */
    CompletableFuture<Void> load(Consumer<List<MockRoute>> loaded) {
        if (disk == null) {
            return CompletableFuture.completedFuture(null);
        }
        return writes.read(disk::load)
                .thenAcceptAsync(
                        read -> {
                            sets.setAll(read.sets().stream()
                                    .map(s -> new SetList.Entry(s.name(), s.mocks(), s.active()))
                                    .toList());
                            refreshNames();
                            current.set(read.current());
                            currentActive.set(sets.get(read.current()).active());
                            serveAll();
                            loaded.accept(sets.get(read.current()).mocks());
                            if (!read.problems().isEmpty()) {
                                report.accept(String.join("\n", read.problems()));
                            }
                        },
                        fx);
    }

    /** Shows another set (remembered); its mocks go to the catalogue. */
    public void switchTo(String name) {
        if (name == null || name.equals(current.get()) || !sets.has(name)) {
            return;
        }
        current.set(name);
        currentActive.set(sets.get(name).active());
        show.accept(sets.get(name).mocks());
        serveAll();
        persistChoice();
        messages.accept("Showing mock set " + name + (sets.get(name).active() ? "" : " (it does not answer)"));
    }

    /** Whether the shown set answers (remembered). */
    public void setActive(boolean active) {
        SetList.Entry e = sets.get(current.get());
        if (e.active() == active) {
            return;
        }
        sets.replace(e.name(), new SetList.Entry(e.name(), e.mocks(), active));
        currentActive.set(active);
        serveAll();
        persistChoice();
        messages.accept("Mock set " + e.name() + (active ? " answers" : " does not answer any more"));
    }

    /** Makes an empty set and shows it; false with the reason told when the name cannot be used. */
    public boolean newSet(String name) {
        return addSet(name, List.of(), "Made the mock set ");
    }

    /**
     * Adds a set holding these mocks (an import), answering, and shows it; a name already taken
     * gets " 2", " 3" … after it.
     */
    public String addImported(String name, List<MockRoute> mocks) {
        String unique = MockSets.uniqueName(name, names);
        addSet(unique, mocks, "Imported " + count(mocks.size()) + " into the mock set ");
        return unique;
    }

    /** Adds a mock at the end of a set, which is made (answering) when there is none of that name. */
    public void append(String setName, MockRoute mock) {
        boolean made = !sets.has(setName);
        SetList.Entry e = sets.getOrMake(setName);
        if (made) {
            refreshNames();
            persistChoice();
        }
        List<MockRoute> next = new ArrayList<>(e.mocks());
        next.add(mock);
        sets.replace(e.name(), new SetList.Entry(e.name(), next, e.active()));
        if (e.name().equals(current.get())) {
            show.accept(List.copyOf(next));
        }
        serveAll();
        persist(e.name(), List.copyOf(next));
    }

    /**
     * A backend's answers are recorded into this set from now on (null: no more): meanwhile it does
     * not answer, so that every request reaches the backend and a repeat records the newer answer.
     */
    public void recordingInto(String name) {
        recording = name;
        serveAll();
    }

    /** The recorder wrote these mocks to the set (made, answering, when it is new); not written again here. */
    public void recorded(String name, List<MockRoute> mocks) {
        boolean made = !sets.has(name);
        SetList.Entry e = sets.getOrMake(name);
        if (made) {
            refreshNames();
        }
        sets.replace(name, new SetList.Entry(name, mocks, e.active()));
        if (e.name().equals(current.get())) {
            show.accept(List.copyOf(mocks));
        }
        serveAll();
    }

    /** Renames the shown set; the default set keeps its name. False, and told why, when it cannot. */
    public boolean rename(String newName) {
        String old = current.get();
        String problem = old.equals(MockSets.DEFAULT)
                ? "the default set keeps its name"
                : MockSets.nameProblem(
                        newName, names.stream().filter(n -> !n.equals(old)).toList());
        if (problem != null) {
            messages.accept("Cannot rename the mock set: " + problem);
            return false;
        }
        SetList.Entry e = sets.get(old);
        sets.replace(old, new SetList.Entry(newName, e.mocks(), e.active()));
        refreshNames();
        current.set(newName);
        messages.accept("Renamed the mock set " + old + " to " + newName);
        write(() -> disk.rename(old, newName), "renamed");
        persistChoice();
        return true;
    }

    /** Deletes the shown set (not the default one) and shows the default set. */
    public boolean deleteCurrent() {
        String name = current.get();
        if (name.equals(MockSets.DEFAULT)) {
            return false;
        }
        sets.remove(name);
        refreshNames();
        current.set(MockSets.DEFAULT);
        currentActive.set(sets.get(MockSets.DEFAULT).active());
        show.accept(sets.get(MockSets.DEFAULT).mocks());
        serveAll();
        messages.accept("Deleted the mock set " + name);
        write(() -> disk.delete(name), "deleted");
        persistChoice();
        return true;
    }

    /** The shown set now holds these mocks: served and saved. */
    void replaceCurrent(List<MockRoute> mocks) {
        SetList.Entry e = sets.get(current.get());
        sets.replace(e.name(), new SetList.Entry(e.name(), mocks, e.active()));
        serveAll();
        persist(e.name(), List.copyOf(mocks));
    }

    /** Completes when every write asked for so far is over. */
    CompletableFuture<Void> idle() {
        return writes.idle();
    }

    private boolean addSet(String name, List<MockRoute> mocks, String said) {
        String problem = nameProblem(name);
        if (problem != null) {
            messages.accept("Cannot make the mock set: " + problem);
            return false;
        }
        sets.add(new SetList.Entry(name, mocks, true));
        refreshNames();
        current.set(name);
        currentActive.set(true);
        show.accept(List.copyOf(mocks));
        serveAll();
        messages.accept(said + name);
        persist(name, List.copyOf(mocks));
        persistChoice();
        return true;
    }

    private void serveAll() {
        serve.accept(sets.served(current.get(), recording));
    }

    private void refreshNames() {
        names.setAll(sets.names());
    }

    private void persist(String name, List<MockRoute> mocks) {
        write(() -> disk.save(name, mocks), "saved");
    }

    private void persistChoice() {
        String shown = current.get();
        List<String> inactive = sets.inactive();
        write(() -> disk.saveChoice(shown, inactive), "remembered");
    }

    private void write(SetWrites.Write work, String what) {
        if (disk != null) {
            writes.write(work, what);
        }
    }

    static String count(int n) {
        return n == 1 ? "1 mock" : n + " mocks";
    }
}
