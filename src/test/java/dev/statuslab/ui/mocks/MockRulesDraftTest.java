package dev.statuslab.ui.mocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.scenario.BodyMatch;
import dev.statuslab.core.scenario.Fault;
import dev.statuslab.core.scenario.MockAnswer;
import dev.statuslab.core.scenario.MockMatch;
import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.status.StatusCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's match and sequence, without a toolkit. */
class MockRulesDraftTest {

    private static final StatusCatalog STATUSES = StatusCatalog.load();

    private static MockEditorViewModel editor(MockRoute start) {
        return new MockEditorViewModel(
                STATUSES, start, start == null ? -1 : 0, start == null ? List.of() : List.of(start), "");
    }

    @Test
    void aQueryHeadersBodyAndSequenceMakeTheRoute() {
        MockEditorViewModel draft = editor(null);
        draft.pathProperty().set("/api/flaky");
        draft.statusProperty().set("503");
        draft.bodyProperty().set("{}");
        MockRulesDraft rules = draft.rules();
        rules.queryProperty().set("page=2&q=a%20b");
        rules.headersProperty().set("X-Role: admin\n");
        rules.bodyKindProperty().set(BodyMatch.Kind.CONTAINS);
        rules.bodyValueProperty().set("ada");
        rules.thenProperty().set("503, reset, 200");
        rules.cycleProperty().set(true);

        MockRoute route = draft.build().orElseThrow();

        assertEquals(
                new MockMatch(
                        List.of(new Header("page", "2"), new Header("q", "a b")),
                        List.of(new Header("X-Role", "admin")),
                        new BodyMatch(BodyMatch.Kind.CONTAINS, "", "ada")),
                route.match());
        assertEquals(
                List.of(503, 503, 503, 200),
                route.answers().stream().map(MockAnswer::status).toList());
        assertEquals(Fault.RESET, route.answers().get(2).fault());
        assertEquals("{}", route.answers().get(3).body(), "later answers send the first one's body");
        assertTrue(route.cycle());
    }

    @Test
    void whatCannotBeUsedIsNamedAndBlocksSave() {
        MockEditorViewModel draft = editor(null);
        draft.pathProperty().set("/x");

        draft.rules().thenProperty().set("200, 99");
        assertEquals(
                "Then: '99' is neither a status from 200 to 599 nor a fault (reset, empty, malformed-chunk,"
                        + " random-then-close, short-body, trickle)",
                draft.rules().errorProperty().get());
        assertFalse(draft.validProperty().get());
        assertEquals("200, 99", draft.rules().thenProperty().get(), "what was typed stays");

        draft.rules().thenProperty().set("200");
        draft.rules().headersProperty().set("no colon here");
        assertEquals(
                "Match headers: 'no colon here' is not Name: value",
                draft.rules().errorProperty().get());

        draft.rules().headersProperty().set("");
        draft.rules().bodyKindProperty().set(BodyMatch.Kind.JSON_PATH);
        draft.rules().bodyPathProperty().set("user.name");
        assertEquals(
                "Match body: a JSON path starts with $, e.g. $.user.name",
                draft.rules().errorProperty().get());
        draft.rules().bodyPathProperty().set("$.user.name");
        assertTrue(draft.validProperty().get());
    }

    @Test
    void aBodyTemplateThatDoesNotParseIsRefusedWithLineAndColumn() {
        MockEditorViewModel draft = editor(null);
        draft.pathProperty().set("/x");
        draft.bodyProperty().set("{\n  \"id\": \"{{request.params.id\"\n}");

        String error = draft.rules().templateErrorProperty().get();
        assertTrue(error.startsWith("The body's template: line 2, column "), error);
        assertFalse(draft.validProperty().get());

        draft.bodyProperty().set("{\n  \"id\": \"{{request.params.id}}\"\n}");
        assertEquals("", draft.rules().templateErrorProperty().get());
        assertTrue(draft.validProperty().get());
    }

    @Test
    void laterAnswersFromTheFileAreKeptWhileTheListIsNotEdited() {
        MockRoute start = new MockRoute("GET", "/x", 503, "", List.of(), "down", 0)
                .withAnswers(
                        List.of(
                                new MockAnswer(503, "", List.of(), "down", 0, null),
                                new MockAnswer(200, "", List.of(new Header("ETag", "\"1\"")), "up", 0, null)),
                        false);
        MockEditorViewModel draft = editor(start);
        assertEquals("200", draft.rules().thenProperty().get());

        draft.statusProperty().set("500");

        assertEquals("up", draft.build().orElseThrow().answers().get(1).body());
    }
}
