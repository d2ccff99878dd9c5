package dev.statuslab.core.lint;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Headers;
import dev.statuslab.core.status.StatusCatalog;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A response that cannot be parsed is itself a finding, never an exception. */
class UnparsableResponseTest {

    private static final Linter LINTER = new Linter(StatusCatalog.load());

    private static List<Finding> lint(byte[] raw) {
        return LINTER.lintRaw(raw, "GET", "http", Headers.empty());
    }

    private static List<Finding> lint(String raw) {
        return lint(raw.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void garbageBytesAreOneUnparsableFinding() {
        List<Finding> findings = lint(new byte[] {0x16, 0x03, 0x01, 0x00, (byte) 0xa5, 0x01, 0x00});
        assertEquals(1, findings.size(), findings::toString);
        assertEquals("framing.unparsable", findings.get(0).id());
        assertTrue(
                findings.get(0).message().contains("\\x16\\x03"),
                findings.get(0).message());
    }

    @Test
    void nothingAtAllIsAConnectionClosedWithoutAResponse() {
        List<Finding> findings = lint(new byte[0]);
        assertEquals("framing.unparsable", findings.get(0).id());
        assertEquals("the connection closed without a response", findings.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTP/1.1 200 OK\r\nContent-Type: text/pl", "HTTP/1.1 200", "HTTP/1.1 200 OK\r\n"})
    void aTruncatedHeadIsAnIncompleteFinding(String raw) {
        List<Finding> findings = lint(raw);
        assertEquals(1, findings.size(), findings::toString);
        assertEquals("framing.incomplete", findings.get(0).id());
        assertTrue(findings.get(0).message().startsWith("the head ends after " + raw.length() + " bytes"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "HTTP/1.1 2000 OK\r\n\r\n",
                "HTTP/1.1 abc OK\r\n\r\n",
                "HTTP/9 200 OK\r\n\r\n",
                "<html>hello</html>\n\n"
            })
    void aStatusLineThatDoesNotParseIsAnUnparsableFinding(String raw) {
        List<Finding> findings = lint(raw);
        assertEquals(
                List.of("framing.unparsable"),
                findings.stream().map(Finding::id).toList());
    }

    @Test
    void brokenChunksAreAnIncompleteFindingAndTheRestIsStillJudged() {
        List<Finding> findings = lint("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n");
        assertTrue(
                findings.stream()
                        .anyMatch(f -> f.id().equals("framing.incomplete")
                                && f.message().contains("\"zz\" is not a hexadecimal number")),
                findings::toString);
        assertTrue(findings.stream().anyMatch(f -> f.id().equals("field.missing-date")), findings::toString);
    }

    @Test
    void randomAndMutatedBytesNeverThrow() {
        Random random = new Random(14);
        byte[] valid = LintCases.r(
                "200 OK",
                "{\"a\": 1}",
                "Content-Type: application/json",
                "Set-Cookie: a=b; Secure",
                "Cache-Control: max-age=\"60\", private",
                "Content-Range: bytes 0-1/2");
        for (int i = 0; i < 3000; i++) {
            byte[] raw;
            if (i % 2 == 0) {
                raw = new byte[random.nextInt(300)];
                random.nextBytes(raw);
            } else {
                raw = valid.clone();
                for (int m = 0; m < 1 + random.nextInt(6); m++) {
                    raw[random.nextInt(raw.length)] = (byte) random.nextInt(256);
                }
                raw = Arrays.copyOf(raw, random.nextInt(raw.length + 1));
            }
            byte[] bytes = raw;
            List<Finding> findings = assertDoesNotThrow(() -> lint(bytes));
            if (i % 2 == 0) {
                assertEquals(
                        List.of("framing.unparsable"),
                        findings.stream().map(Finding::id).toList());
            }
        }
    }
}
