package dev.statuslab.core.workbench;

import java.util.Objects;

/**
 * A request saved into a collection.
 *
 * @param id   its file name without ".json", unique within its folder (made from the name when saved)
 * @param name what the collection tree shows
 */
public record SavedRequest(String id, String name, RequestDraft draft) {

    public SavedRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(draft, "draft");
    }

    public static SavedRequest named(String name, RequestDraft draft) {
        return new SavedRequest(WorkbenchFiles.slug(name), name, draft);
    }

    public SavedRequest withDraft(RequestDraft newDraft) {
        return new SavedRequest(id, name, newDraft);
    }
}
