package dev.statuslab.ui.mocks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.scenario.BodyMatch;
import dev.statuslab.core.scenario.MockMatch;
import dev.statuslab.core.scenario.MockRoute;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Which mock answers?" for a request from the history. */
class WhichMockTest {

    private static final List<MockRoute> MOCKS = List.of(
            new MockRoute("*", "/api/*", 404, "", List.of(), "", 0),
            new MockRoute("GET", "/api/users/{id}", 200, "", List.of(), "", 0),
            new MockRoute("GET", "/api/users/{id}", 200, "", List.of(), "", 0)
                    .withMatch(new MockMatch(List.of(new Header("full", "1")), List.of(), BodyMatch.ANY)));

    private static WhichMock.Answer ask(String method, String url) {
        return WhichMock.of(MOCKS, new HttpRequest(HttpMethod.of(method), url, Headers.empty(), Body.empty()));
    }

    @Test
    void theMostSpecificMockIsNamedWithHowManyMatch() {
        WhichMock.Answer a = ask("GET", "http://127.0.0.1:8000/api/users/7?full=1");

        assertEquals(2, a.index().getAsInt());
        assertEquals(
                "Mock 3, GET /api/users/{id} [?full=1], answers GET /api/users/7 (with a query) — the most"
                        + " specific of the 3 that match",
                a.sentence());
    }

    @Test
    void aRequestNoMockAnswersGoesToTheSite() {
        WhichMock.Answer a = ask("POST", "http://127.0.0.1:8000/contact/");

        assertEquals(false, a.index().isPresent());
        assertEquals(
                "No mock answers POST /contact/: the simulated site does (the playground or Django)", a.sentence());
    }
}
