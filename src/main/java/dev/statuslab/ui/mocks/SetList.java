package dev.statuslab.ui.mocks;

import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.scenario.MockSets;
import java.util.ArrayList;
import java.util.List;

/**
 * The mock sets as the window holds them, in the picker's order: the default set first, then the
 * others by name. Not thread-safe: the window's view model owns it on the FX thread.
 */
final class SetList {

    /** One set: its name, its mocks, and whether it answers. */
    record Entry(String name, List<MockRoute> mocks, boolean active) {

        Entry {
            mocks = List.copyOf(mocks);
        }
    }

    private final List<Entry> entries = new ArrayList<>(List.of(new Entry(MockSets.DEFAULT, List.of(), true)));

    /** Replaces every set with these (the default one is among them). */
    void setAll(List<Entry> all) {
        entries.clear();
        entries.addAll(all);
        sort();
    }

    boolean has(String name) {
        return indexOf(name) >= 0;
    }

    /** The set of that name, or the default set when there is none. */
    Entry get(String name) {
        int i = indexOf(name);
        return entries.get(i < 0 ? 0 : i);
    }

    /** The set of that name, made empty and answering when there is none. */
    Entry getOrMake(String name) {
        if (!has(name)) {
            add(new Entry(name, List.of(), true));
        }
        return get(name);
    }

    void add(Entry entry) {
        entries.add(entry);
        sort();
    }

    /** Puts {@code now} where the set {@code name} was, and keeps the order. */
    void replace(String name, Entry now) {
        entries.set(indexOf(name), now);
        sort();
    }

    void remove(String name) {
        entries.remove(indexOf(name));
    }

    List<String> names() {
        return entries.stream().map(Entry::name).toList();
    }

    List<String> inactive() {
        return entries.stream().filter(e -> !e.active()).map(Entry::name).toList();
    }

    /**
     * Every mock that answers, in the order the server tries them: the shown set's first (of two
     * equally specific mocks the one the user looks at wins), then the others'; the set being
     * recorded into (null: none) does not answer.
     */
    List<MockRoute> served(String shown, String recording) {
        List<MockRoute> all = new ArrayList<>();
        Entry first = get(shown);
        if (first.active() && !first.name().equals(recording)) {
            all.addAll(first.mocks());
        }
        for (Entry e : entries) {
            if (e.active() && e != first && !e.name().equals(recording)) {
                all.addAll(e.mocks());
            }
        }
        return List.copyOf(all);
    }

    private void sort() {
        Entry first = entries.get(0);
        List<Entry> rest = new ArrayList<>(entries.subList(1, entries.size()));
        rest.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        entries.clear();
        entries.add(first);
        entries.addAll(rest);
    }

    private int indexOf(String name) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
