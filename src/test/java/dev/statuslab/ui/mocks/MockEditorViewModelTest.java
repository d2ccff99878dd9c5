package dev.statuslab.ui.mocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.ui.common.HeaderRow;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mock editor's draft, without a toolkit: checks in place, nothing typed is lost, warnings. */
class MockEditorViewModelTest {

    private static final StatusCatalog STATUSES = StatusCatalog.load();
    private static final MockRoute USERS = new MockRoute("GET", "/api/users", 200, "", List.of(), "[]", 0);

    private static MockEditorViewModel blank(MockRoute... others) {
        return new MockEditorViewModel(STATUSES, MocksViewModel.BLANK, -1, List.of(others), "");
    }

    @Test
    void aNewDraftIsValidAndUnchanged() {
        MockEditorViewModel draft = blank();
        assertTrue(draft.validProperty().get());
        assertFalse(draft.changedProperty().get());
        assertEquals("200 OK", draft.statusTitleProperty().get());
        assertEquals("New mock", draft.title());
        assertEquals(Optional.of(MocksViewModel.BLANK), draft.build());
    }

    @ParameterizedTest(name = "status \"{0}\"")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            503  | 503 Service Unavailable     | ''                                            | Service Unavailable
            299  | 299 (not a registered code) | ''                                            | ''
            418  | 418 I'm a teapot            | ''                                            | I'm a teapot
            150  | 150 (not a registered code) | The status must be between 200 and 599        | ''
            700  | ''                          | The status must be between 200 and 599        | ''
            abc  | ''                          | Enter a status code from 200 to 599, e.g. 503 | ''
            ''   | ''                          | Enter a status code from 200 to 599, e.g. 503 | ''
            """)
    void theStatusShowsItsRegisteredTitleOrWhyItCannotBeUsed(String typed, String title, String error, String prompt) {
        MockEditorViewModel draft = blank();
        draft.statusProperty().set(typed);
        assertEquals(title, draft.statusTitleProperty().get());
        assertEquals(error, draft.statusErrorProperty().get());
        assertEquals(prompt, draft.reasonPromptProperty().get());
        assertEquals(error.isEmpty(), draft.validProperty().get());
        assertEquals(typed, draft.statusProperty().get(), "what was typed stays");
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            method | ''      | Enter a method such as GET, or * for any
            method | G T     | The method must be a token such as GET, or * for any
            path   | ''      | Enter a path, e.g. /api/users
            path   | api     | The path must start with / and hold no spaces, ? or #
            path   | /a?b=1  | The path must start with / and hold no spaces, ? or #
            reason | 'a\tb'  | ''
            delay  | soon    | The delay is a whole number of milliseconds, 0 to 30000
            delay  | 40000   | The delay must be between 0 and 30000 ms
            delay  | ''      | ''
            """)
    void eachFieldIsCheckedInPlaceAndBlocksSavingUntilFixed(String field, String typed, String error) {
        MockEditorViewModel draft = blank();
        switch (field) {
            case "method" -> draft.methodProperty().set(typed);
            case "path" -> draft.pathProperty().set(typed);
            case "reason" -> draft.reasonProperty().set(typed.replace("\\t", "\t"));
            default -> draft.delayProperty().set(typed);
        }
        String shown =
                switch (field) {
                    case "method" -> draft.methodErrorProperty().get();
                    case "path" -> draft.pathErrorProperty().get();
                    case "reason" -> draft.reasonErrorProperty().get();
                    default -> draft.delayErrorProperty().get();
                };
        assertEquals(error, shown);
        assertEquals(error.isEmpty(), draft.validProperty().get());
        assertEquals(error.isEmpty(), draft.build().isPresent());
        assertTrue(draft.changedProperty().get());
    }

    @Test
    void aReasonWithALineBreakIsRefused() {
        MockEditorViewModel draft = blank();
        draft.reasonProperty().set("Down\nFor Lunch");
        assertEquals(
                "The reason phrase cannot hold control characters",
                draft.reasonErrorProperty().get());
    }

    @Test
    void anyMethodAndABlankDelayMakeARoute() {
        MockEditorViewModel draft = blank();
        draft.methodProperty().set("*");
        draft.delayProperty().set(" ");
        assertEquals("*", draft.build().orElseThrow().method());
        assertEquals(0, draft.build().orElseThrow().delayMillis());
    }

    @Test
    void theFirstBadHeaderRowIsNamedAndMarkedAndRowsThatAreOffAreLeftOut() {
        MockEditorViewModel draft = blank();
        draft.addHeader();
        draft.addHeader();
        HeaderRow good = draft.headers().get(0);
        HeaderRow bad = draft.headers().get(1);
        good.setName("X-Good");
        good.setValue("1");
        bad.setName("Bad Name");

        assertEquals(
                "Header row 2: 'Bad Name' is not a valid header name",
                draft.headerErrorProperty().get());
        assertSame(bad, draft.invalidHeaderRowProperty().get());
        assertFalse(draft.validProperty().get());

        bad.setEnabled(false);
        assertNull(draft.invalidHeaderRowProperty().get());
        assertEquals(
                List.of(new Header("X-Good", "1")), draft.build().orElseThrow().headers());
        draft.removeHeader(bad);
        assertEquals(List.of(good), draft.headers());
    }

    @Test
    void aHeaderValueWithALineBreakIsRefused() {
        MockEditorViewModel draft = blank();
        draft.addHeader();
        draft.headers().get(0).setName("X-A");
        draft.headers().get(0).setValue("a\r\nb");
        assertTrue(
                draft.headerErrorProperty().get().startsWith("Header row 1: X-A: a line break"),
                draft.headerErrorProperty().get());
    }

    @Test
    void aMockForTheSameMethodAndPathAsAnEarlierOneIsAllowedWithAWarning() {
        MockEditorViewModel draft = blank(USERS);
        draft.pathProperty().set("/api/users");
        assertTrue(draft.validProperty().get(), "duplicates are allowed");
        assertTrue(
                draft.warningsProperty()
                        .get()
                        .contains(
                                "Mock 1 (GET /api/users) comes first and answers these requests: this one would never be used"),
                draft.warningsProperty().get());

        draft.methodProperty().set("POST");
        assertFalse(
                draft.warningsProperty().get().contains("comes first"),
                draft.warningsProperty().get());
    }

    @Test
    void editingTheFirstOfTwoSaysItHidesTheSecond() {
        MockRoute any = new MockRoute("*", "/api/users", 500, "", List.of(), "", 0);
        MockEditorViewModel draft = new MockEditorViewModel(STATUSES, USERS, 0, List.of(USERS, any), "");
        assertEquals(
                "",
                draft.warningsProperty()
                        .get()
                        .lines()
                        .filter(l -> l.contains("mock"))
                        .findAny()
                        .orElse(""));
        draft.methodProperty().set("*");
        assertTrue(
                draft.warningsProperty().get().contains("This mock comes first and answers for mock 2 (* /api/users)"),
                draft.warningsProperty().get());
        assertEquals("Edit mock 1: GET /api/users", draft.title());
        assertEquals(USERS, draft.original());
    }

    @Test
    void warningsSayWhatTheRouteWillDoThatMayBeUnexpected() {
        MockEditorViewModel draft = blank();
        draft.statusProperty().set("204");
        draft.bodyProperty().set("gone");
        assertTrue(
                draft.warningsProperty().get().contains("A 204 No Content carries no body: this body is not sent"),
                draft.warningsProperty().get());

        draft.statusProperty().set("503");
        draft.addHeader();
        draft.headers().get(0).setName("Content-Length");
        draft.headers().get(0).setValue("4");
        String warnings = draft.warningsProperty().get();
        assertTrue(warnings.contains("A 503 Service Unavailable should carry a Retry-After header"), warnings);
        assertTrue(
                warnings.contains("Content-Length is set by the server from the body: this row is not sent"), warnings);
        assertTrue(warnings.contains("No Content-Type header"), warnings);
        assertTrue(draft.validProperty().get(), "warnings never block saving");
    }

    @Test
    void suggestedHeadersAreAddedWithTheCataloguesExampleValues() {
        MockEditorViewModel draft = blank();
        draft.statusProperty().set("301");
        assertTrue(draft.hasSuggestedHeaders());
        draft.addSuggestedHeaders();
        assertEquals(
                List.of("Location"),
                draft.headers().stream().map(HeaderRow::getName).toList());
        assertFalse(draft.headers().get(0).getValue().isBlank());
        assertFalse(draft.hasSuggestedHeaders());
        assertFalse(
                draft.warningsProperty().get().contains("Location"),
                draft.warningsProperty().get());
    }
}
