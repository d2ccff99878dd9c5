package dev.statuslab.ui.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Headers;
import dev.statuslab.ui.common.Formats;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyDecodingTest {

    @ParameterizedTest(name = "{0} bytes = {1}")
    @CsvSource(
            textBlock =
                    """
            0,        0 B
            2,        2 B
            1023,     1023 B
            1024,     1 KB
            1434,     1.4 KB
            2097152,  2 MB
            5242880,  5 MB
            54945382, 52.4 MB
            1073741824, 1 GB
            """)
    void sizesAreLabelledInBinaryUnits(long bytes, String label) {
        assertEquals(label, Formats.size(bytes));
    }

    @ParameterizedTest(name = "{0} ms = {1}")
    @CsvSource(
            textBlock =
                    """
            12,    12 ms
            8.4,   8 ms
            0.3,   <1 ms
            0,     0 ms
            """)
    void timesAreLabelledInMilliseconds(double millis, String label) {
        assertEquals(label, Formats.millis(millis));
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            application/json                   | {}          | JSON
            application/problem+json           | {}          | JSON
            text/html; charset=utf-8           | <p>         | HTML
            text/plain                         | OK          | TEXT
            application/xml                    | <a/>        | TEXT
            image/png                          | PNG         | BINARY
            application/octet-stream           | abc         | BINARY
            ''                                 | {"a":1}     | JSON
            ''                                 | <!DOCTYPE html><html> | HTML
            ''                                 | pong        | TEXT
            application/vnd.lab                | hello       | TEXT
            """)
    void theLanguageComesFromContentTypeOrTheFirstBytes(String contentType, String body, BodyLanguage expected) {
        assertEquals(expected, BodyDecoder.language(contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bytesWithNulsAreBinaryWhateverTheyClaim() {
        assertEquals(BodyLanguage.BINARY, BodyDecoder.language("", new byte[] {'a', 0, 'b'}));
    }

    @Test
    void aPreviewCutInsideAUtf8CharacterDropsTheHalfCharacter() {
        byte[] euro = "ab€".getBytes(StandardCharsets.UTF_8); // € is 3 bytes
        byte[] cut = Arrays.copyOf(euro, euro.length - 1);

        BodyDecoder.Decoded decoded = BodyDecoder.decode(cut, 10, true, Headers.of("Content-Type", "text/plain"));

        assertEquals("ab", decoded.text());
        assertEquals(euro.length, BodyDecoder.completeUtf8Length(euro));
    }

    @Test
    void jsonKeysStringsNumbersAndLiteralsAreColouredDifferently() {
        String json = "{\"a\": \"b\", \"n\": -1.5e3, \"t\": true}";
        List<StyledText.Run> runs = SyntaxHighlighter.json(json);

        assertEquals(
                json.length(), runs.stream().mapToInt(StyledText.Run::length).sum());
        assertEquals("\"a\"", textOf(json, runs, "json-key", 0));
        assertEquals("\"b\"", textOf(json, runs, "json-string", 0));
        assertEquals("-1.5e3", textOf(json, runs, "json-number", 0));
        assertEquals("true", textOf(json, runs, "json-literal", 0));
    }

    @Test
    void htmlTagsAttributesValuesAndCommentsAreColoured() {
        String html = "<!-- c --><a href=\"/x\" hidden>link</a>";
        List<StyledText.Run> runs = SyntaxHighlighter.html(html);

        assertEquals(
                html.length(), runs.stream().mapToInt(StyledText.Run::length).sum());
        assertEquals("<!-- c -->", textOf(html, runs, "html-comment", 0));
        assertEquals("<a", textOf(html, runs, "html-tag", 0));
        assertEquals("href", textOf(html, runs, "html-attribute", 0));
        assertEquals("\"/x\"", textOf(html, runs, "html-value", 0));
        assertEquals("hidden", textOf(html, runs, "html-attribute", 1));
        assertEquals("</a>", textOf(html, runs, "html-tag", 2));
    }

    @Test
    void textBeyondTheLimitStaysPlain() {
        String big = "[" + "1,".repeat(SyntaxHighlighter.LIMIT) + "1]";
        assertTrue(SyntaxHighlighter.highlight(big, BodyLanguage.JSON).runs().isEmpty());
    }

    @Test
    void aFileNameIsSuggestedFromTheUrl() {
        assertEquals("messages.json", WireText.fileName("http://127.0.0.1:8000/api/messages", BodyLanguage.JSON));
        assertEquals("response.html", WireText.fileName("http://127.0.0.1:8000/", BodyLanguage.HTML));
        assertEquals("report.pdf", WireText.fileName("http://h/files/report.pdf", BodyLanguage.BINARY));
    }

    /** The text of the n-th run with that style. */
    private static String textOf(String text, List<StyledText.Run> runs, String style, int n) {
        int at = 0;
        int seen = 0;
        for (StyledText.Run run : runs) {
            if (style.equals(run.styleClass()) && seen++ == n) {
                return text.substring(at, at + run.length());
            }
            at += run.length();
        }
        throw new AssertionError("no run " + n + " of " + style);
    }
}
