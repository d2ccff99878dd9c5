package dev.statuslab.core.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatusClassTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            textBlock =
                    """
            100, INFORMATIONAL
            199, INFORMATIONAL
            200, SUCCESSFUL
            299, SUCCESSFUL
            300, REDIRECTION
            399, REDIRECTION
            400, CLIENT_ERROR
            499, CLIENT_ERROR
            500, SERVER_ERROR
            599, SERVER_ERROR
            """)
    void ofMapsBoundariesToTheirClass(int code, StatusClass expected) {
        assertEquals(expected, StatusClass.of(code));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {99, 600, 0, -200, 1000})
    void ofRejectsCodesOutsideTheThreeDigitRange(int code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StatusClass.of(code));
        assertTrue(e.getMessage().contains(String.valueOf(code)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            textBlock =
                    """
            INFORMATIONAL, 1, Informational, informational
            SUCCESSFUL,    2, Successful,    success
            REDIRECTION,   3, Redirection,   redirection
            CLIENT_ERROR,  4, Client Error,  client-error
            SERVER_ERROR,  5, Server Error,  server-error
            """)
    void exposesDigitTitleAndStyleClass(StatusClass statusClass, int digit, String title, String styleClass) {
        assertEquals(digit, statusClass.digit());
        assertEquals(title, statusClass.title());
        assertEquals(styleClass, statusClass.styleClass());
        assertEquals(statusClass, StatusClass.of(digit * 100 + 42));
    }
}
