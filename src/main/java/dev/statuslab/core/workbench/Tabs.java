package dev.statuslab.core.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The open tabs and which one is selected: the model the window's tab bar binds to. There is
 * always at least one tab (closing the last one leaves a new blank one). Commands: new (Ctrl+T),
 * close (Ctrl+W, which needs a confirmation for a modified tab), next and previous (Ctrl+Tab),
 * edit the current draft, open a request (a scenario click: in the current tab only while it is
 * unchanged, else in a new tab, so no draft is ever replaced), mark the current tab saved. Not
 * thread-safe: used from the UI thread.
 */
public final class Tabs {

    /** What closing did. */
    public enum Close {
        CLOSED,
        NEEDS_CONFIRMATION
    }

    private final List<Tab> tabs = new ArrayList<>();
    private final Supplier<String> ids;
    private int selected;

    /** Starts with one blank tab. */
    public Tabs(Supplier<String> ids) {
        this.ids = Objects.requireNonNull(ids, "ids");
        tabs.add(blank());
    }

    /** Restored tabs (at least one), the {@code selected} one selected. */
    public Tabs(List<Tab> restored, int selected, Supplier<String> ids) {
        this.ids = Objects.requireNonNull(ids, "ids");
        tabs.addAll(restored);
        if (tabs.isEmpty()) {
            tabs.add(blank());
        }
        this.selected = Math.max(0, Math.min(selected, tabs.size() - 1));
    }

    public List<Tab> all() {
        return List.copyOf(tabs);
    }

    public int selectedIndex() {
        return selected;
    }

    public Tab current() {
        return tabs.get(selected);
    }

    public int size() {
        return tabs.size();
    }

    /** Opens a blank tab after the current one and selects it. */
    public Tab newTab() {
        Tab tab = blank();
        tabs.add(selected + 1, tab);
        selected++;
        return tab;
    }

    public void select(int index) {
        if (index < 0 || index >= tabs.size()) {
            throw new IndexOutOfBoundsException("no tab " + index + " of " + tabs.size());
        }
        selected = index;
    }

    /** Ctrl+Tab: the next tab, from the last back to the first. */
    public void next() {
        selected = (selected + 1) % tabs.size();
    }

    public void previous() {
        selected = (selected - 1 + tabs.size()) % tabs.size();
    }

    /** Closes a tab unless it is modified, in which case the user is asked first ({@link #closeDiscarding}). */
    public Close close(int index) {
        if (tabs.get(index).modified()) {
            return Close.NEEDS_CONFIRMATION;
        }
        closeDiscarding(index);
        return Close.CLOSED;
    }

    /** Closes a tab whatever its draft holds (after the user agreed). */
    public void closeDiscarding(int index) {
        tabs.remove(index);
        if (tabs.isEmpty()) {
            tabs.add(blank());
        }
        if (selected > index || selected >= tabs.size()) {
            selected = Math.max(0, selected - 1);
        }
    }

    /** The current tab's draft as edited. */
    public void edit(RequestDraft draft) {
        tabs.set(selected, current().editedTo(draft));
    }

    /**
     * Opens a request (a scenario, a saved request, a history entry): in the current tab when it is
     * unchanged, else in a new tab after it, so a modified draft is never replaced. Returns whether
     * a new tab was opened.
     */
    public boolean open(String title, String origin, RequestDraft draft) {
        Tab tab = new Tab(current().modified() ? ids.get() : current().id(), title, origin, draft, draft);
        if (current().modified()) {
            tabs.add(selected + 1, tab);
            selected++;
            return true;
        }
        tabs.set(selected, tab);
        return false;
    }

    /** The current tab was saved as {@code origin}: it is unchanged again. */
    public void markSaved(String title, String origin) {
        tabs.set(selected, current().savedAs(title, origin));
    }

    private Tab blank() {
        RequestDraft empty = RequestDraft.blank();
        return new Tab(ids.get(), "New request", null, empty, empty);
    }
}
