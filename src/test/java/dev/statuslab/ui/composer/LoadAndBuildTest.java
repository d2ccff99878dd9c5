package dev.statuslab.ui.composer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.scenario.BodyKind;
import dev.statuslab.core.scenario.ReadyRequest;
import dev.statuslab.core.scenario.Scenario;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.ui.common.HeaderRow;
import dev.statuslab.ui.common.Limits;
import dev.statuslab.ui.common.NameValueRow;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Filling the composer from a request, and building the request to send from the composer. */
class LoadAndBuildTest {

    private static final URI BASE = URI.create("http://127.0.0.1:8000");
    private static ScenarioCatalog catalog;

    private final ComposerViewModel vm = new ComposerViewModel();

    @BeforeAll
    static void loadCatalogue() {
        catalog = ScenarioCatalog.load(StatusCatalog.load());
    }

    private static List<String> lines(List<? extends NameValueRow> rows) {
        return rows.stream().map(NameValueRow::toString).toList();
    }

    @Test
    void everyReadyRequestRoundTripsWithItsBodyKind() {
        for (Scenario s : catalog.all()) {
            for (ReadyRequest r : s.requests()) {
                HttpRequest original = r.toHttpRequest(BASE);
                vm.load(original, r.bodyKind());
                assertEquals(original, vm.buildRequest().orElseThrow(), s.id() + ": " + r.label());
                assertEquals(r.bodyKind(), vm.bodyKindProperty().get(), s.id() + ": " + r.label());
            }
        }
    }

    @Test
    void everyReadyRequestRoundTripsWithTheKindInferred() {
        for (Scenario s : catalog.all()) {
            for (ReadyRequest r : s.requests()) {
                HttpRequest original = r.toHttpRequest(BASE);
                vm.load(original, null);
                assertEquals(original, vm.buildRequest().orElseThrow(), s.id() + ": " + r.label());
            }
        }
    }

    @Test
    void loadingTheEchoScenarioFillsEveryField() {
        ReadyRequest echo = catalog.find("anything").orElseThrow().requests().get(0);
        vm.load(echo.toHttpRequest(BASE), echo.bodyKind());

        assertEquals("POST", vm.methodProperty().get());
        assertEquals("http://127.0.0.1:8000/anything?debug=1", vm.urlProperty().get());
        assertEquals(List.of("debug=1"), lines(vm.queryParams()));
        assertEquals(List.of("X-Demo=1"), lines(vm.headers()), "Content-Type comes from the body type");
        assertEquals(BodyKind.JSON, vm.bodyKindProperty().get());
        assertEquals("{\"hello\": \"world\"}", vm.bodyTextProperty().get());
        assertEquals("", vm.bodyWarningProperty().get());
        assertTrue(vm.canSend().get());
    }

    @Test
    void loadReplacesTheWholeDraft() {
        vm.urlProperty().set("http://h/old?a=1&b=2");
        vm.queryParams().get(1).setEnabled(false);
        vm.addHeader();
        vm.headers().get(0).setName("X-Old");
        vm.bodyKindProperty().set(BodyKind.TEXT);
        vm.bodyTextProperty().set("old");

        vm.load(HttpRequest.get("http://h/new?c=3"), null);

        assertEquals("GET", vm.methodProperty().get());
        assertEquals("http://h/new?c=3", vm.urlProperty().get());
        assertEquals(List.of("c=3"), lines(vm.queryParams()));
        assertTrue(vm.headers().isEmpty());
        assertEquals(BodyKind.NONE, vm.bodyKindProperty().get());
        assertEquals("", vm.bodyTextProperty().get());
    }

    @Test
    void loadDropsContentLengthAndKeepsAContentTypeTheBodyKindWouldNotAdd() {
        HttpRequest request = new HttpRequest(
                HttpMethod.PUT,
                "http://h/doc",
                Headers.of("Content-Type", "application/xml", "Content-Length", "4", "Accept", "*/*"),
                Body.of("<a/>"));
        vm.load(request, null);

        assertEquals(BodyKind.TEXT, vm.bodyKindProperty().get());
        assertEquals(List.of("Content-Type=application/xml", "Accept=*/*"), lines(vm.headers()));
        HttpRequest rebuilt = vm.buildRequest().orElseThrow();
        assertEquals(Headers.of("Content-Type", "application/xml", "Accept", "*/*"), rebuilt.headers());
        assertEquals("<a/>", rebuilt.body().text());
    }

    @Test
    void aContentTypeWrittenDifferentlyButMeaningTheSameIsFolded() {
        HttpRequest request = new HttpRequest(
                HttpMethod.POST, "http://h/t", Headers.of("content-type", "text/plain;charset=UTF-8"), Body.of("hi"));
        vm.load(request, null);
        assertEquals(BodyKind.TEXT, vm.bodyKindProperty().get());
        assertTrue(vm.headers().isEmpty());
    }

    @ParameterizedTest(name = "{0} with [{1}] -> {2}")
    @CsvSource(
            delimiter = ';',
            quoteCharacter = '"',
            textBlock =
                    """
            application/json;                    "{}";      JSON
            "application/json; charset=utf-8";   "{}";      JSON
            application/problem+json;            "{}";      JSON
            application/x-www-form-urlencoded;   "a=1";     FORM
            text/plain;                          "hi";      TEXT
            text/html;                           "<p>";     TEXT
            application/octet-stream;            "xyz";     TEXT
            "";                                  "xyz";     TEXT
            application/json;                    "";        NONE
            """)
    void theBodyKindIsInferredFromTheContentType(String contentType, String body, BodyKind expected) {
        assertEquals(expected, BodyKinds.infer(contentType, body));
    }

    @Test
    void aNoneHintWithABodyStillKeepsTheBody() {
        HttpRequest request = new HttpRequest(
                HttpMethod.POST, "http://h/api", Headers.of("Content-Type", "application/json"), Body.of("{}"));
        vm.load(request, BodyKind.NONE);
        assertEquals(BodyKind.JSON, vm.bodyKindProperty().get());
        assertEquals(request, vm.buildRequest().orElseThrow());
    }

    @Test
    void buildingNeverClearsTheDraft() {
        vm.methodProperty().set("PATCH");
        vm.urlProperty().set("http://h/p?a=1#frag");
        vm.addHeader();
        vm.headers().get(0).setName("X-A");
        vm.headers().get(0).setValue("1");
        vm.bodyKindProperty().set(BodyKind.JSON);
        vm.bodyTextProperty().set("{\"a\": 1}");

        HttpRequest first = vm.buildRequest().orElseThrow();
        HttpRequest second = vm.buildRequest().orElseThrow();

        assertEquals(first, second);
        assertEquals("PATCH", vm.methodProperty().get());
        assertEquals("http://h/p?a=1#frag", vm.urlProperty().get());
        assertEquals(List.of("a=1"), lines(vm.queryParams()));
        assertEquals(List.of("X-A=1"), lines(vm.headers()));
        assertEquals("{\"a\": 1}", vm.bodyTextProperty().get());
    }

    @Test
    void theBuiltRequestHasActiveHeadersInOrderAndAContentTypeFromTheBodyKind() {
        vm.methodProperty().set("POST");
        vm.urlProperty().set("http://h/p?a=1#frag");
        vm.headers()
                .addAll(
                        new HeaderRow(true, "X-B", "2"),
                        new HeaderRow(false, "X-Off", "0"),
                        new HeaderRow(),
                        new HeaderRow(true, "X-A", "1"));
        vm.bodyKindProperty().set(BodyKind.FORM);
        vm.bodyTextProperty().set("name=&email=");

        HttpRequest built = vm.buildRequest().orElseThrow();

        assertEquals("http://h/p?a=1", built.url(), "the fragment is not sent");
        assertEquals(
                Headers.of("X-B", "2", "X-A", "1", "Content-Type", "application/x-www-form-urlencoded"),
                built.headers());
        assertEquals("name=&email=", built.body().text());
    }

    @Test
    void aContentTypeRowWinsOverTheBodyKind() {
        vm.methodProperty().set("POST");
        vm.urlProperty().set("http://h/p");
        vm.headers().add(new HeaderRow(true, "content-type", "application/vnd.api+json"));
        vm.bodyKindProperty().set(BodyKind.JSON);
        vm.bodyTextProperty().set("{}");
        assertEquals(
                Headers.of("content-type", "application/vnd.api+json"),
                vm.buildRequest().orElseThrow().headers());
    }

    @Test
    void noneSendsNoBodyAndNoContentType() {
        vm.methodProperty().set("POST");
        vm.urlProperty().set("http://h/p");
        vm.bodyTextProperty().set("ignored");
        HttpRequest built = vm.buildRequest().orElseThrow();
        assertTrue(built.body().isEmpty());
        assertFalse(built.headers().has("Content-Type"));
        assertEquals("ignored", vm.bodyTextProperty().get());
    }

    @Test
    void anExtensionMethodIsSentAsTyped() {
        vm.methodProperty().set("PROPFIND");
        vm.urlProperty().set("http://h/dav/");
        assertEquals("PROPFIND", vm.buildRequest().orElseThrow().method().name());
    }

    @Test
    void aBodyTooLargeToEditIsKeptAsLoadedAndSentUnchanged() {
        Body big = Body.of("{\"x\": \"" + "a".repeat((int) Limits.EDITOR_CAP) + "\"}");
        HttpRequest original = new HttpRequest(
                HttpMethod.POST, "http://127.0.0.1:8000/anything", Headers.of("Content-Type", "application/json"), big);

        vm.load(original, null);

        assertEquals(big, vm.keptBodyProperty().get());
        assertEquals("", vm.bodyTextProperty().get(), "the editor does not lay out the large body");
        assertEquals(BodyKind.JSON, vm.bodyKindProperty().get(), "the kind is read from the start of the body");
        assertEquals(original, vm.buildRequest().orElseThrow());

        vm.editKeptBody();
        assertEquals(null, vm.keptBodyProperty().get());
        assertEquals(big.text(), vm.bodyTextProperty().get());
        assertEquals(original, vm.buildRequest().orElseThrow());

        vm.load(original, null);
        vm.keepBody(null);
        assertEquals(0, vm.buildRequest().orElseThrow().body().size());
    }
}
