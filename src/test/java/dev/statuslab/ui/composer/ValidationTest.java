package dev.statuslab.ui.composer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.scenario.BodyKind;
import dev.statuslab.ui.common.HeaderRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The composer's live messages, and which of them block sending. */
class ValidationTest {

    private final ComposerViewModel vm = new ComposerViewModel();

    @BeforeEach
    void aValidDraft() {
        vm.methodProperty().set("GET");
        vm.urlProperty().set("http://127.0.0.1:8000/simple/");
    }

    @ParameterizedTest(name = "method [{0}] -> [{1}]")
    @CsvSource(
            delimiter = ';',
            quoteCharacter = '"',
            textBlock =
                    """
            GET;        ""
            PATCH;      ""
            M-SEARCH;   ""
            get;        ""
            "X!#$%&'*+-.^_`|~"; ""
            "";         "Enter a method, e.g. GET"
            "GE T";     "Method must be a token: letters, digits and !#$%&'*+-.^_`|~"
            "GET:";     "Method must be a token: letters, digits and !#$%&'*+-.^_`|~"
            "(GET)";    "Method must be a token: letters, digits and !#$%&'*+-.^_`|~"
            "GÉT";      "Method must be a token: letters, digits and !#$%&'*+-.^_`|~"
            """)
    void theMethodMustBeAToken(String method, String expected) {
        vm.methodProperty().set(method);
        assertEquals(expected, vm.methodErrorProperty().get());
        assertEquals(expected.isEmpty(), vm.canSend().get());
        assertEquals(expected.isEmpty(), vm.buildRequest().isPresent());
    }

    @ParameterizedTest(name = "url [{0}] -> [{1}]")
    @CsvSource(
            delimiter = ';',
            quoteCharacter = '"',
            textBlock =
                    """
            http://127.0.0.1:8000/simple/;          ""
            https://example.com;                    ""
            HTTP://localhost:8000/status/200,500;   ""
            http://h/status/200:3,500:1?a=1#frag;   ""
            http://[::1]:8000/;                     ""
            "";                                     "Enter a URL, e.g. http://127.0.0.1:8000/simple/"
            http://h/a b;                           ""
            " http://h/";                           ""
            http://h/{x};                           ""
            http://h/é;                             ""
            http://h/%zz;                           ""
            ht!tp://x;                              "Invalid scheme 'ht!tp': a scheme is a letter, then letters, digits, + - or . (use http:// or https://)"
            ://x;                                   "Not a URL: missing scheme (http://…)"
            127.0.0.1:8000/simple/;                 "Not a URL: missing scheme (http://…)"
            localhost:8000/simple/;                 "Not a URL: missing scheme (http://…)"
            /simple/;                               "Not a URL: missing scheme (http://…)"
            ftp://h/x;                              "Unsupported scheme 'ftp': use http:// or https://"
            http:/h/x;                              "Not a URL: expected // after 'http:'"
            http:///x;                              "Not a URL: missing host"
            http://h:abc/;                          "Not a URL: invalid host or port in 'h:abc'"
            http://h:99999/;                        "Port must be between 1 and 65535, got 99999"
            http://h/a#b#c;                         "Not a URL: Illegal character in fragment at position 13"
            """)
    void theUrlMustBeAbsoluteHttp(String url, String expected) {
        vm.urlProperty().set(url);
        assertEquals(expected, vm.urlErrorProperty().get());
        assertEquals(expected.isEmpty(), vm.canSend().get());
    }

    @ParameterizedTest(name = "typed [{0}] is sent as [{1}]")
    @CsvSource(
            delimiter = ';',
            quoteCharacter = '"',
            textBlock =
                    """
            http://h/a b?q=hello world;   http://h/a%20b?q=hello%20world;   "Sent as http://h/a%20b?q=hello%20world"
            http://h/é;                   http://h/%C3%A9;                  "Sent as http://h/%C3%A9"
            http://h/a%20b;               http://h/a%20b;                   ""
            """)
    void typedUrlsAreSentEncodedAsPostmanDoesAndTheEncodedFormIsShown(String typed, String target, String note) {
        vm.urlProperty().set(typed);
        assertEquals(target, vm.buildRequest().orElseThrow().url());
        assertEquals(note, vm.urlNoteProperty().get());
    }

    @ParameterizedTest(name = "header [{0}: {1}] -> [{2}]")
    @CsvSource(
            delimiter = ';',
            quoteCharacter = '"',
            textBlock =
                    """
            X-Demo;     1;        ""
            X-Demo;     "";       ""
            X-Demo;     café;     ""
            "X Demo";   1;        "Header row 2: 'X Demo' is not a valid name (letters, digits and !#$%&'*+-.^_`|~ only)"
            "X-Demo:";  1;        "Header row 2: 'X-Demo:' is not a valid name (letters, digits and !#$%&'*+-.^_`|~ only)"
            "";         1;        "Header row 2: the name is empty"
            X-Demo;     5 €;      "Header row 2 (X-Demo): character '€' is outside ISO-8859-1; encode it first"
            """)
    void headerRowsMustFitOnTheWire(String name, String value, String expected) {
        vm.addHeader();
        vm.headers().get(0).setName("Accept");
        vm.headers().get(0).setValue("*/*");
        vm.addHeader();
        vm.headers().get(1).setName(name);
        vm.headers().get(1).setValue(value);
        assertEquals(expected, vm.headerErrorProperty().get());
        assertEquals(expected.isEmpty(), vm.canSend().get());
        assertEquals(
                expected.isEmpty() ? null : vm.headers().get(1),
                vm.invalidHeaderRowProperty().get());
    }

    @Test
    void aCarriageReturnInAHeaderValueBlocksAndNamesTheRow() {
        vm.addHeader();
        vm.headers().get(0).setName("Accept");
        vm.addHeader();
        HeaderRow evil = vm.headers().get(1);
        evil.setName("X-Evil");
        evil.setValue("a\rSet-Cookie: x=1");

        assertEquals(
                "Header row 2 (X-Evil): a line break (CR or LF) cannot be part of a header value",
                vm.headerErrorProperty().get());
        assertSame(evil, vm.invalidHeaderRowProperty().get());
        assertFalse(vm.canSend().get());
        assertTrue(vm.buildRequest().isEmpty());
        assertEquals("a\rSet-Cookie: x=1", evil.getValue(), "the draft is kept");

        evil.setEnabled(false);
        assertEquals("", vm.headerErrorProperty().get());
        assertNull(vm.invalidHeaderRowProperty().get());
        assertTrue(vm.canSend().get());
    }

    @Test
    void aControlCharacterInAHeaderValueBlocks() {
        vm.addHeader();
        vm.headers().get(0).setName("X-Bell");
        vm.headers().get(0).setValue("ding\u0007");
        assertEquals(
                "Header row 1 (X-Bell): control character U+0007 is not allowed in a header value",
                vm.headerErrorProperty().get());
    }

    @Test
    void blankHeaderRowsAreNeitherCheckedNorSent() {
        vm.addHeader();
        assertEquals("", vm.headerErrorProperty().get());
        assertTrue(vm.buildRequest().orElseThrow().headers().isEmpty());
    }

    @Test
    void invalidJsonWarnsButIsStillSent() {
        vm.methodProperty().set("POST");
        vm.bodyKindProperty().set(BodyKind.JSON);
        vm.bodyTextProperty().set("{not json");

        assertTrue(
                vm.bodyWarningProperty().get().startsWith("Invalid JSON at line 1, column 2: "),
                vm.bodyWarningProperty().get());
        assertTrue(vm.canSend().get(), "a test tool sends bad JSON on purpose");
        assertEquals("{not json", vm.buildRequest().orElseThrow().body().text());
    }

    @Test
    void theJsonWarningPointsAtTheLineAndColumn() {
        vm.methodProperty().set("POST");
        vm.bodyKindProperty().set(BodyKind.JSON);
        vm.bodyTextProperty().set("{\n  \"name\": \"Ada\",\n  \"email\" \"ada@example.com\"\n}");
        assertTrue(
                vm.bodyWarningProperty().get().startsWith("Invalid JSON at line 3, column 11: "),
                vm.bodyWarningProperty().get());

        vm.bodyTextProperty().set("{\"a\": 1} trailing");
        assertTrue(
                vm.bodyWarningProperty().get().startsWith("Invalid JSON at line 1, column "),
                vm.bodyWarningProperty().get());

        vm.bodyTextProperty().set("{\"name\": \"Ada\", \"n\": [1, 2.5, true, null]}");
        assertEquals("", vm.bodyWarningProperty().get());
    }

    @ParameterizedTest(name = "{0} {1} [{2}] -> [{3}]")
    @CsvSource(
            delimiter = ';',
            quoteCharacter = '"',
            textBlock =
                    """
            POST;    FORM;  "name=&email=";   ""
            POST;    TEXT;  "hello";          ""
            POST;    JSON;  "";               ""
            POST;    NONE;  "";               ""
            GET;     TEXT;  "hello";          ""
            HEAD;    FORM;  "a=1";            ""
            GET;     JSON;  "";               ""
            POST;    NONE;  "left over";      "The body type is none: this text is not sent"
            """)
    void bodyWarningsNeverBlock(String method, BodyKind kind, String body, String expected) {
        vm.methodProperty().set(method);
        vm.bodyKindProperty().set(kind);
        vm.bodyTextProperty().set(body);
        assertEquals(expected, vm.bodyWarningProperty().get());
        assertTrue(vm.canSend().get());
    }

    @Test
    void aBodyOnGetOrHeadGetsANoteAndOneClickDropsItKeepingTheText() {
        BodyOnGet onGet = new BodyOnGet(vm);
        vm.bodyKindProperty().set(BodyKind.JSON);
        vm.bodyTextProperty().set("[1,");
        assertTrue(vm.bodyWarningProperty().get().startsWith("Invalid JSON at line 1"));
        assertEquals(
                "GET with a body: most servers ignore it", onGet.noteProperty().get());
        vm.methodProperty().set("HEAD");
        assertEquals(
                "HEAD with a body: most servers ignore it", onGet.noteProperty().get());
        vm.methodProperty().set("POST");
        assertEquals("", onGet.noteProperty().get());
        vm.methodProperty().set("GET");

        onGet.dontSend();
        assertEquals("", onGet.noteProperty().get());
        assertTrue(vm.buildRequest().orElseThrow().body().isEmpty(), "no body is sent");
        assertEquals("[1,", vm.bodyTextProperty().get(), "the text typed is kept");
    }

    @Test
    void messagesAreRecomputedLive() {
        vm.methodProperty().set("GE T");
        vm.urlProperty().set("nope");
        assertFalse(vm.canSend().get());
        vm.methodProperty().set("GET");
        assertFalse(vm.canSend().get());
        vm.urlProperty().set("http://h/");
        assertTrue(vm.canSend().get());
        assertEquals("", vm.methodErrorProperty().get());
        assertEquals("", vm.urlErrorProperty().get());
    }
}
