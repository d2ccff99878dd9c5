package dev.statuslab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.status.StatusInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioCatalogTest {

    private static StatusCatalog statuses;
    private static ScenarioCatalog catalog;

    @BeforeAll
    static void load() {
        statuses = StatusCatalog.load();
        catalog = ScenarioCatalog.load(statuses);
    }

    @Test
    void loadsTheBundledScenariosBeforeTheGeneratedOnes() {
        List<Scenario> all = catalog.all();
        assertEquals("basic-fbv", all.get(0).id());
        assertEquals(24 + statuses.all().size(), all.size());
        assertEquals("anything", all.get(19).id());
        assertEquals("status-" + statuses.all().get(0).code(), all.get(20).id());
        assertEquals("cors-preflight", all.get(20 + statuses.all().size()).id());
    }

    @ParameterizedTest(name = "{0}: {1} {2} -> {3}")
    @CsvSource(
            textBlock =
                    """
            basic-fbv,       GET,     /simple/,         200
            contact-form,    GET,     /contact/,        200
            contact-success, POST,    /contact/,        302
            contact-invalid, POST,    /contact/,        400
            not-found,       GET,     /messages/999/,   404
            forbidden,       GET,     /forbidden/,      403
            json-api,        POST,    /api/messages/,   201
            json-api,        POST,    /api/messages/,   400
            json-api,        GET,     /api/messages/,   405
            cbv-ping,        GET,     /ping/,           200
            cbv-ping,        HEAD,    /ping/,           200
            cbv-ping,        OPTIONS, /ping/,           200
            cbv-ping,        TRACE,   /ping/,           405
            cbv-ping,        POST,    /ping/,           405
            server-error,    GET,     /boom/,           500
            csrf,            GET,     /secure/contact/, 200
            csrf,            POST,    /secure/contact/, 403
            csrf,            POST,    /secure/contact/, 302
            append-slash,    GET,     /ping,            301
            """)
    void everyTutorialRowIsPresent(String id, String method, String path, int expected) {
        Scenario scenario = catalog.find(id).orElseThrow(() -> new AssertionError("missing scenario " + id));
        assertEquals(ScenarioGroup.TUTORIAL, scenario.group());
        assertTrue(
                scenario.requests().stream()
                        .anyMatch(r -> r.method().equals(method)
                                && r.path().equals(path)
                                && r.expectedStatuses().equals(List.of(expected))),
                () -> id + " has no " + method + " " + path + " expecting " + expected);
    }

    @Test
    void jsonApiRequestsComeInTheTaughtOrder() {
        List<ReadyRequest> requests = catalog.find("json-api").orElseThrow().requests();
        assertEquals(
                List.of(201, 400, 400, 405),
                requests.stream().map(ReadyRequest::expectedStatus).toList());
        assertEquals("{not json", requests.get(2).body());
        assertEquals(BodyKind.JSON, requests.get(2).bodyKind());
    }

    @Test
    void groupsFollowTheTourOrder() {
        assertEquals(
                List.of(
                        "basic-fbv",
                        "contact-form",
                        "contact-success",
                        "contact-invalid",
                        "not-found",
                        "forbidden",
                        "json-api",
                        "cbv-ping",
                        "server-error",
                        "csrf",
                        "append-slash"),
                ids(catalog.group(ScenarioGroup.TUTORIAL)));
        assertEquals(
                List.of("list-view", "detail-view", "create-view", "delete-view"),
                ids(catalog.group(ScenarioGroup.GENERIC_VIEWS)));
        assertEquals(
                List.of("random-status", "weighted-status", "redirect-chain", "delay", "anything"),
                ids(catalog.group(ScenarioGroup.ANY_STATUS)).subList(0, 5));
        assertTrue(catalog.group(ScenarioGroup.MY_MOCKS).isEmpty());
    }

    @Test
    void deleteViewEndsByResettingTheTable() {
        List<ReadyRequest> requests = catalog.find("delete-view").orElseThrow().requests();
        ReadyRequest last = requests.get(requests.size() - 1);
        assertEquals("POST", last.method());
        assertEquals("/__reset__", last.path());
        assertEquals(200, last.expectedStatus());
    }

    @Test
    void randomStatusesExpectEveryListedCode() {
        for (String id : List.of("random-status", "weighted-status")) {
            Scenario scenario = catalog.find(id).orElseThrow();
            assertEquals(List.of(200, 500), scenario.requests().get(0).expectedStatuses());
            assertEquals(200, scenario.expectedStatus());
        }
    }

    @Test
    void anyStatusHasAGeneratedScenarioForEveryRegisteredCode() {
        for (StatusInfo info : statuses.all()) {
            Scenario scenario = catalog.find("status-" + info.code())
                    .orElseThrow(() -> new AssertionError("no scenario for " + info.code()));
            assertEquals(ScenarioGroup.ANY_STATUS, scenario.group());
            assertEquals(1, scenario.requests().size());
            ReadyRequest request = scenario.requests().get(0);
            assertEquals("GET", request.method());
            assertEquals("/status/" + info.code(), request.path());
            int expected = info.code() < 200 ? 200 : info.code();
            assertEquals(List.of(expected), request.expectedStatuses(), "status " + info.code());
            assertEquals(info.meaning(), scenario.summary());
            assertEquals(info.djangoSnippet(), scenario.djangoSnippet());
            assertTrue(scenario.title().startsWith(Integer.toString(info.code())));
        }
    }

    @Test
    void generatedScenariosAscendByCode() {
        List<Integer> codes = catalog.group(ScenarioGroup.ANY_STATUS).stream()
                .filter(s -> s.id().startsWith("status-"))
                .map(s -> Integer.parseInt(s.id().substring("status-".length())))
                .toList();
        assertEquals(statuses.all().stream().map(StatusInfo::code).toList(), codes);
    }

    @Test
    void informationalCodesExpectTheFinal200() {
        assertEquals(200, catalog.find("status-100").orElseThrow().expectedStatus());
        assertEquals(200, catalog.find("status-103").orElseThrow().expectedStatus());
    }

    @Test
    void idsAreUnique() {
        Set<String> seen = new HashSet<>();
        for (Scenario s : catalog.all()) {
            assertTrue(seen.add(s.id()), "duplicate id " + s.id());
        }
    }

    @Test
    void everyScenarioHasRequestsAndTexts() {
        for (Scenario s : catalog.all()) {
            assertFalse(s.requests().isEmpty(), s.id());
            assertFalse(s.title().isBlank(), s.id());
            assertFalse(s.summary().isBlank(), s.id());
            assertFalse(s.djangoSnippet().isBlank(), s.id());
            for (ReadyRequest r : s.requests()) {
                assertFalse(r.label().isBlank(), s.id());
                assertFalse(r.expectedStatuses().isEmpty(), s.id());
            }
        }
    }

    @Test
    void searchByCodeFindsEveryScenarioExpectingIt() {
        List<String> found = ids(catalog.search("404"));
        assertTrue(
                found.containsAll(List.of("not-found", "detail-view", "delete-view", "status-404")), found::toString);
        assertFalse(found.contains("basic-fbv"));
    }

    @Test
    void searchIgnoresCase() {
        List<String> found = ids(catalog.search("csrf"));
        assertTrue(found.contains("csrf"), found::toString);
        assertEquals(found, ids(catalog.search("CSRF")));
    }

    @Test
    void searchMatchesMethodsAndPaths() {
        assertTrue(ids(catalog.search("trace")).contains("cbv-ping"));
        assertTrue(ids(catalog.search("/messages/new/")).contains("create-view"));
    }

    @Test
    void searchNeedsEveryWord() {
        assertEquals(List.of("delete-view"), ids(catalog.search("deleteview 404")));
        assertTrue(catalog.search("no-such-thing-anywhere").isEmpty());
    }

    @Test
    void blankSearchReturnsEverything() {
        assertEquals(catalog.all(), catalog.search("  "));
        assertEquals(catalog.all(), catalog.search(""));
    }

    @Test
    void findUnknownIdIsEmpty() {
        assertTrue(catalog.find("nope").isEmpty());
    }

    private static List<String> ids(List<Scenario> scenarios) {
        return scenarios.stream().map(Scenario::id).toList();
    }
}
