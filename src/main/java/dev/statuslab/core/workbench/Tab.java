package dev.statuslab.core.workbench;

import java.util.Objects;

/**
 * One open tab: its draft, and the draft as last opened or saved, to tell an unchanged tab from a
 * modified one (a scenario click replaces only an unchanged tab; closing a modified one asks).
 *
 * @param id       unique among the open tabs
 * @param title    what the tab shows
 * @param origin   where the draft came from: {@code scenario:<id>#<n>}, {@code saved:<collection>/<path>},
 *                 or null for a new request
 * @param draft    the request as edited
 * @param baseline the request as opened or last saved
 */
public record Tab(String id, String title, String origin, RequestDraft draft, RequestDraft baseline) {

    public Tab {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(baseline, "baseline");
    }

    /** Whether the draft differs from what was opened or saved. */
    public boolean modified() {
        return !draft.equals(baseline);
    }

    public Tab editedTo(RequestDraft newDraft) {
        return new Tab(id, title, origin, newDraft, baseline);
    }

    /** The tab after its draft was saved as {@code newOrigin} under {@code newTitle}: unchanged again. */
    public Tab savedAs(String newTitle, String newOrigin) {
        return new Tab(id, newTitle, newOrigin, draft, draft);
    }
}
