package dev.statuslab.ui.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.scenario.ReadyRequest;
import dev.statuslab.core.scenario.Scenario;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.scenario.ScenarioGroup;
import dev.statuslab.core.status.StatusCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalogue tree, its search and its selection, without the toolkit. */
class CatalogueViewModelTest {

    private static ScenarioCatalog catalog;
    private static final MockRoute TEAPOT = new MockRoute("GET", "/tea", 418, "", List.of(), "short and stout", 0);
    private static final MockRoute DOWN = new MockRoute("*", "/down", 503, "", List.of(), "", 0);

    private final CatalogueViewModel vm = new CatalogueViewModel(catalog);

    @BeforeAll
    static void loadCatalogue() {
        catalog = ScenarioCatalog.load(StatusCatalog.load());
    }

    private List<String> groupTitles() {
        return vm.groupsProperty().stream().map(CatalogueItem::text).toList();
    }

    private List<String> scenarioIds() {
        List<String> ids = new ArrayList<>();
        for (CatalogueItem.Group g : vm.groupsProperty()) {
            for (CatalogueItem item : g.children()) {
                if (item instanceof CatalogueItem.ScenarioItem s) {
                    ids.add(s.scenario().id());
                }
            }
        }
        return ids;
    }

    private CatalogueItem.ScenarioItem item(String id) {
        return vm.groupsProperty().stream()
                .flatMap(g -> g.children().stream())
                .filter(i -> i instanceof CatalogueItem.ScenarioItem s
                        && s.scenario().id().equals(id))
                .map(CatalogueItem.ScenarioItem.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not shown"));
    }

    private static Scenario scenario(String id) {
        return catalog.find(id).orElseThrow();
    }

    @Test
    void groupsComeInTheirOrderWithTheirTitles() {
        assertEquals(List.of("Tutorial", "Generic views", "Any status code", "CORS", "My mocks"), groupTitles());
        assertEquals(
                List.of(ScenarioGroup.values()),
                vm.groupsProperty().stream().map(CatalogueItem.Group::group).toList());
    }

    @Test
    void everyScenarioIsShownOnceInCatalogueOrder() {
        assertEquals(catalog.all().stream().map(Scenario::id).toList(), scenarioIds());
        assertEquals("basic-fbv", scenarioIds().get(0));
    }

    @Test
    void anEmptyMockGroupShowsAHintWhileTheSearchIsBlank() {
        CatalogueItem.Group mocks = vm.groupsProperty().get(4);
        assertEquals(List.of(new CatalogueItem.Hint("No mocks yet")), mocks.children());

        vm.searchTextProperty().set("   ");
        assertEquals("My mocks", groupTitles().get(4));

        vm.searchTextProperty().set("ping");
        assertFalse(groupTitles().contains("My mocks"));
    }

    @Test
    void mocksReplaceTheHint() {
        vm.setCatalog(catalog.withMocks(List.of(TEAPOT, DOWN)));
        CatalogueItem.Group mocks = vm.groupsProperty().get(4);
        assertEquals(
                List.of("GET /tea", "* /down"),
                mocks.children().stream().map(CatalogueItem::text).toList());
    }

    @ParameterizedTest(name = "\"{0}\" shows {1}")
    @CsvSource(
            delimiter = ';',
            textBlock =
                    """
            csrf;       csrf
            CSRF;       csrf
            404;        not-found detail-view delete-view status-404
            post;       contact-success contact-invalid json-api cbv-ping csrf create-view delete-view anything
            ping;       cbv-ping append-slash
            post json;  json-api anything
            """)
    void theSearchFiltersScenarios(String query, String expectedIds) {
        vm.searchTextProperty().set(query);
        List<String> shown = scenarioIds();
        for (String id : expectedIds.split(" ")) {
            assertTrue(shown.contains(id), id + " missing from " + shown);
        }
        assertEquals(catalog.search(query).stream().map(Scenario::id).toList(), shown);
    }

    @Test
    void theSearchHidesEmptyGroups() {
        vm.searchTextProperty().set("csrf");
        assertEquals(List.of("Tutorial"), groupTitles());

        vm.searchTextProperty().set("404");
        assertEquals(List.of("Tutorial", "Generic views", "Any status code"), groupTitles());

        vm.searchTextProperty().set("no such thing anywhere");
        assertTrue(vm.groupsProperty().isEmpty());

        vm.searchTextProperty().set("");
        assertEquals(5, vm.groupsProperty().size());
    }

    @Test
    void scenariosWithSeveralRequestsExposeOneRowPerRequest() {
        CatalogueItem.ScenarioItem json = item("json-api");
        List<CatalogueItem> rows = json.children();
        assertEquals(4, rows.size());
        CatalogueItem.RequestItem third = (CatalogueItem.RequestItem) rows.get(2);
        assertEquals("POST malformed JSON", third.text());
        assertEquals(List.of(400), third.request().expectedStatuses());
        assertSame(scenario("json-api").requests().get(2), third.request());
        assertEquals(List.of(201, 400, 405), json.expectedStatuses());

        assertTrue(item("basic-fbv").children().isEmpty());
        assertEquals(List.of(200, 500), item("random-status").expectedStatuses());
    }

    @Test
    void selectingAScenarioPicksItsFirstRequest() {
        Scenario ping = scenario("cbv-ping");
        vm.select(ping);
        assertSame(ping, vm.selectedScenarioProperty().get());
        assertSame(ping.requests().get(0), vm.selectedRequestProperty().get());

        vm.select(ping, ping.requests().get(3));
        assertEquals("TRACE", vm.selectedRequestProperty().get().method());

        vm.clearSelection();
        assertNull(vm.selectedScenarioProperty().get());
        assertNull(vm.selectedRequestProperty().get());
    }

    @Test
    void aRequestOfAnotherScenarioCannotBeSelected() {
        ReadyRequest foreign = scenario("basic-fbv").requests().get(0);
        assertThrows(IllegalArgumentException.class, () -> vm.select(scenario("cbv-ping"), foreign));
    }

    @Test
    void theScenarioChangesBeforeTheRequest() {
        List<String> seen = new ArrayList<>();
        vm.selectedRequestProperty()
                .addListener((obs, old, now) ->
                        seen.add(vm.selectedScenarioProperty().get().id() + ":" + now.label()));
        vm.select(scenario("forbidden"));
        assertEquals(List.of("forbidden:GET the forbidden view"), seen);
    }

    @Test
    void theSelectionAndTheSearchSurviveANewCatalogue() {
        vm.searchTextProperty().set("post");
        Scenario json = scenario("json-api");
        vm.select(json, json.requests().get(1));

        vm.setCatalog(catalog.withMocks(List.of(TEAPOT)));

        assertEquals("post", vm.searchTextProperty().get());
        assertEquals("json-api", vm.selectedScenarioProperty().get().id());
        assertEquals(json.requests().get(1), vm.selectedRequestProperty().get());
        assertEquals(
                catalog.withMocks(List.of(TEAPOT)).search("post").stream()
                        .map(Scenario::id)
                        .toList(),
                scenarioIds());
    }

    @Test
    void aSelectedMockFollowsItsIdAndIsClearedWhenItIsGone() {
        vm.setCatalog(catalog.withMocks(List.of(TEAPOT)));
        vm.select(vm.catalogProperty().get().find("mock-0").orElseThrow());

        vm.setCatalog(catalog.withMocks(List.of(DOWN)));
        assertEquals("* /down", vm.selectedScenarioProperty().get().title(), "the same id, now another mock");
        assertEquals("/down", vm.selectedRequestProperty().get().path());

        vm.setCatalog(catalog);
        assertNull(vm.selectedScenarioProperty().get());
        assertNull(vm.selectedRequestProperty().get());
        assertEquals(
                List.of(new CatalogueItem.Hint("No mocks yet")),
                vm.groupsProperty().get(4).children());
    }

    @Test
    void theTreeIsReadOnlyForOthers() {
        assertThrows(
                UnsupportedOperationException.class, () -> vm.groupsProperty().clear());
    }
}
