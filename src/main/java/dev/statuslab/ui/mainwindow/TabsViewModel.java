package dev.statuslab.ui.mainwindow;

import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.scenario.BodyKind;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.workbench.RequestDraft;
import dev.statuslab.core.workbench.SimulatorAddress;
import dev.statuslab.core.workbench.Tab;
import dev.statuslab.core.workbench.Tabs;
import dev.statuslab.core.workbench.TabsStore;
import dev.statuslab.ui.common.Limits;
import dev.statuslab.ui.composer.ComposerDrafts;
import dev.statuslab.ui.composer.ComposerViewModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open tabs of the window (a {@link Tabs} model) over the one composer and response: each tab
 * keeps its own draft and its last answer; selecting a tab puts its draft into the composer and
 * shows its answer. Every edit in the composer is the current tab's draft. A request opened from
 * the catalogue, the history or a collection goes into the current tab only while that tab is
 * unchanged, else into a new tab, so a draft is never replaced.
 */
public final class TabsViewModel {

    /** What the tab strip shows of one tab. */
    public record Shown(String id, String title, boolean modified) {
        public String label() {
            return modified ? title + " •" : title;
        }
    }

    private final ComposerViewModel composer;
    private final Supplier<SimulatorAddress> simulator;
    private final Consumer<Exchange> show;
    private final ObservableList<Shown> shown = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected");
    private final Map<String, Exchange> answers = new HashMap<>();
    private Tabs tabs = new Tabs(TabsViewModel::newId);
    private boolean loading;
    private Runnable changed = () -> {};

    /**
     * @param show shows an exchange in the response and explanation panes, or clears them for null
     */
    public TabsViewModel(ComposerViewModel composer, Supplier<SimulatorAddress> simulator, Consumer<Exchange> show) {
        this.composer = Objects.requireNonNull(composer, "composer");
        this.simulator = Objects.requireNonNull(simulator, "simulator");
        this.show = Objects.requireNonNull(show, "show");
        for (Observable field : new Observable[] {
            composer.methodProperty(),
            composer.urlProperty(),
            composer.headers(),
            composer.bodyKindProperty(),
            composer.bodyTextProperty(),
            composer.extras().authProperty(),
            composer.extras().sendCookiesProperty(),
            composer.extras().sendUserAgentProperty(),
            composer.extras().sendAcceptProperty()
        }) {
            field.addListener(o -> edited());
        }
        refresh();
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Called after every change worth saving (the app saves tabs.json a moment later). */
    public void setOnChange(Runnable onChange) {
        this.changed = Objects.requireNonNull(onChange, "onChange");
    }

    public ObservableList<Shown> shown() {
        return shown;
    }

    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public Tab current() {
        return tabs.current();
    }

    /** The tabs as they are now, for {@link TabsStore#save}. */
    public Tabs model() {
        return tabs;
    }

    /** The tabs of the last launch replace the window's (there is always one). */
    public void restore(TabsStore.Restored restored) {
        if (restored.tabs().isEmpty()) {
            return;
        }
        tabs = new Tabs(restored.tabs(), restored.selected(), TabsViewModel::newId);
        answers.clear();
        loadCurrent();
    }

    /** Ctrl+T: a blank request in a new tab. */
    public void newTab() {
        tabs.newTab();
        loadCurrent();
    }

    public void select(int index) {
        if (index != tabs.selectedIndex() && index >= 0 && index < tabs.size()) {
            tabs.select(index);
            loadCurrent();
        }
    }

    /** Ctrl+Tab. */
    public void next() {
        tabs.next();
        loadCurrent();
    }

    /** Closes a tab unless its draft is modified: then the answer is {@code NEEDS_CONFIRMATION}. */
    public Tabs.Close close(int index) {
        if (tabs.all().get(index).modified()) {
            return Tabs.Close.NEEDS_CONFIRMATION;
        }
        closeDiscarding(index);
        return Tabs.Close.CLOSED;
    }

    /** Closes a tab whatever its draft holds (the user agreed). */
    public void closeDiscarding(int index) {
        answers.remove(tabs.all().get(index).id());
        tabs.closeDiscarding(index);
        loadCurrent();
    }

    /**
     * Opens a draft: in the current tab while it is unchanged, else in a new tab. Returns whether a
     * new tab was opened.
     */
    public boolean open(String title, String origin, RequestDraft draft) {
        boolean fresh = tabs.open(title, origin, draft);
        answers.remove(tabs.current().id());
        loadCurrent();
        // What the composer holds is the baseline: the tab opens unchanged.
        tabs.edit(ComposerDrafts.read(composer, simulator.get()));
        tabs.markSaved(title, origin);
        refresh();
        return fresh;
    }

    /** Opens a request (from the history): its body type inferred when not given. */
    public boolean open(String title, HttpRequest request, BodyKind hint) {
        boolean fresh = open(title, null, ComposerDrafts.of(request, hint, simulator.get()));
        if (request.body().size() > Limits.EDITOR_CAP) {
            loading = true;
            try {
                composer.load(request, hint); // too large for the editor: kept aside and sent as it is
            } finally {
                loading = false;
            }
        }
        return fresh;
    }

    /** The current tab was saved as {@code origin}: unchanged again. */
    public void markSaved(String title, String origin) {
        tabs.markSaved(title, origin);
        refresh();
        changed.run();
    }

    /** An answer arrived for the tab {@code tabId}; it is shown when that tab is the current one. */
    public void answered(String tabId, Exchange exchange) {
        answers.put(tabId, exchange);
    }

    /** The current tab's draft is shown again with this launch's simulator address. */
    public void reloadCurrent() {
        loadCurrent();
    }

    /** Whether the current tab holds a blank request (a new tab nobody typed in). */
    public boolean currentIsBlank() {
        return tabs.current().draft().equals(RequestDraft.blank());
    }

    private void loadCurrent() {
        loading = true;
        try {
            ComposerDrafts.load(composer, tabs.current().draft(), simulator.get());
        } finally {
            loading = false;
        }
        show.accept(answers.get(tabs.current().id()));
        refresh();
        changed.run();
    }

    private void edited() {
        if (loading) {
            return;
        }
        RequestDraft now = ComposerDrafts.read(composer, simulator.get());
        if (!now.equals(tabs.current().draft())) {
            boolean wasModified = tabs.current().modified();
            tabs.edit(now);
            if (wasModified != tabs.current().modified()) {
                refresh();
            }
            changed.run();
        }
    }

    private void refresh() {
        List<Shown> now = tabs.all().stream()
                .map(t -> new Shown(t.id(), t.title(), t.modified()))
                .toList();
        if (!now.equals(shown)) {
            shown.setAll(now);
        }
        selected.set(tabs.selectedIndex());
    }
}
