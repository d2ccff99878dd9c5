package dev.statuslab.ui.mocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.scenario.MockSets;
import dev.statuslab.core.scenario.MockStore;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.scenario.ScenarioGroup;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.ui.catalogue.CatalogueViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The set picker without a toolkit: what the catalogue shows, what the server answers with, what is remembered. */
class MockSetsViewModelTest {

    private static final StatusCatalog STATUSES = StatusCatalog.load();
    private static final ScenarioCatalog SCENARIOS = ScenarioCatalog.load(STATUSES);
    private static final MockRoute A = new MockRoute("GET", "/a", 200, "", List.of(), "a", 0);
    private static final MockRoute B = new MockRoute("GET", "/b", 503, "", List.of(), "b", 0);
    private static final MockRoute B2 = new MockRoute("GET", "/a", 404, "", List.of(), "b's a", 0);

    @TempDir
    Path data;

    private final CatalogueViewModel catalogue = new CatalogueViewModel(SCENARIOS);
    private final List<List<MockRoute>> served = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();

    private MocksViewModel vm() {
        MocksViewModel vm = new MocksViewModel(
                catalogue,
                STATUSES,
                new MocksViewModel.Wiring(MockSets.inDataDirectory(data), served::add, null),
                Runnable::run,
                Runnable::run,
                messages::add);
        vm.load().join();
        return vm;
    }

    private List<String> myMocks() {
        return catalogue.catalogProperty().get().group(ScenarioGroup.MY_MOCKS).stream()
                .map(s -> s.title())
                .toList();
    }

    private static List<MockRoute> last(List<List<MockRoute>> served) {
        return served.get(served.size() - 1);
    }

    @Test
    void everyActiveSetAnswersTheShownOneFirstAndAnInactiveOneNot() throws Exception {
        MockStore.inDataDirectory(data).save(List.of(A));
        MockSets.inDataDirectory(data).save("other", List.of(B, B2));
        MocksViewModel vm = vm();
        assertEquals(List.of(A, B, B2), last(served));

        vm.sets().switchTo("other");
        assertEquals(List.of(B, B2, A), last(served), "the shown set first: its /a wins a tie");
        assertEquals(List.of(B, B2), vm.mocks());
        assertEquals(2, myMocks().size());

        vm.sets().setActive(false);
        assertEquals(List.of(A), last(served));
        assertFalse(vm.sets().currentActiveProperty().get());
    }

    @Test
    void aSetBeingRecordedIntoAppearsButAnswersOnlyOnceTheRecordingEnds() throws Exception {
        MockStore.inDataDirectory(data).save(List.of(A));
        MocksViewModel vm = vm();
        vm.sets().recordingInto("recorded");

        vm.sets().recorded("recorded", List.of(B));

        assertEquals(List.of("Default", "recorded"), vm.sets().names());
        assertEquals(List.of(A), last(served), "every request still reaches the backend");
        vm.sets().switchTo("recorded");
        assertEquals(List.of(B), vm.mocks());
        vm.sets().recorded("recorded", List.of(B, B2));
        assertEquals(List.of(B, B2), vm.mocks(), "each write shows");
        assertEquals(List.of(A), last(served));

        vm.sets().recordingInto(null);

        assertEquals(List.of(B, B2, A), last(served));
    }

    @Test
    void theShownSetAndTheInactiveOnesAreRememberedForTheNextStart() throws Exception {
        MockSets.inDataDirectory(data).save("other", List.of(B));
        MocksViewModel vm = vm();
        vm.sets().switchTo("other");
        vm.sets().setActive(false);
        vm.idle().join();

        MocksViewModel again = vm();
        assertEquals("other", again.sets().currentProperty().get());
        assertFalse(again.sets().currentActiveProperty().get());
        assertEquals(List.of(B), again.mocks());
        assertEquals(List.of(), last(served));
    }

    @Test
    void aMockSavedInTheEditorGoesToTheShownSetsFile() throws Exception {
        MocksViewModel vm = vm();
        assertTrue(vm.sets().newSet("Staging"));
        MockEditorViewModel draft = vm.newMock();
        draft.pathProperty().set("/staging");
        assertTrue(vm.save(draft));
        vm.idle().join();

        MockSets sets = MockSets.inDataDirectory(data);
        assertEquals(
                List.of("/staging"),
                MockStore.read(sets.fileOf("Staging")).stream()
                        .map(MockRoute::path)
                        .toList());
        assertFalse(Files.exists(sets.fileOf(MockSets.DEFAULT)), "the default set is untouched");
        assertEquals(List.of("Default", "Staging"), vm.sets().names());
    }

    @Test
    void renameMovesTheFileAndDeleteShowsTheDefaultSetAgain() throws Exception {
        MockStore.inDataDirectory(data).save(List.of(A));
        MockSets.inDataDirectory(data).save("old", List.of(B));
        MocksViewModel vm = vm();
        vm.sets().switchTo("old");

        assertFalse(vm.sets().rename("default"), "a name in use is refused");
        assertTrue(vm.sets().rename("new"));
        vm.idle().join();
        MockSets sets = MockSets.inDataDirectory(data);
        assertFalse(Files.exists(sets.fileOf("old")));
        assertEquals(List.of(B), MockStore.read(sets.fileOf("new")));

        assertTrue(vm.sets().deleteCurrent());
        vm.idle().join();
        assertFalse(Files.exists(sets.fileOf("new")));
        assertEquals("Default", vm.sets().currentProperty().get());
        assertEquals(List.of(A), vm.mocks());
        assertEquals(List.of(A), last(served));
        assertFalse(vm.sets().deleteCurrent(), "the default set stays");
    }

    @Test
    void anImportedSetGetsAFreeNameAnswersAndIsShown() {
        MocksViewModel vm = vm();
        assertTrue(vm.sets().newSet("Pets API"));
        String name = vm.sets().addImported("Pets API", List.of(B));
        assertEquals("Pets API 2", name);
        assertEquals(name, vm.sets().currentProperty().get());
        assertEquals(List.of(B), vm.mocks());
        assertTrue(last(served).contains(B));
    }

    @Test
    void aRecordedMockIsAppendedToItsSetWhichIsMadeWhenMissing() {
        MocksViewModel vm = vm();
        vm.sets().append("recorded api.example.com", A);
        vm.sets().append("recorded api.example.com", B);
        vm.idle().join();
        assertEquals(List.of("Default", "recorded api.example.com"), vm.sets().names());
        assertEquals("Default", vm.sets().currentProperty().get(), "recording does not change what is shown");
        assertEquals(List.of(A, B), last(served));
    }
}
