package dev.statuslab.ui.explanation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.scenario.SimulatorNotes;
import dev.statuslab.core.status.HeaderChecks;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.ui.response.Exchanges;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExplanationViewModelTest {

    private static final StatusCatalog CATALOG = StatusCatalog.load();

    private final ExplanationViewModel vm = new ExplanationViewModel(CATALOG);

    @Test
    void aCreatedResponseIsExplainedFromTheCatalogue() {
        vm.show(Exchanges.response(201, "Created", Headers.of("Content-Type", "application/json"), "{}"));

        assertTrue(vm.shownProperty().get());
        assertEquals(201, vm.codeProperty().get());
        assertEquals("201 Created", vm.titleProperty().get());
        assertEquals("Successful", vm.classNameProperty().get());
        assertEquals("", vm.registrationNoteProperty().get());
        assertEquals(CATALOG.describe(201).meaning(), vm.meaningProperty().get());
        assertEquals(
                CATALOG.describe(201).djangoSnippet(),
                vm.djangoSnippetProperty().get());
        assertEquals("RFC 9110 §15.3.2", vm.rfcLabelProperty().get());
        assertEquals(
                "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2",
                vm.rfcUrlProperty().get());
        assertEquals(CATALOG.describe(201).mistakes(), List.copyOf(vm.mistakes()));
        assertEquals("", vm.noteProperty().get());
    }

    @ParameterizedTest(name = "302 with Location \"{0}\" -> {1}")
    @CsvSource(
            textBlock =
                    """
            /contact/, true,  /contact/
            '',        false, missing
            """)
    void aRedirectIsCheckedForItsLocation(String location, boolean satisfied, String detail) {
        Headers headers = location.isEmpty() ? Headers.empty() : Headers.of("Location", location);

        vm.show(Exchanges.response(
                Exchanges.request("POST", "/contact/"),
                new StatusLine("HTTP/1.1", 302, "Found"),
                headers,
                Body.empty()));

        assertTrue(vm.checkedProperty().get());
        HeaderChecks.Check check = vm.checks().get(0);
        assertEquals("Location", check.rule().name());
        assertEquals(satisfied, check.satisfied());
        assertEquals(detail, check.detail());
    }

    @Test
    void checksUseTheMethodAndBodySizeOfThisExchange() {
        vm.show(Exchanges.response(
                Exchanges.request("HEAD", "/ping/"),
                new StatusLine("HTTP/1.1", 200, "OK"),
                Headers.of("Content-Length", "4"),
                Body.of("pong")));

        HeaderChecks.Check content = vm.checks().get(0);
        assertEquals(HeaderChecks.NO_CONTENT, content.rule().name());
        assertFalse(content.satisfied());
        assertEquals(SimulatorNotes.HEAD, vm.noteProperty().get());
    }

    @Test
    void anUnregisteredCodeFallsBackToItsClass() {
        vm.show(Exchanges.response(299, "Custom Reason", Headers.empty(), "ok"));

        assertEquals(299, vm.codeProperty().get());
        assertEquals("299 Unknown", vm.titleProperty().get());
        assertEquals("Successful", vm.classNameProperty().get());
        assertEquals("Not in the IANA registry", vm.registrationNoteProperty().get());
        assertEquals(CATALOG.describe(200 + 99).meaning(), vm.meaningProperty().get());
        assertFalse(vm.mistakes().isEmpty());
        assertTrue(vm.checks().isEmpty());
        assertEquals("", vm.noteProperty().get(), "no reason-phrase note for an unregistered code");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            textBlock =
                    """
            305, Deprecated
            306, Unused
            418, Unused
            510, Obsoleted
            104, Temporary registration
            404, ''
            """)
    void theRegistrationIsNoted(int code, String note) {
        vm.showCode(code);
        assertEquals(note, vm.registrationNoteProperty().get());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            connection reset after 0 bytes                                               | Connection reset (TCP RST)
            the server closed the connection without sending a response (an empty reply) | Empty reply
            the server sent a malformed chunk after 57 bytes (Bad chunk header: zz)      | Malformed chunked body
            the server sent 64 bytes that are not an HTTP response (no HTTP/1.x status line) | Not HTTP at all
            the server closed the connection before the response was complete after 470 bytes (x) | Body shorter than its Content-Length
            """)
    void aFaultIsExplainedWithHowAClientShouldCope(String failure, String title) {
        vm.show(Exchanges.failed(Exchanges.get("/"), failure));

        String shown = vm.placeholderProperty().get();
        assertTrue(shown.startsWith("No response: " + failure + "\n\n" + title + ". "), shown);
        assertTrue(shown.contains("How a client should cope: "), shown);
    }

    @Test
    void aFailedExchangeSaysThereWasNoResponse() {
        vm.show(Exchanges.response(201, "Created", Headers.empty(), "x"));

        vm.show(Exchanges.failed(Exchanges.get("/"), "Connection refused"));

        assertFalse(vm.shownProperty().get());
        assertEquals("No response: Connection refused", vm.placeholderProperty().get());
        assertEquals(0, vm.codeProperty().get());
        assertEquals("", vm.titleProperty().get());
        assertTrue(vm.checks().isEmpty());
        assertTrue(vm.mistakes().isEmpty());
    }

    @Test
    void aCodeOnItsOwnListsItsRulesWithoutChecking() {
        vm.showCode(405);

        assertEquals("405 Method Not Allowed", vm.titleProperty().get());
        assertFalse(vm.checkedProperty().get());
        assertTrue(vm.checks().isEmpty());
        assertEquals("Allow", vm.rules().get(0).name());
    }

    @Test
    void a204NotesThatTheSimulatorOmitsContentLength() {
        vm.show(Exchanges.response(204, "No Content", Headers.empty(), ""));

        assertEquals(SimulatorNotes.NO_CONTENT_LENGTH, vm.noteProperty().get());
        assertTrue(vm.checks().stream().allMatch(HeaderChecks.Check::satisfied));
    }

    @ParameterizedTest(name = "403 \"{0}\" -> csrf note {1}")
    @CsvSource(
            textBlock =
                    """
            '<h1>Forbidden <span>(403)</span></h1><p>CSRF verification failed. Request aborted.</p>', true
            Not allowed, false
            """)
    void aCsrfFailureIsAttributedToTheMiddleware(String body, boolean csrf) {
        vm.show(Exchanges.response(403, "Forbidden", Headers.of("Content-Type", "text/html"), body));

        assertEquals(csrf ? SimulatorNotes.CSRF : "", vm.noteProperty().get());
    }

    @Test
    void aCustomReasonPhraseIsPointedOut() {
        vm.show(Exchanges.response(503, "Down For Lunch", Headers.of("Retry-After", "60"), "later"));

        assertEquals("503 Service Unavailable", vm.titleProperty().get());
        assertTrue(
                vm.noteProperty().get().contains("\"Down For Lunch\""),
                vm.noteProperty().get());
    }

    @Test
    void aCodeOutsideTheClassesIsNotExplained() {
        vm.show(Exchanges.response(799, "Odd", Headers.empty(), ""));

        assertFalse(vm.shownProperty().get());
        assertEquals(799, vm.codeProperty().get());
        assertTrue(vm.placeholderProperty().get().contains("799"));
    }

    @Test
    void clearGoesBackToTheEmptyState() {
        vm.showCode(404);
        vm.clear();

        assertFalse(vm.shownProperty().get());
        assertEquals(ExplanationViewModel.EMPTY_TEXT, vm.placeholderProperty().get());
        assertTrue(vm.rules().isEmpty());
    }

    @Test
    void anExchangeTheSimulatorAnsweredSaysWhichDjangoAndWhatChangedSince() {
        String page = "\n<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Server Error (500)</title>\n</head>\n";
        vm.show(Exchanges.response(
                        500, "Internal Server Error", Headers.of("Content-Type", "text/html", "Vary", "Cookie"), page)
                .answeredByDjango("3.2"));

        String note = vm.noteProperty().get();
        assertTrue(note.startsWith("Answered by the simulator as Django 3.2"), note);
        assertTrue(note.contains("Changed in Django 4.0: the stock error pages"), note);
        assertTrue(note.contains("no longer carries Vary: Cookie"), note);
    }

    @Test
    void theInDjangoTextFollowsTheVersionThatAnswered() {
        vm.show(Exchanges.response(307, "Temporary Redirect", Headers.of("Location", "/upload/"), "")
                .answeredByDjango("4.2"));
        assertTrue(vm.djangoProperty().get().startsWith("No redirect class keeps the method before Django 5.2"));
        assertFalse(vm.djangoSnippetProperty().get().contains("preserve_request"));

        vm.show(Exchanges.response(307, "Temporary Redirect", Headers.of("Location", "/upload/"), "")
                .answeredByDjango("5.2"));
        assertEquals(CATALOG.describe(307).django(), vm.djangoProperty().get());
        assertTrue(vm.djangoSnippetProperty().get().contains("preserve_request=True"));
    }

    @Test
    void anExchangeFromElsewhereGetsNoDjangoVersionNotes() {
        vm.show(Exchanges.response(
                500, "Internal Server Error", Headers.of("Content-Type", "text/html"), "\n<!doctype html>\n"));
        assertEquals("", vm.noteProperty().get());
    }
}
