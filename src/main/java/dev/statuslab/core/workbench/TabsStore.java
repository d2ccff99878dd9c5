package dev.statuslab.core.workbench;

import dev.statuslab.core.json.StrictJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The open tabs on disk, {@code tabs.json} in the data folder: each tab's draft (and, when it is
 * modified, what it was opened as), which tab is selected and the active environment; written
 * through a temporary file. A file that cannot be read is set aside with a message, and the
 * window starts with one blank tab.
 */
public final class TabsStore {

    public static final String FILE_NAME = "tabs.json";
    private static final String KIND = "tabs";

    /**
     * What was restored.
     *
     * @param environment the active environment's name, or null
     * @param problem     why the file was set aside, or null
     */
    public record Restored(List<Tab> tabs, int selected, String environment, String problem) {}

    private final Path file;

    public TabsStore(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    public static TabsStore inDataDirectory(Path data) {
        return new TabsStore(data.resolve(FILE_NAME));
    }

    /** Blocking: call it off the UI thread. */
    public Restored load() {
        if (!Files.exists(file)) {
            return new Restored(List.of(), 0, null, null);
        }
        try {
            StrictJson.Obj o = StrictJson.Obj.of(
                    WorkbenchFiles.read(file), "", "statuslab", "version", "selected", "environment", "tabs");
            Versions.check(o, KIND);
            List<Tab> tabs =
                    o.list("tabs", StrictJson.objects(TabsStore::tab, "id", "title", "origin", "draft", "baseline"));
            return new Restored(List.copyOf(tabs), o.integer("selected"), o.optionalText("environment"), null);
        } catch (IOException | RuntimeException e) {
            return new Restored(List.of(), 0, null, "The open tabs' " + WorkbenchFiles.setAside(file, e));
        }
    }

    public void save(Tabs tabs, String environment) throws IOException {
        List<Tab> all = new ArrayList<>(tabs.all());
        int selected = tabs.selectedIndex();
        WorkbenchFiles.write(file, g -> {
            g.writeStartObject();
            g.writeStringField("statuslab", KIND);
            g.writeNumberField("version", Versions.CURRENT);
            g.writeNumberField("selected", selected);
            g.writeStringField("environment", environment);
            g.writeArrayFieldStart("tabs");
            for (Tab t : all) {
                g.writeStartObject();
                g.writeStringField("id", t.id());
                g.writeStringField("title", t.title());
                g.writeStringField("origin", t.origin());
                g.writeObjectFieldStart("draft");
                DraftJson.writeFields(g, t.draft());
                g.writeEndObject();
                if (t.modified()) {
                    g.writeObjectFieldStart("baseline");
                    DraftJson.writeFields(g, t.baseline());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static Tab tab(StrictJson.Obj o) {
        RequestDraft draft = DraftJson.read(o.object("draft", DraftJson.DRAFT_FIELDS));
        RequestDraft baseline = o.optionalObject("baseline", DraftJson.DRAFT_FIELDS) == null
                ? draft
                : DraftJson.read(o.optionalObject("baseline", DraftJson.DRAFT_FIELDS));
        return new Tab(o.text("id"), o.text("title"), o.optionalText("origin"), draft, baseline);
    }
}
