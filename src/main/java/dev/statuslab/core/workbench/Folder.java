package dev.statuslab.core.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A folder of a collection: sub-folders first, then requests, each list in the user's order.
 *
 * @param id the folder's directory name, unique within its parent
 */
public record Folder(String id, String name, List<Folder> folders, List<SavedRequest> requests) {

    public Folder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        folders = List.copyOf(folders);
        requests = List.copyOf(requests);
    }

    public static Folder named(String name, List<Folder> folders, List<SavedRequest> requests) {
        return new Folder(WorkbenchFiles.slug(name), name, folders, requests);
    }

    /** Every request of this folder and its sub-folders, depth first. */
    public List<SavedRequest> allRequests() {
        List<SavedRequest> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(Folder f, List<SavedRequest> out) {
        for (Folder sub : f.folders()) {
            collect(sub, out);
        }
        out.addAll(f.requests());
    }

    /** A copy with ids unique among siblings (name, then name-2, name-3 …). */
    Folder withUniqueIds() {
        List<String> taken = new ArrayList<>();
        List<Folder> subs = new ArrayList<>();
        for (Folder sub : folders) {
            Folder unique = sub.withUniqueIds();
            subs.add(new Folder(unique(sub.id(), taken), unique.name(), unique.folders(), unique.requests()));
        }
        List<SavedRequest> reqs = new ArrayList<>();
        for (SavedRequest r : requests) {
            reqs.add(new SavedRequest(unique(r.id(), taken), r.name(), r.draft()));
        }
        return new Folder(id, name, subs, reqs);
    }

    private static String unique(String id, List<String> taken) {
        String candidate = id;
        for (int n = 2;
                taken.contains(candidate.toLowerCase(Locale.ROOT))
                        || candidate.equalsIgnoreCase(CollectionStore.COLLECTION_FILE_STEM)
                        || candidate.equalsIgnoreCase(CollectionStore.FOLDER_FILE_STEM)
                        || candidate.equalsIgnoreCase(WorkbenchFiles.SET_ASIDE);
                n++) {
            candidate = id + "-" + n;
        }
        taken.add(candidate.toLowerCase(Locale.ROOT));
        return candidate;
    }
}
