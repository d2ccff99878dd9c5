package dev.statuslab.ui.mocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.scenario.MockStore;
import dev.statuslab.core.scenario.Scenario;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.scenario.ScenarioGroup;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.ui.catalogue.CatalogueItem;
import dev.statuslab.ui.catalogue.CatalogueViewModel;
import dev.statuslab.ui.common.HeaderRow;
import dev.statuslab.ui.response.Exchanges;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's mocks without a toolkit: every change reaches the server, the catalogue and the file;
 * the selection follows the same mock; a file that cannot be read or written is reported.
 */
class MocksViewModelTest {

    private static final StatusCatalog STATUSES = StatusCatalog.load();
    private static final ScenarioCatalog SCENARIOS = ScenarioCatalog.load(STATUSES);

    @TempDir
    Path dir;

    private final CatalogueViewModel catalogue = new CatalogueViewModel(SCENARIOS);
    private final List<List<MockRoute>> served = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();

    private MocksViewModel vm(MockStore store, Executor background) {
        return new MocksViewModel(
                catalogue,
                STATUSES,
                new MocksViewModel.Wiring(store, served::add),
                background,
                Runnable::run,
                messages::add);
    }

    private MocksViewModel vm(MockStore store) {
        return vm(store, Runnable::run);
    }

    private static MockEditorViewModel draft(MocksViewModel vm, String method, String path, int status) {
        MockEditorViewModel draft = vm.newMock();
        draft.methodProperty().set(method);
        draft.pathProperty().set(path);
        draft.statusProperty().set(Integer.toString(status));
        return draft;
    }

    private List<Scenario> myMocks() {
        return catalogue.catalogProperty().get().group(ScenarioGroup.MY_MOCKS);
    }

    @Test
    void aSavedMockIsServedListedSelectedAndWrittenToTheFile() throws Exception {
        MockStore store = MockStore.inDataDirectory(dir);
        MocksViewModel vm = vm(store);
        MockEditorViewModel draft = draft(vm, "GET", "/api/users", 503);
        draft.addSuggestedHeaders();

        assertTrue(vm.save(draft));

        MockRoute saved = vm.mocks().get(0);
        assertEquals(503, saved.status());
        assertEquals("Retry-After", saved.headers().get(0).name());
        assertEquals(List.of(List.of(saved)), served);
        assertEquals(
                List.of("GET /api/users"),
                myMocks().stream().map(Scenario::title).toList());
        CatalogueItem.Group group = catalogue.groupsProperty().get(4);
        assertEquals("GET /api/users", group.children().get(0).text(), "the hint gives way to the mock");
        assertEquals("mock-0", catalogue.selectedScenarioProperty().get().id());
        assertEquals(503, catalogue.selectedRequestProperty().get().expectedStatus());
        assertEquals(List.of(saved), MockStore.read(store.file()));
        assertTrue(messages.get(messages.size() - 1).startsWith("Added mock GET /api/users to "), messages.toString());
    }

    @Test
    void anInvalidDraftIsNotSavedAndNothingChanges() {
        MocksViewModel vm = vm(MockStore.inDataDirectory(dir));
        MockEditorViewModel draft = draft(vm, "GET", "no-slash", 200);
        assertFalse(vm.save(draft));
        assertTrue(vm.mocks().isEmpty());
        assertTrue(served.isEmpty());
        assertFalse(Files.exists(dir.resolve("mocks.json")));
        assertEquals("no-slash", draft.pathProperty().get(), "the draft is kept");
    }

    @Test
    void editingAMockFromItsScenarioReplacesItInPlace() throws Exception {
        MockStore store = MockStore.inDataDirectory(dir);
        MocksViewModel vm = vm(store);
        vm.save(draft(vm, "GET", "/a", 200));
        vm.save(draft(vm, "GET", "/b", 200));

        MockEditorViewModel edit = vm.edit(myMocks().get(0)).orElseThrow();
        assertEquals(0, edit.index());
        assertEquals("/a", edit.pathProperty().get());
        edit.statusProperty().set("410");
        assertTrue(vm.save(edit));

        assertEquals(
                List.of("/a", "/b"), vm.mocks().stream().map(MockRoute::path).toList());
        assertEquals(410, vm.mocks().get(0).status());
        assertEquals(410, myMocks().get(0).expectedStatus());
        assertEquals(vm.mocks(), MockStore.read(store.file()));
        assertEquals("mock-0", catalogue.selectedScenarioProperty().get().id());
        assertTrue(vm.edit(SCENARIOS.find("status-404").orElseThrow()).isEmpty(), "only mocks can be edited");
    }

    @Test
    void twoMocksForTheSameMethodAndPathAreKeptInOrderAndServedSo() {
        MocksViewModel vm = vm(null);
        vm.save(draft(vm, "GET", "/x", 201));
        MockEditorViewModel second = draft(vm, "GET", "/x", 202);
        assertTrue(second.warningsProperty().get().contains("comes first"));

        assertTrue(vm.save(second));

        assertEquals(
                List.of(201, 202),
                served.get(served.size() - 1).stream().map(MockRoute::status).toList());
    }

    @Test
    void deletingAMockKeepsTheSelectionOnTheSameOtherMock() throws Exception {
        MockStore store = MockStore.inDataDirectory(dir);
        MocksViewModel vm = vm(store);
        vm.save(draft(vm, "GET", "/a", 200));
        vm.save(draft(vm, "GET", "/b", 201));
        vm.save(draft(vm, "GET", "/c", 202));
        catalogue.select(myMocks().get(2));
        var request = catalogue.selectedRequestProperty().get();

        vm.delete(0);

        assertEquals(
                List.of("/b", "/c"), vm.mocks().stream().map(MockRoute::path).toList());
        assertEquals("GET /c", catalogue.selectedScenarioProperty().get().title());
        assertEquals(request, catalogue.selectedRequestProperty().get());
        assertEquals(vm.mocks(), served.get(served.size() - 1));
        assertEquals(vm.mocks(), MockStore.read(store.file()));
        assertEquals("Deleted mock GET /a", messages.get(messages.size() - 1));
    }

    @Test
    void deletingTheSelectedMockClearsTheSelection() {
        MocksViewModel vm = vm(null);
        vm.save(draft(vm, "GET", "/a", 200));
        vm.save(draft(vm, "GET", "/b", 201));
        catalogue.select(myMocks().get(0));

        vm.delete(vm.indexOf(myMocks().get(0)).orElseThrow());

        assertNull(catalogue.selectedScenarioProperty().get());
        assertEquals(List.of("GET /b"), myMocks().stream().map(Scenario::title).toList());
        vm.delete(5);
        assertEquals(1, vm.mocks().size(), "a place that does not exist changes nothing");
    }

    @Test
    void loadingServesAndListsTheSavedMocks() throws Exception {
        MockStore store = MockStore.inDataDirectory(dir);
        List<MockRoute> saved = List.of(
                new MockRoute("GET", "/a", 200, "", List.of(), "", 0),
                new MockRoute("*", "/b", 418, "", List.of(), "", 0));
        store.save(saved);
        MocksViewModel vm = vm(store);

        vm.load();

        assertEquals(saved, vm.mocks());
        assertEquals(List.of(saved), served);
        assertEquals(
                List.of("GET /a", "* /b"),
                myMocks().stream().map(Scenario::title).toList());
        assertEquals("Loaded 2 mocks from " + store.file(), messages.get(0));
        assertEquals("", vm.problemProperty().get());
    }

    @Test
    void mocksMadeWhileTheFileIsReadComeAfterTheSavedOnesAndNothingIsLost() throws Exception {
        MockStore store = MockStore.inDataDirectory(dir);
        MockRoute old = new MockRoute("GET", "/old", 200, "", List.of(), "", 0);
        store.save(List.of(old));
        Deque<Runnable> later = new ArrayDeque<>();
        MocksViewModel vm = vm(store, later::add);

        vm.load();
        vm.save(draft(vm, "GET", "/new", 201)); // before the file has been read
        while (!later.isEmpty()) {
            later.poll().run();
        }

        assertEquals(
                List.of("/old", "/new"),
                vm.mocks().stream().map(MockRoute::path).toList());
        assertEquals(vm.mocks(), MockStore.read(store.file()));
        assertEquals(vm.mocks(), served.get(served.size() - 1));
    }

    @Test
    void aBadFileIsReportedWithWhereAndWhyAndTheWindowGoesOnWithNoMocks() throws Exception {
        Files.writeString(dir.resolve("mocks.json"), "{\"version\": 1, \"mocks\": [{\"method\": \"GET\"}]}");
        MocksViewModel vm = vm(MockStore.inDataDirectory(dir));

        vm.load();

        String problem = vm.problemProperty().get();
        assertTrue(problem.contains("mocks[0]: \"path\" is missing") && problem.contains("set-aside"), problem);
        assertTrue(vm.mocks().isEmpty());
        assertEquals(
                List.of(CatalogueItem.Hint.class),
                catalogue.groupsProperty().get(4).children().stream()
                        .map(Object::getClass)
                        .toList());
        assertTrue(vm.save(draft(vm, "GET", "/fresh", 200)));
        assertEquals(1, MockStore.read(dir.resolve("mocks.json")).size(), "a fresh file replaces the bad one");
    }

    @Test
    void aFolderThatCannotBeWrittenIsReportedAndTheMocksStayServedInMemory() throws Exception {
        Path blocked = Files.writeString(dir.resolve("data"), "a file where the folder should be");
        MocksViewModel vm = vm(MockStore.inDataDirectory(blocked));

        assertTrue(vm.save(draft(vm, "GET", "/kept", 200)));

        String problem = vm.problemProperty().get();
        assertTrue(
                problem.startsWith("The mocks could not be saved to") && problem.contains("kept in memory"), problem);
        assertEquals(problem, messages.get(messages.size() - 1));
        assertEquals(List.of("/kept"), vm.mocks().stream().map(MockRoute::path).toList());
        assertEquals(vm.mocks(), served.get(served.size() - 1));

        Files.delete(blocked);
        vm.save(draft(vm, "GET", "/second", 200));
        assertEquals("", vm.problemProperty().get());
        assertTrue(messages.get(messages.size() - 1).startsWith("The mocks are saved again"), messages.toString());
        assertEquals(2, MockStore.read(blocked.resolve("mocks.json")).size());
    }

    @Test
    void mockThisResponseCopiesTheRequestAndTheResponseButNotItsConnectionFields() {
        MocksViewModel vm = vm(null);
        Exchange exchange = Exchanges.response(
                Exchanges.request("PATCH", "/api/items/7?verbose=1"),
                new StatusLine("HTTP/1.1", 409, "Conflict"),
                Headers.of(
                        "Date",
                        "Tue, 15 Nov 1994 08:12:31 GMT",
                        "Content-Type",
                        "application/json",
                        "Content-Length",
                        "15",
                        "Connection",
                        "keep-alive",
                        "Transfer-Encoding",
                        "chunked",
                        "X-Request-Id",
                        "abc"),
                Body.of("{\"error\":\"dup\"}"));

        MockEditorViewModel draft = vm.fromExchange(exchange);

        assertEquals("PATCH", draft.methodProperty().get());
        assertEquals("/api/items/7", draft.pathProperty().get());
        assertEquals("409", draft.statusProperty().get());
        assertEquals("", draft.reasonProperty().get(), "the registry's phrase is the default");
        assertEquals(
                List.of(new Header("Content-Type", "application/json"), new Header("X-Request-Id", "abc")),
                draft.headers().stream()
                        .map(r -> new Header(r.getName(), r.getValue()))
                        .toList());
        assertEquals("{\"error\":\"dup\"}", draft.bodyProperty().get());
        assertEquals("", draft.note());
        assertTrue(draft.changedProperty().get(), "closing it unsaved asks first");
        assertTrue(vm.save(draft));
    }

    @Test
    void mockThisResponseKeepsACustomReasonAndLeavesOutABodyItCannotEdit() {
        MocksViewModel vm = vm(null);
        Exchange gzipped = Exchanges.response(
                Exchanges.get("/caf%C3%A9"),
                new StatusLine("HTTP/1.1", 503, "Down For Lunch"),
                Headers.of("Content-Encoding", "gzip"),
                Body.of(new byte[] {31, -117, 8, 0}));
        MockEditorViewModel draft = vm.fromExchange(gzipped);
        assertEquals("/café", draft.pathProperty().get());
        assertEquals("Down For Lunch", draft.reasonProperty().get());
        assertEquals("", draft.bodyProperty().get());
        assertTrue(draft.headers().stream().map(HeaderRow::getName).noneMatch("Content-Encoding"::equals));
        assertEquals("The body was not copied: it is compressed (gzip)", draft.note());

        Exchange binary = Exchanges.response(
                Exchanges.get("/img"),
                new StatusLine("HTTP/1.1", 200, "OK"),
                Headers.of("Content-Type", "image/png"),
                Body.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff}));
        assertTrue(
                vm.fromExchange(binary).note().contains("not UTF-8 text"),
                vm.fromExchange(binary).note());
        assertThrows(
                IllegalArgumentException.class,
                () -> vm.fromExchange(Exchanges.failed(Exchanges.get("/x"), "refused")));
    }
}
