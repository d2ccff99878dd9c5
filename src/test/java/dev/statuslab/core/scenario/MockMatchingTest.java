package dev.statuslab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which mock answers a request: path patterns, query, headers, body, specificity, list order, sequences. */
class MockMatchingTest {

    private static MockRoute route(String method, String path, int status) {
        return new MockRoute(method, path, status, "", List.of(), "", 0);
    }

    private static MockRequest request(String method, String target, String body, String... headers) {
        return MockRequest.of(method, target, Headers.of(headers), body);
    }

    private static int answering(List<MockRoute> routes, MockRequest request) {
        return MockRoute.answering(routes, request).orElse(-1);
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(
            textBlock =
                    """
            /api/users,          /api/users,        true
            /api/users,          /api/users/,       false
            /api/users/{id},     /api/users/42,     true
            /api/users/{id},     /api/users/,       false
            /api/users/{id},     /api/users/42/x,   false
            /api/*/avatar,       /api/users/avatar, true
            /api/*/avatar,       /api/avatar,       false
            /static/*,           /static/a/b/c.css, true
            /static/*,           /static,           false
            """)
    void pathPatternsMatchWholeSegments(String pattern, String path, boolean matches) {
        assertEquals(matches, PathPattern.match(pattern, path) != null);
    }

    @Test
    void parametersAreCapturedByName() {
        assertEquals(Map.of("user", "7", "post", "abc"), PathPattern.match("/u/{user}/posts/{post}", "/u/7/posts/abc"));
    }

    @Test
    void aPatternWithABrokenParameterIsRefusedWithTheSegment() {
        assertEquals("a parameter is a whole segment such as {id}: 'x{id}'", MockRoute.pathProblem("/users/x{id}"));
        assertEquals("* stands for a whole segment: 'a*'", MockRoute.pathProblem("/a*"));
        assertNull(MockRoute.pathProblem("/users/{id}/*"));
    }

    @Test
    void theMostSpecificRouteWinsWhateverItsPlaceThenListOrder() {
        MockRoute wildcard = route("GET", "/api/*", 200);
        MockRoute param = route("GET", "/api/users/{id}", 201);
        MockRoute exact = route("GET", "/api/users/42", 202);
        MockRoute exactToo = route("GET", "/api/users/42", 203);
        List<MockRoute> routes = List.of(wildcard, param, exact, exactToo);

        assertEquals(2, answering(routes, request("GET", "/api/users/42", "")));
        assertEquals(1, answering(routes, request("GET", "/api/users/7", "")));
        assertEquals(0, answering(routes, request("GET", "/api/orders/7", "")));
    }

    @Test
    void queryHeaderAndBodyConditionsMustAllHoldAndMakeARouteMoreSpecific() {
        MockRoute plain = route("GET", "/items", 200);
        MockRoute page2 = route("GET", "/items", 206)
                .withMatch(new MockMatch(
                        List.of(new Header("page", "2")), List.of(new Header("X-Role", "admin")), BodyMatch.ANY));
        List<MockRoute> routes = List.of(plain, page2);

        assertEquals(1, answering(routes, request("GET", "/items?page=2&sort=name", "", "x-role", "admin")));
        assertEquals(0, answering(routes, request("GET", "/items?page=2", "")), "the header is missing");
        assertEquals(0, answering(routes, request("GET", "/items?page=3", "", "X-Role", "admin")));
        assertEquals(
                1,
                answering(routes, request("GET", "http://127.0.0.1:8000/items?page=%32", "", "X-Role", "admin")),
                "a whole URL and an escaped value");
    }

    @ParameterizedTest(name = "{0} ''{1}'' on {2}: {3}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            EQUALS    |              | ping                              | ping                     | true
            EQUALS    |              | ping                              | ping!                    | false
            CONTAINS  |              | "role":"admin"                    | {"role":"admin","id":1}  | true
            JSON_PATH | $.user.name  | Ada                               | {"user":{"name":"Ada"}}  | true
            JSON_PATH | $.items[1].id| 7                                 | {"items":[{"id":1},{"id":7}]} | true
            JSON_PATH | $.ok         | true                              | {"ok":true}              | true
            JSON_PATH | $.user.name  | Ada                               | not json                 | false
            JSON_PATH | $.user       | Ada                               | {"user":{"name":"Ada"}}  | false
            """)
    void bodyConditions(BodyMatch.Kind kind, String path, String value, String body, boolean matches) {
        assertEquals(matches, new BodyMatch(kind, path, value).matches(body));
    }

    @Test
    void aJsonPathThatCannotBeReadIsRefusedWithItsColumn() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> new BodyMatch(BodyMatch.Kind.JSON_PATH, "$.items[x]", "1"));
        assertEquals("expected [index] at column 8 of $.items[x]", e.getMessage());
    }

    @Test
    void aSequenceAnswersInTurnThenRepeatsTheLastOrCycles() {
        List<MockAnswer> answers = List.of(MockAnswer.of(503), MockAnswer.of(503), MockAnswer.of(200));
        MockRoute repeat = route("GET", "/flaky", 503).withAnswers(answers, false);
        MockRoute cycle = repeat.withAnswers(answers, true);

        assertEquals(List.of(503, 503, 200, 200, 200), statuses(repeat, 5));
        assertEquals(List.of(503, 503, 200, 503, 503), statuses(cycle, 5));
        assertTrue(repeat.status() == 503, "the first answer is the route's status");
    }

    private static List<Integer> statuses(MockRoute route, int n) {
        return LongStream.range(0, n)
                .mapToObj(route::answerFor)
                .map(MockAnswer::status)
                .toList();
    }

    @Test
    void aPatternsLiteralPrefixEndsAtItsFirstNameOrStar() {
        assertEquals("/api/items/", PathPattern.literalPrefix("/api/items/{id}/parts"));
        assertEquals("/files/", PathPattern.literalPrefix("/files/*"));
        assertEquals("/api/users", PathPattern.literalPrefix("/api/users"));
        assertEquals("/", PathPattern.literalPrefix("/{a}/x/*"));
    }
}
