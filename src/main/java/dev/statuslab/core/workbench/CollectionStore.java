package dev.statuslab.core.workbench;

import dev.statuslab.core.json.StrictJson;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Collections as folders of files in the data folder, one file per request (decision 22):
 *
 * <pre>
 * collections/tutorial/collection.json          {"statuslab": "collection", "name": …, "variables": […]}
 * collections/tutorial/create-a-message.json    {"statuslab": "request", "name": …, "seq": 1, "method": …}
 * collections/tutorial/errors/folder.json       {"statuslab": "folder", "name": "Errors", "seq": 2}
 * collections/tutorial/errors/not-found.json
 * </pre>
 *
 * Every file is written through a temporary file moved into place; a whole collection (an import)
 * is written into a hidden folder that is moved into place only when complete, so nothing is
 * half-imported. A file that cannot be read is moved to a {@code set-aside} folder beside it with
 * a message, and the rest of the collection loads.
 */
public final class CollectionStore {

    public static final String FOLDER = "collections";
    static final String COLLECTION_FILE_STEM = "collection";
    static final String FOLDER_FILE_STEM = "folder";
    private static final String COLLECTION_FILE = COLLECTION_FILE_STEM + ".json";
    private static final String FOLDER_FILE = FOLDER_FILE_STEM + ".json";

    /** The collections read, by name, and a sentence per file set aside. */
    public record Loaded(List<RequestCollection> collections, List<String> problems) {}

    private final Path directory;

    public CollectionStore(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    public static CollectionStore inDataDirectory(Path data) {
        return new CollectionStore(data.resolve(FOLDER));
    }

    public Path directory() {
        return directory;
    }

    /** Reads every collection. Blocking: call it off the UI thread. */
    public Loaded load() {
        List<RequestCollection> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path dir : subfolders(directory, problems)) {
            found.add(readCollection(dir, problems));
        }
        found.sort(Comparator.comparing(RequestCollection::name, String.CASE_INSENSITIVE_ORDER));
        return new Loaded(List.copyOf(found), List.copyOf(problems));
    }

    /**
     * Writes a whole collection under a directory name not yet taken (its id, or id-2 …), into a
     * hidden folder moved into place when complete. Returns the collection as stored.
     */
    public RequestCollection add(RequestCollection collection) throws IOException {
        Files.createDirectories(directory);
        String id = collection.id();
        for (int n = 2; Files.exists(directory.resolve(id)); n++) {
            id = collection.id() + "-" + n;
        }
        RequestCollection stored = new RequestCollection(
                id, collection.name(), collection.variables(), collection.root().withUniqueIds());
        Path temp = directory.resolve("." + id + "." + Long.toHexString(System.nanoTime()) + ".part");
        try {
            writeCollectionFile(temp, stored);
            writeFolderContents(temp, stored.root());
            try {
                Files.move(temp, directory.resolve(id), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, directory.resolve(id));
            }
        } finally {
            deleteTree(temp);
        }
        return stored;
    }

    /** Saves one request (Ctrl+S) into a folder of a collection, given as folder ids from the root. */
    public void saveRequest(String collectionId, List<String> folderPath, SavedRequest request, int seq)
            throws IOException {
        Path dir = directory.resolve(collectionId);
        for (String folder : folderPath) {
            dir = dir.resolve(folder);
        }
        writeRequest(dir.resolve(request.id() + ".json"), request, seq);
    }

    /** Writes a collection's own file (name and variables). */
    public void saveCollectionFile(RequestCollection collection) throws IOException {
        writeCollectionFile(directory.resolve(collection.id()), collection);
    }

    private static void writeCollectionFile(Path dir, RequestCollection c) throws IOException {
        WorkbenchFiles.write(dir.resolve(COLLECTION_FILE), g -> {
            g.writeStartObject();
            g.writeStringField("statuslab", "collection");
            g.writeNumberField("version", Versions.CURRENT);
            g.writeStringField("name", c.name());
            DraftJson.writeVariables(g, c.variables());
            g.writeEndObject();
        });
    }

    private static void writeFolderContents(Path dir, Folder folder) throws IOException {
        int seq = 0;
        for (Folder sub : folder.folders()) {
            int s = ++seq;
            Path subDir = dir.resolve(sub.id());
            WorkbenchFiles.write(subDir.resolve(FOLDER_FILE), g -> {
                g.writeStartObject();
                g.writeStringField("statuslab", "folder");
                g.writeNumberField("version", Versions.CURRENT);
                g.writeStringField("name", sub.name());
                g.writeNumberField("seq", s);
                g.writeEndObject();
            });
            writeFolderContents(subDir, sub);
        }
        for (SavedRequest r : folder.requests()) {
            writeRequest(dir.resolve(r.id() + ".json"), r, ++seq);
        }
    }

    private static void writeRequest(Path file, SavedRequest r, int seq) throws IOException {
        WorkbenchFiles.write(file, g -> {
            g.writeStartObject();
            g.writeStringField("statuslab", "request");
            g.writeNumberField("version", Versions.CURRENT);
            g.writeStringField("name", r.name());
            g.writeNumberField("seq", seq);
            DraftJson.writeFields(g, r.draft());
            g.writeEndObject();
        });
    }

    private RequestCollection readCollection(Path dir, List<String> problems) {
        String id = dir.getFileName().toString();
        String name = id;
        List<Variable> variables = List.of();
        Path file = dir.resolve(COLLECTION_FILE);
        if (Files.exists(file)) {
            try {
                StrictJson.Obj o =
                        StrictJson.Obj.of(WorkbenchFiles.read(file), "", "statuslab", "version", "name", "variables");
                Versions.check(o, "collection");
                name = o.text("name");
                variables = DraftJson.readVariables(o);
            } catch (IOException | RuntimeException e) {
                problems.add("Collection " + id + ": " + WorkbenchFiles.setAside(file, e));
            }
        }
        return new RequestCollection(
                id, name, variables, readFolder(dir, id, name, id, problems).folder());
    }

    private record Ordered(Folder folder, int seq) {}

    private Ordered readFolder(Path dir, String id, String name, String where, List<String> problems) {
        List<Ordered> folders = new ArrayList<>();
        List<OrderedRequest> requests = new ArrayList<>();
        for (Path sub : subfolders(dir, problems)) {
            String subId = sub.getFileName().toString();
            String subName = subId;
            int seq = Integer.MAX_VALUE;
            Path file = sub.resolve(FOLDER_FILE);
            if (Files.exists(file)) {
                try {
                    StrictJson.Obj o =
                            StrictJson.Obj.of(WorkbenchFiles.read(file), "", "statuslab", "version", "name", "seq");
                    Versions.check(o, "folder");
                    subName = o.text("name");
                    seq = o.integer("seq");
                } catch (IOException | RuntimeException e) {
                    problems.add("Collection " + where + ": " + WorkbenchFiles.setAside(file, e));
                }
            }
            folders.add(new Ordered(
                    readFolder(sub, subId, subName, where + "/" + subId, problems)
                            .folder(),
                    seq));
        }
        for (Path file : requestFiles(dir, problems)) {
            try {
                requests.add(readRequest(file));
            } catch (IOException | RuntimeException e) {
                problems.add("Collection " + where + ": request " + WorkbenchFiles.setAside(file, e));
            }
        }
        folders.sort(Comparator.comparingInt(Ordered::seq)
                .thenComparing(o -> o.folder().id()));
        requests.sort(Comparator.comparingInt(OrderedRequest::seq)
                .thenComparing(o -> o.request().id()));
        return new Ordered(
                new Folder(
                        id,
                        name,
                        folders.stream().map(Ordered::folder).toList(),
                        requests.stream().map(OrderedRequest::request).toList()),
                0);
    }

    private record OrderedRequest(SavedRequest request, int seq) {}

    static OrderedRequest readRequest(Path file) throws IOException {
        String[] allowed = new String[DraftJson.DRAFT_FIELDS.length + 4];
        allowed[0] = "statuslab";
        allowed[1] = "version";
        allowed[2] = "name";
        allowed[3] = "seq";
        System.arraycopy(DraftJson.DRAFT_FIELDS, 0, allowed, 4, DraftJson.DRAFT_FIELDS.length);
        StrictJson.Obj o = StrictJson.Obj.of(WorkbenchFiles.read(file), "", allowed);
        Versions.check(o, "request");
        String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
        return new OrderedRequest(new SavedRequest(stem, o.text("name"), DraftJson.read(o)), o.integer("seq"));
    }

    private static List<Path> subfolders(Path dir, List<String> problems) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, Files::isDirectory)) {
            for (Path p : entries) {
                String n = p.getFileName().toString();
                if (!n.startsWith(".") && !n.equals(WorkbenchFiles.SET_ASIDE)) {
                    out.add(p);
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            problems.add(dir + " could not be read (" + WorkbenchFiles.reasonOf(e) + ")");
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static List<Path> requestFiles(Path dir, List<String> problems) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : entries) {
                String n = p.getFileName().toString();
                if (!n.equals(COLLECTION_FILE)
                        && !n.equals(FOLDER_FILE)
                        && !n.startsWith(".")
                        && Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            problems.add(dir + " could not be read (" + WorkbenchFiles.reasonOf(e) + ")");
        }
        return out;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
