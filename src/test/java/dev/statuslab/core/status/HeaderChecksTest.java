package dev.statuslab.core.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Headers;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Header rules checked against responses (fields built with core.http; the class itself needs only the JDK). */
class HeaderChecksTest {

    private static final StatusCatalog CATALOG = StatusCatalog.load();
    private static final Function<String, List<String>> NONE = name -> List.of();

    /** Headers as "Name=value;Name=value", '' for none. */
    private static Headers headers(String spec) {
        Headers headers = Headers.empty();
        if (spec == null || spec.isBlank()) {
            return headers;
        }
        for (String pair : spec.split(";")) {
            int eq = pair.indexOf('=');
            headers = headers.with(
                    pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return headers;
    }

    private static HeaderChecks.Check find(List<HeaderChecks.Check> checks, String rule) {
        return checks.stream()
                .filter(c -> c.rule().name().equals(rule))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check for " + rule + " in " + checks));
    }

    @ParameterizedTest(name = "{0} {1} [{2}] body {3}: {4} {5}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            302 | GET  | Location=/contact/                 | 0  | Location          | true  | /contact/
            302 | POST | ''                                 | 0  | Location          | false | missing
            302 | GET  | location=/lower-case/              | 0  | Location          | true  | /lower-case/
            301 | GET  | Location=/a/;Location=/b/          | 0  | Location          | true  | /a/, /b/
            405 | POST | Allow=GET, HEAD, OPTIONS           | 0  | Allow             | true  | GET, HEAD, OPTIONS
            405 | POST | ''                                 | 0  | Allow             | false | missing
            401 | GET  | WWW-Authenticate=Basic realm="lab" | 0  | WWW-Authenticate  | true  | Basic realm="lab"
            503 | GET  | Retry-After=120                    | 0  | Retry-After       | true  | 120
            503 | GET  | ''                                 | 0  | Retry-After       | false | missing
            201 | POST | Location=/api/messages/2/          | 20 | Location          | true  | /api/messages/2/
            204 | GET  | Content-Length=0                   | 0  | Content-Length    | false | 0
            204 | GET  | ''                                 | 0  | Content-Length    | true  | not sent
            204 | GET  | ''                                 | 0  | (no content)      | true  | no content
            204 | GET  | ''                                 | 5  | (no content)      | false | 5 bytes of content
            304 | GET  | ETag="v1"                          | 1  | (no content)      | false | 1 byte of content
            200 | HEAD | Content-Length=2                   | 0  | (no content)      | true  | no content
            200 | HEAD | ''                                 | 2  | (no content)      | false | 2 bytes of content
            404 | HEAD | ''                                 | 0  | (no content)      | true  | no content
            """)
    void eachRuleIsCheckedAgainstTheResponse(
            int code, String method, String headerSpec, long bodySize, String rule, boolean satisfied, String detail) {
        List<HeaderChecks.Check> checks =
                HeaderChecks.check(CATALOG.describe(code), headers(headerSpec)::all, method, bodySize);

        HeaderChecks.Check check = find(checks, rule);
        assertEquals(satisfied, check.satisfied(), () -> check.toString());
        assertEquals(detail, check.detail());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            200, GET
            404, GET
            500, GET
            """)
    void aCodeWithoutRulesOrContentLimitsHasNoChecks(int code, String method) {
        assertTrue(HeaderChecks.check(CATALOG.describe(code), NONE, method, 10).isEmpty());
    }

    @Test
    void checksFollowCatalogueOrderWithTheContentCheckLast() {
        List<HeaderChecks.Check> checks =
                HeaderChecks.check(CATALOG.describe(204), Headers.of("Content-Length", "0")::all, "GET", 0);

        assertEquals(
                List.of("Content-Length", "Transfer-Encoding", "(no content)"),
                checks.stream().map(c -> c.rule().name()).toList());
        assertEquals(HeaderRule.Level.FORBIDDEN, checks.get(2).rule().level());
    }

    @Test
    void theContentCheckOfHeadExplainsHeadAndOfA204ExplainsTheCode() {
        String head = find(HeaderChecks.check(CATALOG.describe(200), NONE, "HEAD", 0), "(no content)")
                .rule()
                .why();
        String noContent = find(HeaderChecks.check(CATALOG.describe(204), NONE, "GET", 0), "(no content)")
                .rule()
                .why();

        assertTrue(head.contains("HEAD"), head);
        assertTrue(noContent.contains("204"), noContent);
    }

    @Test
    void aNullMethodIsNotHead() {
        List<HeaderChecks.Check> checks = HeaderChecks.check(CATALOG.describe(200), NONE, null, 3);
        assertTrue(checks.isEmpty());
    }

    @Test
    void anUnregisteredCodeHasOnlyTheChecksOfItsClass() {
        assertTrue(HeaderChecks.check(CATALOG.describe(299), NONE, "GET", 0).isEmpty());
        List<HeaderChecks.Check> interim = HeaderChecks.check(CATALOG.describe(199), NONE, "GET", 4);
        assertEquals(1, interim.size());
        assertFalse(interim.get(0).satisfied());
    }
}
