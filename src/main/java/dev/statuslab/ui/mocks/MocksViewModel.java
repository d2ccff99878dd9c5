package dev.statuslab.ui.mocks;

import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.scenario.MockStore;
import dev.statuslab.core.scenario.Scenario;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.scenario.ScenarioGroup;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.ui.common.CatalogueSelection;
import java.io.IOException;
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
     * @param store where they are saved and loaded from; null keeps them in memory
     * @param serve told the whole list whenever it changes (the server's {@code mocks()::replaceAll})
     */
    public record Wiring(MockStore store, Consumer<List<MockRoute>> serve) {
        public Wiring {
            Objects.requireNonNull(serve, "serve");
        }

        /** Mocks that live only in the window: not served, not saved. */
        public static Wiring none() {
            return new Wiring(null, list -> {});
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
    /** The last read or write of the file: the next one starts after it. */
    private CompletableFuture<?> io = CompletableFuture.completedFuture(null);

    private boolean saveFailing;

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
        MockStore store = wiring.store();
        if (store == null) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<MockStore.Loaded> read =
                io.handle((v, e) -> null).thenApplyAsync(v -> store.load(), background);
        io = read;
        return read.thenAcceptAsync(this::loaded, fx);
    }

    /** Completes when every read and write of the file asked for so far is over (for closing the app). */
    public CompletableFuture<Void> idle() {
        return io.handle((v, e) -> null);
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
                + (wiring.store() == null ? "" : " to " + wiring.store().file()));
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

    private void loaded(MockStore.Loaded loaded) {
        List<MockRoute> meanwhile = List.copyOf(mocks);
        List<MockRoute> all = new ArrayList<>(loaded.mocks());
        all.addAll(meanwhile);
        mocks.setAll(all);
        wiring.serve().accept(List.copyOf(all));
        catalogue.setCatalog(catalogue.catalogProperty().get().withMocks(all));
        if (!meanwhile.isEmpty()) {
            persist(List.copyOf(all));
        }
        if (!loaded.ok()) {
            report(loaded.problem());
        } else if (!loaded.mocks().isEmpty()) {
            messages.accept("Loaded " + count(loaded.mocks().size()) + " from "
                    + wiring.store().file());
        }
    }

    private void apply(List<MockRoute> next) {
        List<MockRoute> copy = List.copyOf(next);
        mocks.setAll(copy);
        wiring.serve().accept(copy);
        catalogue.setCatalog(catalogue.catalogProperty().get().withMocks(copy));
        persist(copy);
    }

    private void persist(List<MockRoute> list) {
        MockStore store = wiring.store();
        if (store == null) {
            return;
        }
        CompletableFuture<Void> write = io.handle((v, e) -> null)
                .thenRunAsync(
                        () -> {
                            try {
                                store.save(list);
                            } catch (IOException e) {
                                throw new CompletionException(e);
                            }
                        },
                        background);
        io = write;
        write.whenCompleteAsync((v, error) -> written(store, error), fx);
    }

    private void written(MockStore store, Throwable error) {
        if (error != null) {
            Throwable cause =
                    error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            saveFailing = true;
            report("The mocks could not be saved to " + store.file() + ": " + cause.getMessage()
                    + ". They are kept in memory and served for this session");
        } else if (saveFailing) {
            saveFailing = false;
            problem.set("");
            messages.accept("The mocks are saved again to " + store.file());
        }
    }

    private void report(String text) {
        problem.set(text);
        messages.accept(text);
    }

    private static String count(int n) {
        return n == 1 ? "1 mock" : n + " mocks";
    }
}
