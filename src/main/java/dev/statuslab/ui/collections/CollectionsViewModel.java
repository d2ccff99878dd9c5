package dev.statuslab.ui.collections;

import dev.statuslab.core.io.IoMessages;
import dev.statuslab.core.workbench.CollectionStore;
import dev.statuslab.core.workbench.Folder;
import dev.statuslab.core.workbench.PostmanExport;
import dev.statuslab.core.workbench.PostmanImport;
import dev.statuslab.core.workbench.RequestCollection;
import dev.statuslab.core.workbench.RequestDraft;
import dev.statuslab.core.workbench.SavedRequest;
import dev.statuslab.core.workbench.SimulatorAddress;
import dev.statuslab.core.workbench.Variable;
import dev.statuslab.core.workbench.WorkbenchFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The saved requests of the Collections panel (issue 10): collections of folders of requests, read
 * from the data folder in the background, a tab's request saved into one (Ctrl+S) or updated, a
 * Postman v2.1 file imported whole or refused. A saved request is known to its tab by its origin,
 * {@code saved:<collection>/<folder>/…/<request>}. The tree is changed at once; the file is written
 * in the background, through a temporary file, and a failure is said.
 */
public final class CollectionsViewModel {

    /** A saved request as a tab opens it. */
    public record Opened(String title, String origin, RequestDraft draft) {}

    private static final String PREFIX = "saved:";

    private final ObservableList<RequestCollection> collections = FXCollections.observableArrayList();
    /** The id of the collection selected in the panel (what File → Export collection… writes), or "". */
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper(this, "selected", "");

    private CollectionStore store;
    private Executor background = Runnable::run;
    private Executor fx = Runnable::run;
    private Consumer<String> say = m -> {};

    public ObservableList<RequestCollection> collections() {
        return collections;
    }

    /** Reads the collections of {@code store} in the background; later changes are written there. */
    public void attach(CollectionStore store, Executor background, Executor fx, Consumer<String> say) {
        this.store = Objects.requireNonNull(store, "store");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.say = Objects.requireNonNull(say, "say");
        background.execute(() -> {
            CollectionStore.Loaded loaded = store.load();
            fx.execute(() -> {
                collections.setAll(loaded.collections());
                if (!loaded.problems().isEmpty()) {
                    say.accept(String.join(" ", loaded.problems()));
                }
            });
        });
    }

    public static String origin(String collectionId, List<String> folders, String requestId) {
        List<String> parts = new ArrayList<>();
        parts.add(collectionId);
        parts.addAll(folders);
        parts.add(requestId);
        return PREFIX + String.join("/", parts);
    }

    /** Whether a tab with this origin was saved into a collection (Ctrl+S then updates it). */
    public static boolean isSaved(String origin) {
        return origin != null && origin.startsWith(PREFIX);
    }

    /** The variables of the collection a tab's request was saved in (none for other tabs). */
    public List<Variable> variablesFor(String origin) {
        if (!isSaved(origin)) {
            return List.of();
        }
        String id = origin.substring(PREFIX.length()).split("/")[0];
        return collections.stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .map(RequestCollection::variables)
                .orElse(List.of());
    }

    /** The names of the collections, for the Save dialog. */
    public List<String> names() {
        return collections.stream().map(RequestCollection::name).toList();
    }

    /** The saved request an origin names, if it is still there. */
    public Optional<Opened> find(String origin) {
        if (!isSaved(origin)) {
            return Optional.empty();
        }
        List<String> parts = List.of(origin.substring(PREFIX.length()).split("/"));
        return collections.stream()
                .filter(c -> c.id().equals(parts.get(0)))
                .findFirst()
                .flatMap(c -> {
                    Folder folder = c.root();
                    for (String id : parts.subList(1, parts.size() - 1)) {
                        Optional<Folder> sub = folder.folders().stream()
                                .filter(f -> f.id().equals(id))
                                .findFirst();
                        if (sub.isEmpty()) {
                            return Optional.empty();
                        }
                        folder = sub.get();
                    }
                    return folder.requests().stream()
                            .filter(r -> r.id().equals(parts.get(parts.size() - 1)))
                            .findFirst()
                            .map(r -> new Opened(r.name(), origin, r.draft()));
                });
    }

    /**
     * Saves a draft as a new request {@code name} at the top of the collection {@code collectionName}
     * (made when there is none of that name). Returns the tab's new origin.
     */
    public String saveNew(String collectionName, String name, RequestDraft draft) {
        Optional<RequestCollection> existing = collections.stream()
                .filter(c -> c.name().equalsIgnoreCase(collectionName.strip()))
                .findFirst();
        if (existing.isEmpty()) {
            RequestCollection made = RequestCollection.named(collectionName.strip(), List.of(), List.of(), List.of());
            String id = made.id();
            for (int n = 2; taken(id); n++) {
                id = made.id() + "-" + n;
            }
            SavedRequest request = SavedRequest.named(name, draft);
            RequestCollection stored = new RequestCollection(
                    id, made.name(), List.of(), new Folder(id, made.name(), List.of(), List.of(request)));
            collections.add(stored);
            write(() -> store.add(stored), "\"" + stored.name() + "\"");
            return origin(id, List.of(), request.id());
        }
        RequestCollection c = existing.get();
        SavedRequest named = SavedRequest.named(name, draft);
        String id = named.id();
        for (int n = 2; hasRequest(c.root(), id); n++) {
            id = named.id() + "-" + n;
        }
        SavedRequest request = new SavedRequest(id, named.name(), draft);
        List<SavedRequest> requests = new ArrayList<>(c.root().requests());
        requests.add(request);
        int seq = c.root().folders().size() + requests.size();
        replace(c, new Folder(c.root().id(), c.root().name(), c.root().folders(), requests));
        write(() -> store.saveRequest(c.id(), List.of(), request, seq), "\"" + request.name() + "\"");
        return origin(c.id(), List.of(), request.id());
    }

    /** Ctrl+S on a tab already saved: its file gets the draft. Returns whether it was found. */
    public boolean update(String origin, RequestDraft draft) {
        Optional<Opened> found = find(origin);
        if (found.isEmpty()) {
            return false;
        }
        List<String> parts = List.of(origin.substring(PREFIX.length()).split("/"));
        RequestCollection c = collections.stream()
                .filter(x -> x.id().equals(parts.get(0)))
                .findFirst()
                .orElseThrow();
        List<String> folders = parts.subList(1, parts.size() - 1);
        String requestId = parts.get(parts.size() - 1);
        int[] seq = {0};
        Folder root = updated(c.root(), folders, requestId, draft, seq);
        replace(c, root);
        SavedRequest request = new SavedRequest(requestId, found.get().title(), draft);
        write(() -> store.saveRequest(c.id(), folders, request, seq[0]), "\"" + request.name() + "\"");
        return true;
    }

    /** The panel's selection: the collection a row belongs to, by id ("" for none). */
    public void select(String collectionId) {
        selected.set(collectionId == null ? "" : collectionId);
    }

    public ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** What File → Export collection… writes: the selected collection, or the only one there is. */
    public Optional<RequestCollection> toExport() {
        Optional<RequestCollection> chosen =
                collections.stream().filter(c -> c.id().equals(selected.get())).findFirst();
        return chosen.isPresent() || collections.size() != 1 ? chosen : Optional.of(collections.get(0));
    }

    /** Writes {@code collection} as a Postman v2.1 file in the background (through a temporary file) and says so. */
    public void exportPostmanLater(RequestCollection collection, SimulatorAddress simulator, Path target) {
        background.execute(() -> {
            try {
                PostmanExport.write(collection, simulator, target);
                fx.execute(() -> say.accept("Exported the collection \"" + collection.name() + "\" ("
                        + collection.root().allRequests().size() + " requests) to " + target));
            } catch (IOException e) {
                fx.execute(() -> say.accept("Not exported: " + IoMessages.reason(e)));
            }
        });
    }

    /** File → Import Postman collection…: the whole collection, or nothing and the reason. Blocking read: call it off the FX thread via {@link #importPostmanLater}. */
    public void importPostmanLater(Path file) {
        background.execute(() -> {
            try {
                PostmanImport.Imported imported = PostmanImport.read(file);
                RequestCollection stored = store == null ? imported.collection() : store.add(imported.collection());
                fx.execute(() -> {
                    collections.add(stored);
                    String notes = imported.notes().isEmpty() ? "" : " " + String.join(" ", imported.notes());
                    say.accept("Imported the collection \"" + stored.name() + "\" ("
                            + stored.root().allRequests().size() + " requests)." + notes);
                });
            } catch (WorkbenchFileException e) {
                fx.execute(() -> say.accept("Not imported: " + e.getMessage()));
            } catch (IOException e) {
                fx.execute(() -> say.accept("Not imported: " + IoMessages.reason(e)));
            }
        });
    }

    private static Folder updated(Folder f, List<String> path, String requestId, RequestDraft draft, int[] seq) {
        if (path.isEmpty()) {
            List<SavedRequest> requests = new ArrayList<>();
            for (SavedRequest r : f.requests()) {
                if (r.id().equals(requestId)) {
                    seq[0] = f.folders().size() + requests.size() + 1;
                    requests.add(r.withDraft(draft));
                } else {
                    requests.add(r);
                }
            }
            return new Folder(f.id(), f.name(), f.folders(), requests);
        }
        List<Folder> subs = new ArrayList<>();
        for (Folder sub : f.folders()) {
            subs.add(
                    sub.id().equals(path.get(0))
                            ? updated(sub, path.subList(1, path.size()), requestId, draft, seq)
                            : sub);
        }
        return new Folder(f.id(), f.name(), subs, f.requests());
    }

    private boolean taken(String id) {
        return collections.stream().anyMatch(c -> c.id().equalsIgnoreCase(id));
    }

    private static boolean hasRequest(Folder f, String id) {
        return f.requests().stream().anyMatch(r -> r.id().equalsIgnoreCase(id))
                || f.folders().stream().anyMatch(s -> s.id().equalsIgnoreCase(id));
    }

    private void replace(RequestCollection c, Folder root) {
        int i = collections.indexOf(c);
        collections.set(i, new RequestCollection(c.id(), c.name(), c.variables(), root));
    }

    private interface Write {
        void run() throws IOException;
    }

    private void write(Write write, String what) {
        if (store == null) {
            return;
        }
        background.execute(() -> {
            try {
                write.run();
            } catch (IOException e) {
                String message = what + " was not saved: " + IoMessages.reason(e);
                fx.execute(() -> say.accept(message));
            }
        });
    }
}
