package dev.statuslab.ui.mocks;

import dev.statuslab.core.io.IoMessages;
import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.scenario.MockSets;
import dev.statuslab.core.scenario.MockSource;
import dev.statuslab.core.scenario.MockStore;
import dev.statuslab.core.scenario.Scenario;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.scenario.ScenarioGroup;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.ui.common.CatalogueSelection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;

/**
 * The user's mock routes: the list, and the commands that change it (save a draft, delete). Every
 * change goes to three places at once: the server ({@link Wiring#serve}), the catalogue's "My
 * mocks" group, and the file, written in the background, one write after another, so that the
 * newest list is the one on disk. A write that fails is reported and the mocks stay in memory.
 *
 * <p>Two mocks with the same method and path are allowed, with a warning in the editor: the first
 * one answers, as the server does; a file edited by hand may hold such pairs too.
 */
public final class MocksViewModel {

    /**
     * Where the mocks live outside the window.
     *
     * @param sets    where they are saved and loaded from; null keeps them in memory
     * @param serve   told the whole list whenever it changes (the server's {@code mocks()::replaceAll})
     * @param openApi reads an OpenAPI file into mocks (File → Import OpenAPI…); null offers no import
     */
    public record Wiring(MockSets sets, Consumer<List<MockRoute>> serve, MockSource openApi) {
        public Wiring {
            Objects.requireNonNull(serve, "serve");
        }

        /** The sets around this store's file (its {@code mocks.json} is the default set), without import. */
        public Wiring(MockStore store, Consumer<List<MockRoute>> serve) {
            this(store == null ? null : new MockSets(store.file()), serve, null);
        }

        /** Mocks that live only in the window: not served, not saved. */
        public static Wiring none() {
            return new Wiring((MockSets) null, list -> {}, null);
        }
    }

    /** What a new mock starts as: a path to type over, answering 200. */
    static final MockRoute BLANK = new MockRoute("GET", "/api/example", 200, "", List.of(), "", 0);

    private final ReadOnlyListWrapper<MockRoute> mocks =
            new ReadOnlyListWrapper<>(this, "mocks", FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final CatalogueSelection catalogue;
    private final StatusCatalog statuses;
    private final Wiring wiring;
    private final Executor background;
    private final Executor fx;
    private final Consumer<String> messages;
    private final MockSetsViewModel sets;

    public MocksViewModel(
            CatalogueSelection catalogue,
            StatusCatalog statuses,
            Wiring wiring,
            Executor background,
            Executor fx,
            Consumer<String> messages) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.wiring = Objects.requireNonNull(wiring, "wiring");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.sets = new MockSetsViewModel(
                wiring.sets(), wiring.serve(), background, fx, messages, this::problem, this::show);
    }

    /** The mock sets: the picker's names, the shown set, and their commands. */
    public MockSetsViewModel sets() {
        return sets;
    }

    /** The mocks, in the order the server tries them. */
    public ReadOnlyListProperty<MockRoute> mocks() {
        return mocks.getReadOnlyProperty();
    }

    /**
     * What went wrong with the file, for a dialog: a file that could not be loaded (set aside) or
     * saved; "" while all is well. Also told to the status bar.
     */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Reads the saved mocks in the background and adds them before any made in the meantime (which
     * are then saved with them). A file that could not be read is reported; the window goes on.
     */
    public CompletableFuture<Void> load() {
        return sets.load(this::loaded);
    }

    /** Completes when every read and write of the file asked for so far is over (for closing the app). */
    public CompletableFuture<Void> idle() {
        return sets.idle();
    }

    /** Whether File → Import OpenAPI… can read a file. */
    public boolean canImportOpenApi() {
        return wiring.openApi() != null;
    }

    /**
     * Reads an OpenAPI file in the background into a new mock set, which answers and is shown; a
     * file that cannot be read is refused whole with its place and reason. Completes with the new
     * set's name, or null when nothing was imported.
     */
    public CompletableFuture<String> importOpenApi(Path file) {
        MockSource source = wiring.openApi();
        if (source == null) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                return source.read(file);
                            } catch (IOException e) {
                                throw new CompletionException(e);
                            }
                        },
                        background)
                .handleAsync(
                        (imported, error) -> {
                            if (error != null) {
                                // a file that is no OpenAPI says its place; an I/O failure its reason
                                problem("The OpenAPI file " + file + " cannot be imported: " + IoMessages.reason(error)
                                        + ". Nothing was imported");
                                return null;
                            }
                            if (imported.mocks().isEmpty()) {
                                problem("The OpenAPI file " + file
                                        + " describes no operation with a response. Nothing was imported");
                                return null;
                            }
                            catalogue.clearSelection();
                            return sets.addImported(imported.title(), imported.mocks());
                        },
                        fx);
    }

    /** A blank draft, to be added after the others. */
    public MockEditorViewModel newMock() {
        return new MockEditorViewModel(statuses, BLANK, -1, mocks, "");
    }

    /** A draft of the mock a "My mocks" scenario stands for, or empty for any other scenario. */
    public Optional<MockEditorViewModel> edit(Scenario scenario) {
        return indexOf(scenario).map(i -> new MockEditorViewModel(statuses, mocks.get(i), i, mocks, ""));
    }

    /**
     * A draft answering like this exchange's response, for the request's method and path.
     *
     * @throws IllegalArgumentException for an exchange without a response
     */
    public MockEditorViewModel fromExchange(Exchange exchange) {
        return ExchangeDrafts.draft(exchange, statuses, mocks);
    }

    /**
     * Says which mock answers the exchange's request (or that none does) and selects it in the
     * catalogue, so that F2 edits it.
     */
    public String whichAnswers(Exchange exchange) {
        WhichMock.Answer answer = WhichMock.of(mocks, exchange.request());
        answer.index()
                .ifPresent(i -> catalogue.select(catalogue
                        .catalogProperty()
                        .get()
                        .group(ScenarioGroup.MY_MOCKS)
                        .get(i)));
        messages.accept(answer.sentence());
        return answer.sentence();
    }

    /** The place of the mock a scenario stands for, if it is one of ours. */
    public Optional<Integer> indexOf(Scenario scenario) {
        OptionalInt index = ScenarioCatalog.mockIndex(scenario);
        return index.isPresent() && index.getAsInt() < mocks.size() ? Optional.of(index.getAsInt()) : Optional.empty();
    }

    /**
     * Adds or replaces the draft's mock, serves it, shows it in the catalogue (selected, so that the
     * composer holds its request) and saves the list. False, and nothing changes, while the draft
     * is not valid.
     */
    public boolean save(MockEditorViewModel draft) {
        Optional<MockRoute> built = draft.build();
        if (built.isEmpty()) {
            return false;
        }
        MockRoute route = built.get();
        List<MockRoute> next = new ArrayList<>(mocks);
        int index = draft.index() >= 0 && draft.index() < next.size() ? draft.index() : next.size();
        if (index == next.size()) {
            next.add(route);
        } else {
            next.set(index, route);
        }
        // Said first: a write that fails says so after it.
        messages.accept((draft.index() < 0 ? "Added mock " : "Saved mock ")
                + MockChecks.title(route)
                + (sets.currentFile() == null ? "" : " to " + sets.currentFile()));
        apply(next);
        catalogue.select(
                catalogue.catalogProperty().get().group(ScenarioGroup.MY_MOCKS).get(index));
        return true;
    }

    /** Removes the mock at {@code index}; the catalogue keeps its selection on the same mocks. */
    public void delete(int index) {
        if (index < 0 || index >= mocks.size()) {
            return;
        }
        MockRoute gone = mocks.get(index);
        List<MockRoute> next = new ArrayList<>(mocks);
        next.remove(index);
        Scenario selected = catalogue.selectedScenarioProperty().get();
        OptionalInt selectedMock = selected == null ? OptionalInt.empty() : ScenarioCatalog.mockIndex(selected);
        ScenarioCatalog nextCatalog = catalogue.catalogProperty().get().withMocks(next);
        if (selectedMock.isPresent() && selectedMock.getAsInt() == index) {
            catalogue.clearSelection(); // the composer keeps what it holds
        } else if (selectedMock.isPresent() && selectedMock.getAsInt() > index) {
            // The mocks after it move up one place: follow the same mock, whose request is unchanged.
            catalogue.select(nextCatalog.group(ScenarioGroup.MY_MOCKS).get(selectedMock.getAsInt() - 1));
        }
        messages.accept("Deleted mock " + MockChecks.title(gone));
        apply(next);
    }

    private void loaded(List<MockRoute> loaded) {
        List<MockRoute> meanwhile = List.copyOf(mocks);
        List<MockRoute> all = new ArrayList<>(loaded);
        all.addAll(meanwhile);
        show(all);
        if (!meanwhile.isEmpty()) {
            sets.replaceCurrent(all);
        }
        if (!loaded.isEmpty()) {
            messages.accept("Loaded " + MockSetsViewModel.count(loaded.size()) + " from " + sets.currentFile());
        }
    }

    /** Shows these mocks under "My mocks" (another set, or the shown one loaded); the selection is cleared. */
    private void show(List<MockRoute> list) {
        Scenario selected = catalogue.selectedScenarioProperty().get();
        boolean leavesAMock =
                selected != null && ScenarioCatalog.mockIndex(selected).isPresent() && !list.equals(mocks);
        mocks.setAll(list);
        catalogue.setCatalog(catalogue.catalogProperty().get().withMocks(List.copyOf(list)));
        if (leavesAMock) {
            catalogue.clearSelection(); // the composer keeps what it holds
        }
    }

    private void apply(List<MockRoute> next) {
        List<MockRoute> copy = List.copyOf(next);
        mocks.setAll(copy);
        catalogue.setCatalog(catalogue.catalogProperty().get().withMocks(copy));
        sets.replaceCurrent(copy);
    }

    /** A problem with the files: shown in a dialog and told to the status bar; "" when it is over. */
    private void problem(String text) {
        problem.set(text);
        if (!text.isEmpty()) {
            messages.accept(text);
        }
    }
}
