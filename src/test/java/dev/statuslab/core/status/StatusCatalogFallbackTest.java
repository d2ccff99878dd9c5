package dev.statuslab.core.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatusCatalogFallbackTest {

    private final StatusCatalog catalog = StatusCatalog.load();

    @Test
    void unregisteredSuccessCodeFallsBackToTheSuccessfulClassTexts() {
        StatusInfo info = catalog.describe(299);
        assertEquals(299, info.code());
        assertEquals("Unknown", info.reason());
        assertEquals(Registration.UNREGISTERED, info.registration());
        assertFalse(info.registered());
        assertEquals(StatusClass.SUCCESSFUL, info.statusClass());
        assertTrue(info.headers().isEmpty());
        assertTrue(info.bodyAllowed());
        assertEquals("RFC 9110", info.rfc());
        assertEquals("15.3", info.section());
        assertTrue(info.meaning().contains("carried out"), info.meaning());
        assertFalse(info.mistakes().isEmpty());
    }

    @Test
    void fallbacksOfOneClassShareTheClassTexts() {
        StatusInfo a = catalog.describe(250);
        StatusInfo b = catalog.describe(299);
        assertEquals(a.meaning(), b.meaning());
        assertEquals(a.whenToUse(), b.whenToUse());
        assertEquals(a.whenNotToUse(), b.whenNotToUse());
        assertEquals(a.django(), b.django());
        assertEquals(a.mistakes(), b.mistakes());
    }

    @ParameterizedTest(name = "{0} -> {1}, section {2}")
    @CsvSource(
            textBlock =
                    """
            150, INFORMATIONAL, 15.2, false
            299, SUCCESSFUL,    15.3, true
            399, REDIRECTION,   15.4, true
            499, CLIENT_ERROR,  15.5, true
            599, SERVER_ERROR,  15.6, true
            """)
    void fallbackFollowsTheClassOfTheCode(int code, StatusClass statusClass, String section, boolean body) {
        StatusInfo info = catalog.describe(code);
        assertEquals(statusClass, info.statusClass());
        assertEquals(section, info.section());
        assertEquals(body, info.bodyAllowed());
        assertEquals(Registration.UNREGISTERED, info.registration());
        assertTrue(info.djangoSnippet().contains("status=" + code));
        assertEquals("HTTP/1.1 " + code + " Unknown", info.statusLine());
    }

    @Test
    void registeredCodesAreDescribedByTheirOwnEntry() {
        assertSame(catalog.find(404).orElseThrow(), catalog.describe(404));
        assertEquals("Not Found", catalog.describe(404).reason());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {42, 99, 600, 999, -1})
    void describeRejectsCodesOutsideTheRange(int code) {
        assertThrows(IllegalArgumentException.class, () -> catalog.describe(code));
    }

    @Test
    void findDoesNotInventEntries() {
        assertTrue(catalog.find(299).isEmpty());
        assertTrue(catalog.find(42).isEmpty());
        assertFalse(catalog.isRegistered(499));
    }
}
