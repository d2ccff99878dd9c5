package dev.statuslab.core.workbench;

import java.util.List;
import java.util.Objects;

/**
 * A collection: its variables (looked up after the active environment's) and a tree of folders
 * and saved requests.
 *
 * @param id the collection's directory name in the data folder
 */
public record RequestCollection(String id, String name, List<Variable> variables, Folder root) {

    public RequestCollection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        variables = List.copyOf(variables);
        Objects.requireNonNull(root, "root");
    }

    public static RequestCollection named(
            String name, List<Variable> variables, List<Folder> folders, List<SavedRequest> requests) {
        String id = WorkbenchFiles.slug(name);
        return new RequestCollection(id, name, variables, new Folder(id, name, folders, requests));
    }

    public RequestCollection withId(String newId) {
        return new RequestCollection(newId, name, variables, root);
    }
}
