package dev.statuslab.core.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files the importer refuses, and how it says where and why. */
class HarFormatErrorsTest {

    private static final String CONTENT = "{\"size\": 2, \"mimeType\": \"text/plain\", \"text\": \"hi\"}";
    private static final String VALID = HarReaderTest.harWithContents(CONTENT, CONTENT);

    @TempDir
    Path spool;

    /** {@code VALID} with the first (or, given a 2nd-entry marker, second) occurrence of a text replaced. */
    private static String changed(String from, String to, boolean secondEntry) {
        int at = VALID.indexOf(from);
        if (secondEntry) {
            at = VALID.indexOf(from, at + from.length());
        }
        assertTrue(at >= 0, from);
        return VALID.substring(0, at) + to + VALID.substring(at + from.length());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '\'',
            textBlock =
                    """
            status as a string    | '"status": 200'          | '"status": "200"'          | false | log.entries[0].response.status: expected a number
            status out of range   | '"status": 200'          | '"status": 42'             | true  | log.entries[1].response.status: expected 0 (no response) or a status code from 100 to 999, not 42
            status not whole      | '"status": 200'          | '"status": 200.5'          | false | log.entries[0].response.status: expected a whole number
            url missing           | '"url": "http://h/", '   | ''                         | false | log.entries[0].request.url: missing (HAR 1.2 requires it)
            url null              | '"url": "http://h/"'     | '"url": null'              | false | log.entries[0].request.url: expected a string
            headers not an array  | '"headers": [],'         | '"headers": {},'           | false | log.entries[0].request.headers: expected an array
            header without value  | '"headers": [],'         | '"headers": [{"name": "A", "value": "1"}, {"name": "B"}],' | false | log.entries[0].request.headers[1].value: missing (HAR 1.2 requires it)
            header value a number | '"headers": [],'         | '"headers": [{"name": "A", "value": 1}],' | false | log.entries[0].request.headers[0].value: expected a string
            a date without offset | '2025-01-01T00:00:00.000Z' | '2025-01-01T00:00:00.000' | false | log.entries[0].startedDateTime: expected an ISO 8601 date and time with offset (2024-05-01T09:15:30.123+02:00), not "2025-01-01T00:00:00.000"
            method not a token    | '"method": "GET"'        | '"method": "GE T"'         | false | log.entries[0].request.method: not a method token: "GE T"
            timings without send  | '"send": 0, '            | ''                         | false | log.entries[0].timings.send: missing (HAR 1.2 requires it)
            timings as an array   | '"timings": {"send": 0, "wait": 0, "receive": 0}' | '"timings": []' | true | log.entries[1].timings: expected an object
            cache missing         | '"cache": {},'           | ''                         | false | log.entries[0].cache: missing (HAR 1.2 requires it)
            content missing size  | '"size": 2, '            | ''                         | true  | log.entries[1].response.content.size: missing (HAR 1.2 requires it)
            creator without name  | '"name": "t", '          | ''                         | false | log.creator.name: missing (HAR 1.2 requires it)
            entries not an array  | '"entries": ['           | '"entries": {"x": ['       | false | log.entries: expected an array
            """)
    void aBrokenFieldIsNamedWithItsPathAndReason(String what, String from, String to, boolean second, String message) {
        HarFormatException e =
                assertThrows(HarFormatException.class, () -> HarFiles.read(changed(from, to, second), spool), what);

        assertEquals(message, e.getMessage());
        assertEquals(message, e.where() + ": " + e.reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '\'',
            textBlock =
                    """
            not JSON at all      | 'HAR?'                    | '' | not valid JSON: Unrecognized token 'HAR'
            an array             | '[]'                      | '' | expected an object
            an empty object      | '{}'                      | 'log' | missing (HAR 1.2 requires it)
            an empty file        | ''                        | '' | expected an object
            a cut-off file       | '{"log": {"version": "1.2", "entries": [' | 'log.entries' | not valid JSON: Unexpected end-of-input
            a duplicate field    | '{"x": 1, "x": 2}'        | 'x' | not valid JSON: Duplicate field 'x'
            two documents        | '{"log": {"version": "1.2", "creator": {"name": "t", "version": "1"}, "entries": []}} {}' | '' | unexpected content after the HAR object
            """)
    void aFileThatIsNotAHarIsRefused(String what, String har, String where, String reasonStart) {
        HarFormatException e = assertThrows(HarFormatException.class, () -> HarFiles.read(har, spool), what);

        assertEquals(where, e.where());
        assertTrue(e.reason().startsWith(reasonStart), e.getMessage());
    }

    @Test
    void badBase64IsNamedWhereverTheEncodingStands() {
        String before = "{\"size\": 2, \"mimeType\": \"x\", \"encoding\": \"base64\", \"text\": \"@@@@\"}";
        String after = "{\"size\": 2, \"mimeType\": \"x\", \"text\": \"@@@@\", \"encoding\": \"base64\"}";

        for (String content : new String[] {before, after}) {
            HarFormatException e = assertThrows(
                    HarFormatException.class, () -> HarFiles.read(HarReaderTest.harWithContents(content), spool));
            assertEquals("log.entries[0].response.content.text", e.where());
            assertTrue(e.reason().startsWith("not valid base64"), e.getMessage());
        }
    }

    @Test
    void aRefusedFileLeavesNoHalfResultAndNoSpooledFiles() throws Exception {
        String big = Base64.getEncoder().encodeToString(new byte[3 * 1024 * 1024]);
        String bigContent = "{\"size\": 1, \"mimeType\": \"x\", \"encoding\": \"base64\", \"text\": \"" + big + "\"}";
        String broken = HarReaderTest.harWithContents(bigContent, bigContent, CONTENT)
                .replaceFirst("(?s)(.*)\"status\": 200", "$1\"status\": \"oops\"");

        HarFormatException e = assertThrows(HarFormatException.class, () -> HarFiles.read(broken, spool));

        assertEquals("log.entries[2].response.status", e.where());
        try (Stream<Path> left = Files.list(spool)) {
            assertEquals(0, left.count(), "the two spooled bodies were deleted");
        }
    }
}
