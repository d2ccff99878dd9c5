package dev.statuslab.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeadersTest {

    @Test
    void keepsOrderCaseAndRepeatsButLooksUpIgnoringCase() {
        Headers h = Headers.of("Set-Cookie", "a=1", "content-type", "text/plain", "SET-COOKIE", "b=2");
        assertEquals(
                List.of("Set-Cookie", "content-type", "SET-COOKIE"),
                h.asList().stream().map(Header::name).toList());
        assertEquals("text/plain", h.first("Content-Type").orElseThrow());
        assertEquals(List.of("a=1", "b=2"), h.all("set-cookie"));
    }

    @Test
    void replacingKeepsThePlaceOfTheFirstLine() {
        Headers h = Headers.of("A", "1", "B", "2", "a", "3").replacing("A", "9");
        assertEquals("[A: 9, B: 2]", h.toString());
        assertEquals("[B: 2]", h.without("a").without("A").toString());
    }

    @Test
    void isImmutable() {
        Headers h = Headers.of("A", "1");
        Headers more = h.with("B", "2");
        assertEquals(1, h.size());
        assertEquals(2, more.size());
        assertThrows(UnsupportedOperationException.class, () -> more.asList().add(new Header("C", "3")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PURGE", "M-SEARCH", "get", "BREW"})
    void anyTokenIsAMethod(String token) {
        assertEquals(token, HttpMethod.of(token).name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "GE T", "GET\r\n", "(GET)", "GÉT"})
    void nonTokensAreNotMethods(String text) {
        assertThrows(IllegalArgumentException.class, () -> HttpMethod.of(text));
    }

    @Test
    void safeAndStandardMethods() {
        assertTrue(HttpMethod.HEAD.isSafe());
        assertFalse(HttpMethod.POST.isSafe());
        assertTrue(HttpMethod.PATCH.isStandard());
        assertFalse(HttpMethod.of("BREW").isStandard());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            HTTP/1.1 201 Created          | HTTP/1.1 | 201 | Created
            HTTP/1.1 404 Not Found        | HTTP/1.1 | 404 | Not Found
            HTTP/1.0 200                  | HTTP/1.0 | 200 | ''
            HTTP/1.1 503 Down For Lunch   | HTTP/1.1 | 503 | Down For Lunch
            """)
    void statusLinesParseExactly(String line, String version, int code, String reason) {
        StatusLine s = StatusLine.parse(line);
        assertEquals(new StatusLine(version, code, reason), s);
        assertEquals(version + " " + code + " " + reason, s.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"200 OK", "HTTP/1.1 20 OK", "HTTP/1.1 abc OK", "garbage"})
    void malformedStatusLinesAreRefused(String line) {
        assertThrows(IllegalArgumentException.class, () -> StatusLine.parse(line));
    }

    @Test
    void fieldValueProblemsAreNamed() {
        assertNull(Tokens.fieldValueProblem("text/html; charset=utf-8\tok"));
        assertTrue(Tokens.fieldValueProblem("a\r\nInjected: 1").contains("line break"));
        assertTrue(Tokens.fieldValueProblem("a\u0000").contains("NUL"));
        assertTrue(Tokens.fieldValueProblem("snow ☃").contains("ISO-8859-1"));
    }
}
