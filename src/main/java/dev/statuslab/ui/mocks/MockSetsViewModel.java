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

    /** One set as the window holds it. */
    private record Entry(String name, List<MockRoute> mocks, boolean active) {}

    private final ReadOnlyListWrapper<String> names =
            new ReadOnlyListWrapper<>(this, "names", FXCollections.observableArrayList(MockSets.DEFAULT));
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "current", MockSets.DEFAULT);
    private final ReadOnlyBooleanWrapper currentActive = new ReadOnlyBooleanWrapper(this, "currentActive", true);
    private final List<Entry> entries = new ArrayList<>(List.of(new Entry(MockSets.DEFAULT, List.of(), true)));
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
                        sets -> {
                            entries.clear();
                            sets.sets().forEach(s -> entries.add(new Entry(s.name(), s.mocks(), s.active())));
                            refreshNames();
                            current.set(sets.current());
                            currentActive.set(entry(sets.current()).active());
                            serveAll();
                            loaded.accept(entry(sets.current()).mocks());
                            if (!sets.problems().isEmpty()) {
                                report.accept(String.join("\n", sets.problems()));
                            }
                        },
                        fx);
    }

    /** Shows another set (remembered); its mocks go to the catalogue. */
    public void switchTo(String name) {
        if (name == null || name.equals(current.get()) || indexOf(name) < 0) {
            return;
        }
        current.set(name);
        currentActive.set(entry(name).active());
        show.accept(entry(name).mocks());
        serveAll();
        persistChoice();
        messages.accept("Showing mock set " + name + (entry(name).active() ? "" : " (it does not answer)"));
    }

    /** Whether the shown set answers (remembered). */
    public void setActive(boolean active) {
        Entry e = entry(current.get());
        if (e.active() == active) {
            return;
        }
        entries.set(indexOf(e.name()), new Entry(e.name(), e.mocks(), active));
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
        int index = indexOf(setName);
        if (index < 0) {
            entries.add(new Entry(setName, List.of(), true));
            refreshNames();
            index = indexOf(setName);
            persistChoice();
        }
        Entry e = entries.get(index);
        List<MockRoute> next = new ArrayList<>(e.mocks());
        next.add(mock);
        entries.set(index, new Entry(e.name(), next, e.active()));
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
        int index = indexOf(name);
        if (index < 0) {
            entries.add(new Entry(name, List.of(), true));
            refreshNames();
            index = indexOf(name);
        }
        Entry e = entries.get(index);
        entries.set(index, new Entry(e.name(), List.copyOf(mocks), e.active()));
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
        Entry e = entry(old);
        entries.set(indexOf(old), new Entry(newName, e.mocks(), e.active()));
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
        entries.remove(indexOf(name));
        refreshNames();
        current.set(MockSets.DEFAULT);
        currentActive.set(entry(MockSets.DEFAULT).active());
        show.accept(entry(MockSets.DEFAULT).mocks());
        serveAll();
        messages.accept("Deleted the mock set " + name);
        write(() -> disk.delete(name), "deleted");
        persistChoice();
        return true;
    }

    /** The shown set now holds these mocks: served and saved. */
    void replaceCurrent(List<MockRoute> mocks) {
        Entry e = entry(current.get());
        entries.set(indexOf(e.name()), new Entry(e.name(), List.copyOf(mocks), e.active()));
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
        entries.add(new Entry(name, List.copyOf(mocks), true));
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
        List<MockRoute> all = new ArrayList<>();
        Entry shown = entry(current.get());
        if (shown.active() && !shown.name().equals(recording)) {
            all.addAll(shown.mocks());
        }
        for (Entry e : entries) {
            if (e.active() && e != shown && !e.name().equals(recording)) {
                all.addAll(e.mocks());
            }
        }
        serve.accept(List.copyOf(all));
    }

    private void refreshNames() {
        Entry first = entries.get(0);
        List<Entry> rest = new ArrayList<>(entries.subList(1, entries.size()));
        rest.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        entries.clear();
        entries.add(first);
        entries.addAll(rest);
        names.setAll(entries.stream().map(Entry::name).toList());
    }

    private int indexOf(String name) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private Entry entry(String name) {
        int i = indexOf(name);
        return entries.get(i < 0 ? 0 : i);
    }

    private void persist(String name, List<MockRoute> mocks) {
        write(() -> disk.save(name, mocks), "saved");
    }

    private void persistChoice() {
        String shown = current.get();
        List<String> inactive =
                entries.stream().filter(e -> !e.active()).map(Entry::name).toList();
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
