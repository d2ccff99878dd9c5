package dev.statuslab.ui.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.workbench.CollectionStore;
import dev.statuslab.core.workbench.PostmanImport;
import dev.statuslab.core.workbench.RequestCollection;
import dev.statuslab.core.workbench.RequestDraft;
import dev.statuslab.core.workbench.SimulatorAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Collections panel's model over a real store in a temporary data folder, without a toolkit. */
class CollectionsViewModelTest {

    @TempDir
    Path data;

    private final List<String> said = new ArrayList<>();

    private CollectionsViewModel attached() {
        CollectionsViewModel vm = new CollectionsViewModel();
        vm.attach(CollectionStore.inDataDirectory(data), Runnable::run, Runnable::run, said::add);
        return vm;
    }

    @Test
    void aSavedRequestIsInItsCollectionAtTheNextLaunch() {
        RequestDraft draft = RequestDraft.get("{{simulator}}/messages/1/");
        String origin = attached().saveNew("Tutorial", "Message one", draft);

        CollectionsViewModel next = attached();
        assertEquals(List.of("Tutorial"), next.names());
        CollectionsViewModel.Opened opened = next.find(origin).orElseThrow();
        assertEquals("Message one", opened.title());
        assertEquals(draft, opened.draft());
        assertTrue(said.isEmpty(), said::toString);
    }

    @Test
    void theSelectedCollectionIsExportedAsPostmanAndReadsBack() throws Exception {
        CollectionsViewModel vm = attached();
        vm.saveNew("Tutorial", "Message one", RequestDraft.get("{{simulator}}/messages/1/"));
        vm.saveNew("Other", "Elsewhere", RequestDraft.get("{{simulator}}/other/"));
        assertTrue(vm.toExport().isEmpty(), "two collections and none selected");
        RequestCollection tutorial = vm.collections().get(0);
        vm.select(tutorial.id());
        assertEquals("Tutorial", vm.toExport().orElseThrow().name());

        Path target = data.resolve("out/tutorial.postman_collection.json");
        Files.createDirectories(target.getParent());
        vm.exportPostmanLater(vm.toExport().orElseThrow(), SimulatorAddress.of("http://127.0.0.1:8765"), target);
        assertTrue(
                said.get(said.size() - 1).startsWith("Exported the collection \"Tutorial\" (1 requests)"),
                said::toString);
        RequestCollection back = PostmanImport.read(target).collection();
        assertEquals("Tutorial", back.name());
        assertEquals(
                "{{simulator}}/messages/1/",
                back.root().allRequests().get(0).draft().url());
        try (var files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList(), "no temporary file left beside it");
        }
    }

    @Test
    void aSecondSaveIntoTheSameCollectionAddsBesideTheFirstWithItsOwnName() {
        CollectionsViewModel vm = attached();
        String a = vm.saveNew("Tutorial", "Same", RequestDraft.get("{{simulator}}/a/"));
        String b = vm.saveNew("tutorial", "Same", RequestDraft.get("{{simulator}}/b/"));
        assertFalse(a.equals(b), a);
        CollectionsViewModel next = attached();
        assertEquals(1, next.collections().size());
        assertEquals("{{simulator}}/b/", next.find(b).orElseThrow().draft().url());
    }

    @Test
    void updatingASavedRequestWritesItsNewDraft() {
        CollectionsViewModel vm = attached();
        String origin = vm.saveNew("Tutorial", "Edited", RequestDraft.get("{{simulator}}/before/"));
        assertTrue(vm.update(origin, RequestDraft.get("{{simulator}}/after/")));
        assertEquals(
                "{{simulator}}/after/",
                attached().find(origin).orElseThrow().draft().url());
        assertFalse(vm.update("saved:nothing/here", RequestDraft.blank()));
    }

    @Test
    void aPostmanFileThatCannotBeReadIsRefusedWithThePlaceAndNothingIsAdded() throws Exception {
        Path bad = Files.writeString(
                data.resolve("broken.postman_collection.json"), "{\"info\": {\"name\": \"x\"}, \"item\": [");
        CollectionsViewModel vm = attached();
        vm.importPostmanLater(bad);
        assertEquals(0, vm.collections().size());
        assertEquals(1, said.size(), said::toString);
        assertTrue(said.get(0).startsWith("Not imported: "), said.get(0));
        assertTrue(said.get(0).contains("line") || said.get(0).contains("/"), said.get(0));
        assertEquals(0, attached().collections().size());
    }

    @Test
    void aPostmanCollectionWithFoldersIsImportedWhole() throws Exception {
        Path file = data.resolve("tutorial.postman_collection.json");
        try (var in =
                getClass().getResourceAsStream("/dev/statuslab/core/workbench/tutorial.postman_collection.json")) {
            Files.copy(in, file);
        }
        CollectionsViewModel vm = attached();
        vm.importPostmanLater(file);
        assertEquals(1, vm.collections().size());
        assertFalse(vm.collections().get(0).root().folders().isEmpty());
        assertTrue(said.get(0).startsWith("Imported the collection"), said.get(0));
        assertEquals(
                vm.collections().get(0).root().allRequests().size(),
                attached().collections().get(0).root().allRequests().size());
    }
}
