package dev.statuslab.ui.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.transcript.Exchange;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseViewModelTest {

    private final ResponseViewModel vm = new ResponseViewModel(new BodyViewModel(Runnable::run, Runnable::run));

    @ParameterizedTest(name = "{0} {1} \"{2}\"")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            HTTP/1.1 | 201 | Created        | HTTP/1.1 201 Created
            HTTP/1.1 | 503 | Down For Lunch | HTTP/1.1 503 Down For Lunch
            HTTP/1.1 | 299 | ''             | HTTP/1.1 299
            HTTP/1.0 | 404 | NOT FOUND      | HTTP/1.0 404 NOT FOUND
            """)
    void statusLineIsShownExactlyAsReceived(String version, int code, String reason, String expected) {
        vm.show(Exchanges.response(
                Exchanges.get("/"), new StatusLine(version, code, reason), Headers.empty(), Body.empty()));

        assertEquals(expected, vm.statusLineProperty().get());
        assertEquals(code, vm.codeProperty().get());
        assertEquals(ResponseViewModel.Phase.RESPONSE, vm.phaseProperty().get());
    }

    @Test
    void statusLineKeepsATrailingSpaceThatCameOffTheWire() {
        StatusLine line = new StatusLine("HTTP/1.1", 204, "");
        Exchange e = new Exchange(
                "x",
                Exchanges.STARTED,
                Exchanges.get("/"),
                new HttpResponse(line, Headers.empty(), Body.empty()),
                null,
                "",
                "HTTP/1.1 204 \r\n\r\n",
                Exchanges.TIMINGS);

        vm.show(e);

        assertEquals("HTTP/1.1 204 ", vm.statusLineProperty().get());
    }

    @Test
    void headersKeepReceivedOrderAndCase() {
        Headers headers = Headers.of(
                "content-type", "text/plain", "X-Frame-Options", "DENY", "Set-Cookie", "a=1", "set-cookie", "b=2");

        vm.show(Exchanges.response(200, "OK", headers, "OK"));

        assertEquals(
                List.of(
                        new Header("content-type", "text/plain"),
                        new Header("X-Frame-Options", "DENY"),
                        new Header("Set-Cookie", "a=1"),
                        new Header("set-cookie", "b=2")),
                List.copyOf(vm.headers()));
        assertThrows(UnsupportedOperationException.class, () -> vm.headers().clear());
    }

    @Test
    void jsonIsPrettyPrintedWithKeyOrderAndExactNumbers() {
        String json = "{\"message\":\"Created\",\"price\":1.10,\"ids\":[1,2],\"ok\":true,\"none\":null}";

        vm.show(Exchanges.response(201, "Created", Headers.of("Content-Type", "application/json"), json));

        assertEquals(
                """
                {
                  "message": "Created",
                  "price": 1.10,
                  "ids": [
                    1,
                    2
                  ],
                  "ok": true,
                  "none": null
                }""",
                vm.body().bodyTextProperty().get());
        assertEquals(json, vm.body().rawBodyTextProperty().get());
        assertEquals(BodyLanguage.JSON, vm.body().bodyLanguageProperty().get());
        assertTrue(
                vm.body().shownBodyProperty().get().runs().stream().anyMatch(r -> "json-key".equals(r.styleClass())));
    }

    @Test
    void invalidJsonIsShownAsReceived() {
        vm.show(Exchanges.response(400, "Bad Request", Headers.of("Content-Type", "application/json"), "{oops"));

        assertEquals("{oops", vm.body().bodyTextProperty().get());
    }

    @Test
    void prettyAndRawSwitchTheShownBody() {
        vm.show(Exchanges.response(200, "OK", Headers.of("Content-Type", "application/json"), "{\"a\":1}"));
        assertEquals("{\n  \"a\": 1\n}", vm.body().shownBodyProperty().get().text());

        vm.body().showPretty(false);

        assertEquals("{\"a\":1}", vm.body().shownBodyProperty().get().text());
        assertFalse(vm.body().prettyProperty().get());
    }

    @Test
    void htmlIsKeptAsIsAndColoured() {
        String html = "<!doctype html>\n<p class=\"x\">Not allowed</p>";

        vm.show(Exchanges.response(403, "Forbidden", Headers.of("Content-Type", "text/html; charset=utf-8"), html));

        assertEquals(html, vm.body().bodyTextProperty().get());
        assertEquals(BodyLanguage.HTML, vm.body().bodyLanguageProperty().get());
        assertTrue(
                vm.body().shownBodyProperty().get().runs().stream().anyMatch(r -> "html-tag".equals(r.styleClass())));
    }

    @Test
    void theCharsetOfContentTypeDecodesTheBody() {
        Body latin1 = Body.of("café", StandardCharsets.ISO_8859_1);
        vm.show(Exchanges.response(
                Exchanges.get("/"),
                new StatusLine("HTTP/1.1", 200, "OK"),
                Headers.of("Content-Type", "text/plain; charset=ISO-8859-1"),
                latin1));

        assertEquals("café", vm.body().bodyTextProperty().get());
        assertEquals("4 B", vm.sizeProperty().get());
    }

    @Test
    void binaryContentIsNotShownAsTextButCanBeSaved() {
        vm.show(Exchanges.response(
                Exchanges.get("/logo.png"),
                new StatusLine("HTTP/1.1", 200, "OK"),
                Headers.of("Content-Type", "image/png"),
                Body.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1})));

        assertEquals(BodyLanguage.BINARY, vm.body().bodyLanguageProperty().get());
        assertEquals("", vm.body().bodyTextProperty().get());
        assertTrue(vm.body().bodyNoticeProperty().get().startsWith("Binary content (image/png), 6 B"));
        assertTrue(vm.body().canSaveProperty().get());
        assertEquals("logo.png", vm.body().suggestedFileName());
    }

    @Test
    void timeSizeAndInterimLinesAreLabelled() {
        List<HttpResponse.Interim> interim = List.of(
                new HttpResponse.Interim(new StatusLine("HTTP/1.1", 100, "Continue"), Headers.empty()),
                new HttpResponse.Interim(new StatusLine("HTTP/1.1", 103, "Early Hints"), Headers.of("Link", "</a>")));

        vm.show(Exchanges.response(
                Exchanges.get("/"), interim, new StatusLine("HTTP/1.1", 200, "OK"), Headers.empty(), Body.of("OK")));

        assertEquals("8 ms", vm.timeMsProperty().get());
        assertEquals("2 B", vm.sizeProperty().get());
        assertEquals(List.of("HTTP/1.1 100 Continue", "HTTP/1.1 103 Early Hints"), List.copyOf(vm.interim()));
        assertEquals("HTTP/1.1 200 OK", vm.statusLineProperty().get());
    }

    @Test
    void rawMessageIsTheRequestHeadAsSentThenTheResponseHeadAsReadThenTheBody() {
        vm.show(Exchanges.response(403, "Forbidden", Headers.of("Content-Type", "text/plain"), "Not allowed"));

        assertEquals(
                "GET http://127.0.0.1:8000/x/ HTTP/1.1\r\n\r\n"
                        + "HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\n\r\nNot allowed",
                vm.body().rawMessageProperty().get());
    }

    @Test
    void aFailedExchangeShowsItsFailure() {
        vm.show(Exchanges.failed(Exchanges.get("/"), "Connection refused"));

        assertEquals(ResponseViewModel.Phase.FAILED, vm.phaseProperty().get());
        assertEquals("Connection refused", vm.failureProperty().get());
        assertEquals(0, vm.codeProperty().get());
        assertEquals("", vm.statusLineProperty().get());
        assertTrue(vm.headers().isEmpty());
        assertFalse(vm.body().canSaveProperty().get());
    }

    @Test
    void sendingShowsTheUrlAndClearGoesBackToTheEmptyState() {
        vm.show(Exchanges.response(200, "OK", Headers.empty(), "OK"));

        vm.showSending(Exchanges.request("POST", "/api/messages/"));

        assertEquals(ResponseViewModel.Phase.SENDING, vm.phaseProperty().get());
        assertEquals(
                "Sending… POST http://127.0.0.1:8000/api/messages/",
                vm.placeholderProperty().get());
        assertEquals("", vm.statusLineProperty().get());

        vm.clear();

        assertEquals(ResponseViewModel.Phase.EMPTY, vm.phaseProperty().get());
        assertEquals(
                "Send a request to see the response", vm.placeholderProperty().get());
    }

    @Test
    void resultsOfAnEarlierShowThatFinishLateAreIgnored() {
        Deque<Runnable> background = new ArrayDeque<>();
        ResponseViewModel slow = new ResponseViewModel(new BodyViewModel(background::add, Runnable::run));
        String firstBody = "first" + LARGE;
        String secondBody = "second" + LARGE;
        Exchange first = Exchanges.response(200, "OK", Headers.of("Content-Type", "text/plain"), firstBody);
        Exchange second = Exchanges.response(201, "Created", Headers.of("Content-Type", "text/plain"), secondBody);

        slow.show(first);
        slow.show(second);
        assertTrue(slow.body().loadingProperty().get());
        background.removeLast().run(); // the second finishes first…
        background.removeLast().run(); // …then the first, late

        assertEquals(secondBody, slow.body().bodyTextProperty().get());
        assertEquals("HTTP/1.1 201 Created", slow.statusLineProperty().get());
        assertFalse(slow.body().loadingProperty().get());
    }

    @Test
    void largeBodiesAreDecodedOnTheBackgroundAndAppliedOnFx() {
        Deque<Runnable> background = new ArrayDeque<>();
        Deque<Runnable> fx = new ArrayDeque<>();
        ResponseViewModel queued = new ResponseViewModel(new BodyViewModel(background::add, fx::add));
        String body = "hello" + LARGE;

        queued.show(Exchanges.response(200, "OK", Headers.of("Content-Type", "text/plain"), body));
        assertEquals("", queued.body().bodyTextProperty().get());
        assertEquals("HTTP/1.1 200 OK", queued.statusLineProperty().get());

        background.pop().run();
        assertEquals("", queued.body().bodyTextProperty().get());
        fx.pop().run();
        assertEquals(body, queued.body().bodyTextProperty().get());
    }

    @Test
    void smallBodiesAreDecodedAtOnceSavingAFrame() {
        Deque<Runnable> background = new ArrayDeque<>();
        Deque<Runnable> fx = new ArrayDeque<>();
        ResponseViewModel queued = new ResponseViewModel(new BodyViewModel(background::add, fx::add));

        queued.show(Exchanges.response(200, "OK", Headers.of("Content-Type", "text/plain"), "hello"));
        assertEquals("hello", queued.body().bodyTextProperty().get());
        assertTrue(background.isEmpty(), "nothing was queued for a small body");
        assertFalse(queued.body().loadingProperty().get());
    }

    /** Text that takes a body past the size decoded inline. */
    private static final String LARGE = "x".repeat((int) BodyViewModel.INLINE_DECODE_LIMIT);
}
