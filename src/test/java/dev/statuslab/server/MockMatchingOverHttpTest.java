package dev.statuslab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.scenario.BodyMatch;
import dev.statuslab.core.scenario.Fault;
import dev.statuslab.core.scenario.MockAnswer;
import dev.statuslab.core.scenario.MockMatch;
import dev.statuslab.core.scenario.MockRoute;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Matching, sequences and per-mock faults over real HTTP. */
class MockMatchingOverHttpTest {

    @RegisterExtension
    static final RunningServer SERVER = new RunningServer();

    @AfterEach
    void noMocks() {
        SERVER.server().mocks().replaceAll(List.of());
    }

    private static MockRoute route(String method, String path, int status, String body) {
        return new MockRoute(method, path, status, "", List.of(), body, 0);
    }

    @Test
    void pathParametersQueryHeadersAndBodyPickTheMostSpecificMock() throws Exception {
        SERVER.server()
                .mocks()
                .replaceAll(List.of(
                        route("*", "/api/*", 404, "any"),
                        route("GET", "/api/users/{id}", 200, "a user"),
                        route("GET", "/api/users/{id}", 200, "an admin")
                                .withMatch(new MockMatch(
                                        List.of(), List.of(new Header("X-Role", "admin")), BodyMatch.ANY)),
                        route("GET", "/api/users", 200, "page 2")
                                .withMatch(new MockMatch(List.of(new Header("page", "2")), List.of(), BodyMatch.ANY)),
                        route("POST", "/api/orders", 201, "big order")
                                .withMatch(new MockMatch(
                                        List.of(),
                                        List.of(),
                                        new BodyMatch(BodyMatch.Kind.JSON_PATH, "$.items[0].qty", "100")))));
        RawHttp http = SERVER.http();

        assertEquals("a user", http.get("/api/users/7").text());
        assertEquals("an admin", http.get("/api/users/7", "X-Role", "admin").text());
        assertEquals("page 2", http.get("/api/users?page=2").text());
        assertEquals("any", http.get("/api/users?page=3").text());
        assertEquals(
                "big order",
                http.send("POST", "/api/orders", "{\"items\":[{\"qty\":100}]}", "Content-Type", "application/json")
                        .text());
        assertEquals(
                404,
                http.send("POST", "/api/orders", "{\"items\":[{\"qty\":1}]}").status());
        assertEquals(200, http.get("/simple/").status(), "the Django site still answers the rest");
    }

    @Test
    void aSequenceAnswersInTurnRepeatsTheLastAndStartsAgainAfterReset() throws Exception {
        SERVER.server()
                .mocks()
                .replaceAll(List.of(route("GET", "/flaky", 503, "")
                        .withAnswers(List.of(MockAnswer.of(503), MockAnswer.of(503), MockAnswer.of(200)), false)));
        RawHttp http = SERVER.http();

        List<Integer> seen = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            seen.add(http.get("/flaky").status());
            if (i == 0) {
                assertEquals(
                        503, http.send("HEAD", "/flaky", null).status(), "HEAD shows the last answer, moves nothing");
            }
        }
        assertEquals(200, http.send("POST", "/__reset__", "").status());
        seen.add(http.get("/flaky").status());

        assertEquals(List.of(503, 503, 200, 200, 503), seen);
    }

    @Test
    void templatesAreRenderedPerRequest() throws Exception {
        SERVER.server()
                .mocks()
                .replaceAll(List.of(new MockRoute(
                        "POST",
                        "/api/users/{id}",
                        201,
                        "",
                        List.of(
                                new Header("Location", "/api/users/{{request.params.id}}"),
                                new Header("X-Echo", "{{request.json.note}}")),
                        "{\"id\": \"{{request.params.id}}\", \"name\": \"{{request.json.name}}\", \"n\": {{counter}} }",
                        0)));

        RawHttp.Response first =
                SERVER.http().send("POST", "/api/users/42", "{\"name\": \"Ada\", \"note\": \"a\\nb\"}");
        RawHttp.Response second = SERVER.http().send("POST", "/api/users/43", "{\"name\": \"Grace\"}");

        assertEquals("{\"id\": \"42\", \"name\": \"Ada\", \"n\": 1 }", first.text());
        assertEquals("/api/users/42", first.header("Location").orElseThrow());
        assertEquals("a b", first.header("X-Echo").orElseThrow(), "a line break never reaches the wire");
        assertEquals("{\"id\": \"43\", \"name\": \"Grace\", \"n\": 2 }", second.text());
    }

    @Test
    void aMockCanAnswerWithAFaultThenRecover() throws Exception {
        SERVER.server()
                .mocks()
                .replaceAll(List.of(route("GET", "/unstable", 200, "ok")
                        .withAnswers(
                                List.of(
                                        new MockAnswer(200, "", List.of(), "", 0, Fault.RESET),
                                        new MockAnswer(200, "", List.of(), "ok", 0, null)),
                                false)));

        assertThrows(IOException.class, () -> SERVER.http().get("/unstable"));
        assertEquals("ok", SERVER.http().get("/unstable").text());
    }
}
