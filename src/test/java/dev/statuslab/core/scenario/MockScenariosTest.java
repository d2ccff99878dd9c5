package dev.statuslab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.status.StatusCatalog;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MockScenariosTest {

    private static ScenarioCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = ScenarioCatalog.load(StatusCatalog.load());
    }

    private static final List<MockRoute> MOCKS = List.of(
            new MockRoute("*", "/teapot", 418, "", List.of(), "short and stout", 0),
            new MockRoute(
                    "PUT", "/items/7", 409, "Already There", List.of(new Header("X-Why", "dup")), "say \"hi\"\n", 250));

    @Test
    void withMocksAddsOneScenarioPerMockAfterEverythingElse() {
        ScenarioCatalog mocked = catalog.withMocks(MOCKS);
        List<Scenario> mine = mocked.group(ScenarioGroup.MY_MOCKS);
        assertEquals(
                List.of("mock-0", "mock-1"), mine.stream().map(Scenario::id).toList());
        assertEquals(catalog.all().size() + 2, mocked.all().size());
        assertEquals(
                mine, mocked.all().subList(catalog.all().size(), mocked.all().size()));
        assertEquals(catalog.all(), mocked.all().subList(0, catalog.all().size()));
    }

    @Test
    void withMocksLeavesTheCatalogueUnchanged() {
        int before = catalog.all().size();
        catalog.withMocks(MOCKS);
        assertEquals(before, catalog.all().size());
        assertTrue(catalog.group(ScenarioGroup.MY_MOCKS).isEmpty());
        assertTrue(catalog.find("mock-0").isEmpty());
    }

    @Test
    void anyMethodMockIsRequestedWithGet() {
        Scenario teapot = catalog.withMocks(MOCKS).find("mock-0").orElseThrow();
        assertEquals("* /teapot", teapot.title());
        ReadyRequest request = teapot.requests().get(0);
        assertEquals("GET", request.method());
        assertEquals("/teapot", request.path());
        assertEquals(List.of(418), request.expectedStatuses());
        assertTrue(teapot.summary().contains("418 I'm a teapot"), teapot.summary());
    }

    @Test
    void mockKeepsItsMethodAndStatus() {
        Scenario put = catalog.withMocks(MOCKS).find("mock-1").orElseThrow();
        assertEquals("PUT /items/7", put.title());
        assertEquals("PUT", put.requests().get(0).method());
        assertEquals(409, put.expectedStatus());
        assertTrue(put.summary().contains("Already There"), put.summary());
        assertTrue(put.djangoSnippet().contains("status=409"), put.djangoSnippet());
        assertTrue(put.djangoSnippet().contains("\"say \\\"hi\\\"\\n\""), put.djangoSnippet());
        assertTrue(put.djangoSnippet().contains("response[\"X-Why\"] = \"dup\""), put.djangoSnippet());
    }

    @Test
    void withMocksReplacesEarlierMocks() {
        ScenarioCatalog once = catalog.withMocks(MOCKS);
        ScenarioCatalog twice = once.withMocks(List.of(MOCKS.get(1)));
        assertEquals(1, twice.group(ScenarioGroup.MY_MOCKS).size());
        assertEquals("PUT /items/7", twice.find("mock-0").orElseThrow().title());
        assertTrue(catalog.withMocks(List.of()).group(ScenarioGroup.MY_MOCKS).isEmpty());
    }

    @Test
    void mocksAreSearchable() {
        ScenarioCatalog mocked = catalog.withMocks(MOCKS);
        assertEquals(
                List.of("mock-0"),
                mocked.search("/teapot").stream().map(Scenario::id).toList());
        assertTrue(mocked.search("409").stream().anyMatch(s -> s.id().equals("mock-1")));
    }

    @Test
    void aGetMockStandsForASafeViewThatAlsoAnswersHead() {
        Scenario get = catalog.withMocks(List.of(new MockRoute("GET", "/x", 200, "", List.of(), "", 0)))
                .find("mock-0")
                .orElseThrow();
        assertTrue(get.djangoSnippet().startsWith("@require_safe"), get.djangoSnippet());
    }

    @Test
    void mockIndexNamesTheMockAScenarioStandsFor() {
        ScenarioCatalog mocked = catalog.withMocks(MOCKS);
        assertEquals(
                OptionalInt.of(1),
                ScenarioCatalog.mockIndex(mocked.find("mock-1").orElseThrow()));
        assertTrue(ScenarioCatalog.mockIndex(mocked.find("status-404").orElseThrow())
                .isEmpty());
    }

    private static int answering(List<MockRoute> routes, String method, String path) {
        return MockRoute.answering(routes, MockRequest.of(method, path, Headers.empty(), ""))
                .orElse(-1);
    }

    @Test
    void aNamedMethodWinsOverAnyAndHeadFallsBackToGet() {
        MockRoute get = new MockRoute("GET", "/x", 200, "", List.of(), "", 0);
        MockRoute head = new MockRoute("HEAD", "/x", 204, "", List.of(), "", 0);
        MockRoute any = new MockRoute("*", "/x", 418, "", List.of(), "", 0);
        assertEquals(0, answering(List.of(get, any), "GET", "/x"));
        assertEquals(1, answering(List.of(any, get), "GET", "/x"), "GET is more specific than *, wherever it is");
        assertEquals(1, answering(List.of(get, any), "POST", "/x"));
        assertEquals(0, answering(List.of(get), "HEAD", "/x"));
        assertEquals(1, answering(List.of(get, head), "HEAD", "/x"));
        assertEquals(-1, answering(List.of(get), "GET", "/x/"));
    }

    @Test
    void aRouteIsShadowedByAnEarlierOneForTheSameMethodPathAndMatch() {
        MockRoute get = new MockRoute("GET", "/x", 200, "", List.of(), "", 0);
        MockRoute any = new MockRoute("*", "/x", 418, "", List.of(), "", 0);
        assertTrue(get.isShadowedBy(new MockRoute("GET", "/x", 500, "", List.of(), "", 0)));
        assertTrue(!get.isShadowedBy(any), "GET is more specific than *");
        assertTrue(!any.isShadowedBy(get), "* still answers the other methods");
        assertTrue(!get.isShadowedBy(new MockRoute("GET", "/y", 200, "", List.of(), "", 0)));
        assertTrue(!get.isShadowedBy(new MockRoute("GET", "/x", 200, "", List.of(), "", 0)
                .withMatch(new MockMatch(List.of(new Header("page", "2")), List.of(), BodyMatch.ANY))));
    }
}
