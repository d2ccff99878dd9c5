package dev.statuslab.core.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.status.HeaderRule.Level;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusFactsTest {

    private static final StatusCatalog CATALOG = StatusCatalog.load();

    @ParameterizedTest(name = "{0} {2} {1}")
    @CsvSource(
            textBlock =
                    """
            301, Location,            REQUIRED
            302, Location,            REQUIRED
            303, Location,            REQUIRED
            307, Location,            REQUIRED
            308, Location,            REQUIRED
            300, Location,            RECOMMENDED
            201, Location,            RECOMMENDED
            401, WWW-Authenticate,    REQUIRED
            405, Allow,               REQUIRED
            407, Proxy-Authenticate,  REQUIRED
            426, Upgrade,             REQUIRED
            426, Connection,          REQUIRED
            101, Upgrade,             REQUIRED
            101, Connection,          REQUIRED
            206, Content-Range,       REQUIRED
            416, Content-Range,       RECOMMENDED
            226, ETag,                REQUIRED
            429, Retry-After,         RECOMMENDED
            503, Retry-After,         RECOMMENDED
            451, Link,                RECOMMENDED
            103, Link,                RECOMMENDED
            408, Connection,          RECOMMENDED
            415, Accept-Encoding,     RECOMMENDED
            204, Content-Length,      FORBIDDEN
            204, Transfer-Encoding,   FORBIDDEN
            100, Content-Length,      FORBIDDEN
            100, Transfer-Encoding,   FORBIDDEN
            101, Content-Length,      FORBIDDEN
            102, Content-Length,      FORBIDDEN
            103, Content-Length,      FORBIDDEN
            104, Transfer-Encoding,   FORBIDDEN
            """)
    void headerRulesMatchTheSpecifications(int code, String header, Level level) {
        StatusInfo info = CATALOG.describe(code);
        assertTrue(
                info.headersAt(level).stream().anyMatch(h -> h.name().equals(header)),
                code + " should mark " + header + " " + level + " but has " + info.headers());
    }

    @ParameterizedTest(name = "{0} example {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            textBlock =
                    """
            401 | WWW-Authenticate   | Basic realm="statuslab"
            407 | Proxy-Authenticate | Basic realm="statuslab-proxy"
            405 | Allow              | GET, HEAD, OPTIONS
            426 | Upgrade            | h2c
            426 | Connection         | upgrade
            206 | Content-Range      | bytes 0-99/1234
            416 | Content-Range      | bytes */1234
            451 | Link               | </legal-notice>; rel="blocked-by"
            103 | Link               | </static/app.css>; rel=preload; as=style
            429 | Retry-After        | 120
            503 | Retry-After        | 120
            301 | Location           | /contact/
            302 | Location           | /contact/
            408 | Connection         | close
            """)
    void headerExamplesAreReadyToSend(int code, String header, String example) {
        HeaderRule rule = CATALOG.describe(code).headers().stream()
                .filter(h -> h.name().equals(header))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " has no rule for " + header));
        assertEquals(example, rule.example());
    }

    @Test
    void bodyIsDisallowedExactlyForInformationalNoContentResetContentAndNotModified() {
        Set<Integer> withoutBody = CATALOG.all().stream()
                .filter(i -> !i.bodyAllowed())
                .map(StatusInfo::code)
                .collect(Collectors.toSet());
        assertEquals(Set.of(100, 101, 102, 103, 104, 204, 205, 304), withoutBody);
    }

    @Test
    void everyInformationalCodeForbidsContentLengthAndTransferEncoding() {
        for (StatusInfo info : CATALOG.all()) {
            if (info.statusClass() == StatusClass.INFORMATIONAL) {
                List<String> forbidden = info.headersAt(Level.FORBIDDEN).stream()
                        .map(HeaderRule::name)
                        .toList();
                assertTrue(forbidden.containsAll(List.of("Content-Length", "Transfer-Encoding")), "" + info.code());
            }
        }
    }

    @Test
    void noContentForbidsContentLength() {
        assertTrue(CATALOG.describe(204).headersAt(Level.FORBIDDEN).stream()
                .anyMatch(h -> h.name().equals("Content-Length")));
        assertFalse(CATALOG.describe(204).bodyAllowed());
    }

    @ParameterizedTest(name = "{0} is {1} section {2}")
    @CsvSource(
            textBlock =
                    """
            100, RFC 9110, 15.2.1
            101, RFC 9110, 15.2.2
            102, RFC 2518, 10.1
            103, RFC 8297, 2
            104, draft-ietf-httpbis-resumable-upload, 5
            200, RFC 9110, 15.3.1
            201, RFC 9110, 15.3.2
            206, RFC 9110, 15.3.7
            207, RFC 4918, 11.1
            208, RFC 5842, 7.1
            226, RFC 3229, 10.4.1
            300, RFC 9110, 15.4.1
            304, RFC 9110, 15.4.5
            306, RFC 9110, 15.4.7
            308, RFC 9110, 15.4.9
            400, RFC 9110, 15.5.1
            413, RFC 9110, 15.5.14
            418, RFC 9110, 15.5.19
            421, RFC 9110, 15.5.20
            422, RFC 9110, 15.5.21
            423, RFC 4918, 11.3
            424, RFC 4918, 11.4
            425, RFC 8470, 5.2
            426, RFC 9110, 15.5.22
            428, RFC 6585, 3
            429, RFC 6585, 4
            431, RFC 6585, 5
            451, RFC 7725, 3
            500, RFC 9110, 15.6.1
            505, RFC 9110, 15.6.6
            506, RFC 2295, 8.1
            507, RFC 4918, 11.5
            508, RFC 5842, 7.2
            510, RFC 2774, 7
            511, RFC 6585, 6
            """)
    void definingDocumentAndSectionAreRecorded(int code, String rfc, String section) {
        StatusInfo info = CATALOG.describe(code);
        assertEquals(rfc, info.rfc(), code + " rfc");
        assertEquals(section, info.section(), code + " section");
    }

    @Test
    void rfc9110SectionsFollowTheCodeOrderWithinEachClass() {
        // RFC 9110 defines its codes in ascending order, one numbered subsection each.
        for (StatusClass statusClass : StatusClass.values()) {
            List<StatusInfo> defined = CATALOG.all().stream()
                    .filter(i -> i.statusClass() == statusClass && i.rfc().equals("RFC 9110"))
                    .toList();
            for (int i = 0; i < defined.size(); i++) {
                String expected = "15." + (statusClass.digit() + 1) + "." + (i + 1);
                assertEquals(
                        expected,
                        defined.get(i).section(),
                        "section of " + defined.get(i).code());
            }
        }
    }
}
