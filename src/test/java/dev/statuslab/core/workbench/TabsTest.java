package dev.statuslab.core.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.scenario.BodyKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tabs as a model: unchanged versus modified, scenario clicks, closing, and the tabs file. */
class TabsTest {

    @TempDir
    Path data;

    private final AtomicInteger n = new AtomicInteger();
    private final Tabs tabs = new Tabs(() -> "t" + n.incrementAndGet());

    private static final RequestDraft SIMPLE = RequestDraft.get("{{simulator}}/simple/");
    private static final RequestDraft FORBIDDEN = RequestDraft.get("{{simulator}}/forbidden/");

    @Test
    void aScenarioClickReplacesAnUnchangedTab() {
        assertFalse(tabs.open("Basic FBV", "scenario:basic-fbv#0", SIMPLE));
        assertFalse(tabs.open("Forbidden", "scenario:forbidden#0", FORBIDDEN));
        assertEquals(1, tabs.size());
        assertEquals(FORBIDDEN, tabs.current().draft());
        assertFalse(tabs.current().modified());
    }

    @Test
    void aScenarioClickInAModifiedTabOpensANewTabAndTheDraftStays() {
        tabs.open("Basic FBV", "scenario:basic-fbv#0", SIMPLE);
        tabs.newTab();
        tabs.newTab();
        tabs.select(1);
        RequestDraft edited = SIMPLE.withUrl("{{simulator}}/simple/?edited=1");
        tabs.edit(edited);
        assertTrue(tabs.current().modified());

        assertTrue(tabs.open("Forbidden", "scenario:forbidden#0", FORBIDDEN));
        assertEquals(4, tabs.size());
        assertEquals(2, tabs.selectedIndex(), "the new tab opens after the modified one and is selected");
        assertEquals(FORBIDDEN, tabs.current().draft());
        assertEquals(edited, tabs.all().get(1).draft(), "the draft stays");
    }

    @Test
    void editingBackToTheOpenedDraftIsUnchangedAgain() {
        tabs.open("Basic FBV", null, SIMPLE);
        tabs.edit(SIMPLE.withMethod("POST"));
        assertTrue(tabs.current().modified());
        tabs.edit(SIMPLE);
        assertFalse(tabs.current().modified());
    }

    @Test
    void closingAModifiedTabNeedsConfirmationAndAnUnchangedOneCloses() {
        tabs.edit(SIMPLE);
        assertEquals(Tabs.Close.NEEDS_CONFIRMATION, tabs.close(0));
        assertEquals(1, tabs.size());
        tabs.markSaved("Simple", "saved:Tutorial/Simple");
        assertEquals(Tabs.Close.CLOSED, tabs.close(0));
        assertEquals(1, tabs.size(), "closing the last tab leaves a blank one");
        assertEquals("New request", tabs.current().title());
        assertNotEquals("t1", tabs.current().id());
    }

    @Test
    void nextAndPreviousWrapAround() {
        tabs.newTab();
        tabs.newTab();
        assertEquals(2, tabs.selectedIndex());
        tabs.next();
        assertEquals(0, tabs.selectedIndex());
        tabs.previous();
        assertEquals(2, tabs.selectedIndex());
        tabs.closeDiscarding(2);
        assertEquals(1, tabs.selectedIndex());
    }

    @Test
    void openTabsAndTheirDraftsSurviveARelaunch() throws Exception {
        tabs.open(
                "Create",
                "scenario:json-api#0",
                RequestDraft.get("{{simulator}}/api/messages/")
                        .withMethod("POST")
                        .withBody(BodyKind.JSON, "{\n  \"a\": 1\n}")
                        .withAuth(new Auth.Basic("u", "{{p}}")));
        tabs.edit(tabs.current().draft().withCookies(false).withOmitted(List.of("User-Agent")));
        tabs.newTab();
        tabs.edit(RequestDraft.get("http://example.com/").withHeaders(List.of(new RequestDraft.Row("X", "1", false))));
        tabs.select(0);
        TabsStore store = TabsStore.inDataDirectory(data);
        store.save(tabs, "local");

        TabsStore.Restored restored = store.load();
        assertNull(restored.problem());
        assertEquals(tabs.all(), restored.tabs());
        assertEquals(0, restored.selected());
        assertEquals("local", restored.environment());
        assertTrue(restored.tabs().get(0).modified(), "modified stays modified");
        Tabs again = new Tabs(restored.tabs(), restored.selected(), () -> "x");
        assertEquals(tabs.current(), again.current());
    }

    @Test
    void anUnreadableTabsFileIsSetAsideAndTheWindowStartsWithABlankTab() throws Exception {
        Files.writeString(data.resolve(TabsStore.FILE_NAME), "{\"statuslab\": \"tabs\", \"version\": 9}");
        TabsStore.Restored restored = TabsStore.inDataDirectory(data).load();
        assertTrue(restored.problem().contains("tabs.json could not be read"), restored.problem());
        assertTrue(restored.problem().contains("version"), restored.problem());
        assertEquals(1, new Tabs(restored.tabs(), restored.selected(), () -> "x").size());
        assertTrue(Files.exists(data.resolve("set-aside/" + TabsStore.FILE_NAME)));
    }
}
