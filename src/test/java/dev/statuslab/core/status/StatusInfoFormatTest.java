package dev.statuslab.core.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusInfoFormatTest {

    private final StatusCatalog catalog = StatusCatalog.load();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            textBlock =
                    """
            201, https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2
            422, https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21
            429, https://www.rfc-editor.org/rfc/rfc6585#section-4
            103, https://www.rfc-editor.org/rfc/rfc8297#section-2
            226, https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1
            104, https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/
            299, https://www.rfc-editor.org/rfc/rfc9110#section-15.3
            """)
    void rfcUrlPointsAtTheDefiningSection(int code, String url) {
        assertEquals(url, catalog.describe(code).rfcUrl());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            quoteCharacter = '"',
            textBlock =
                    """
            201, HTTP/1.1 201 Created
            418, HTTP/1.1 418 I'm a teapot
            306, HTTP/1.1 306 Switch Proxy
            510, HTTP/1.1 510 Not Extended
            599, HTTP/1.1 599 Unknown
            """)
    void statusLineUsesTheWireReason(int code, String line) {
        assertEquals(line, catalog.describe(code).statusLine());
    }

    @Test
    void headersAtFiltersByLevelInCatalogueOrder() {
        StatusInfo info = catalog.describe(101);
        assertEquals(
                List.of("Upgrade", "Connection"),
                info.headersAt(HeaderRule.Level.REQUIRED).stream()
                        .map(HeaderRule::name)
                        .toList());
        assertEquals(
                List.of("Content-Length", "Transfer-Encoding"),
                info.headersAt(HeaderRule.Level.FORBIDDEN).stream()
                        .map(HeaderRule::name)
                        .toList());
        assertEquals(List.of(), info.headersAt(HeaderRule.Level.RECOMMENDED));
    }

    @Test
    void headerRuleNeedsAnExampleUnlessForbidden() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new HeaderRule("Location", HeaderRule.Level.REQUIRED, "why", null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new HeaderRule("Content-Length", HeaderRule.Level.FORBIDDEN, "why", "0"));
        assertEquals(null, new HeaderRule("Content-Length", HeaderRule.Level.FORBIDDEN, "why", null).example());
    }

    @Test
    void statusInfoRejectsAClassThatDoesNotMatchTheCode() {
        StatusInfo ok = catalog.describe(200);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new StatusInfo(
                        200,
                        ok.reason(),
                        ok.registryName(),
                        StatusClass.CLIENT_ERROR,
                        ok.registration(),
                        ok.meaning(),
                        ok.whenToUse(),
                        ok.whenNotToUse(),
                        ok.rfc(),
                        ok.section(),
                        ok.headers(),
                        ok.bodyAllowed(),
                        ok.django(),
                        ok.djangoSnippet(),
                        ok.mistakes()));
        assertEquals(true, e.getMessage().contains("200"));
    }
}
