package dev.statuslab.ui.cookies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Headers;
import dev.statuslab.core.workbench.Cookie;
import dev.statuslab.core.workbench.CookieJar;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Cookies panel's model, without a toolkit: rows from the jar, edits, deletes and clears the next request sees. */
class CookiesViewModelTest {

    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
    private static final String FORM = "http://127.0.0.1:8765/secure/contact/";

    private CookieJar jar;
    private CookiesViewModel vm;

    @BeforeEach
    void fillTheJar() {
        jar = new CookieJar();
        jar.receive(
                FORM,
                Headers.empty()
                        .with("Set-Cookie", "csrftoken=abc; Max-Age=3600; Path=/; SameSite=Lax")
                        .with("Set-Cookie", "sessionid=s1; Path=/; Secure; HttpOnly"),
                NOW);
        vm = new CookiesViewModel(jar, Clock.fixed(NOW, ZoneOffset.UTC));
        vm.refresh();
    }

    private Cookie row(String name) {
        return vm.rows().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private Optional<String> cookieField() {
        return jar.header(FORM, NOW);
    }

    @Test
    void rowsShowEveryCookieWithItsFlags() {
        assertEquals(2, vm.rows().size());
        Cookie csrf = row("csrftoken");
        assertEquals("127.0.0.1", csrf.domain());
        assertEquals("/", csrf.path());
        assertEquals("2026-12-05T09:00:00Z", CookiesViewModel.expiry(csrf));
        assertEquals("Lax", CookiesViewModel.sameSite(csrf));
        assertEquals("", CookiesViewModel.flag(csrf.secure()));
        Cookie session = row("sessionid");
        assertEquals("Session", CookiesViewModel.expiry(session));
        assertEquals("Yes", CookiesViewModel.flag(session.secure()));
        assertEquals("Yes", CookiesViewModel.flag(session.httpOnly()));
        assertEquals("", CookiesViewModel.sameSite(session));
    }

    @Test
    void anEditedValueIsWhatTheNextRequestCarries() {
        assertTrue(vm.edit(row("csrftoken"), " xyz "));
        assertEquals("xyz", row("csrftoken").value());
        assertEquals("", vm.problemProperty().get());
        assertTrue(
                cookieField().orElseThrow().contains("csrftoken=xyz"),
                cookieField().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            a;b     | cannot hold ";"
            'a\tb'  | control character U+0009
            """)
    void aValueTheCookieFieldCannotCarryIsRefused(String value, String why) {
        assertFalse(vm.edit(row("csrftoken"), value));
        assertTrue(
                vm.problemProperty().get().contains(why), vm.problemProperty().get());
        assertEquals("abc", row("csrftoken").value(), "the cookie stays as it was");
    }

    @Test
    void theExpiryTakesSessionADateOrAnInstantStillToCome() {
        assertTrue(vm.editExpiry(row("csrftoken"), "2027-01-31"));
        assertEquals(Instant.parse("2027-01-31T00:00:00Z"), row("csrftoken").expiry());
        assertTrue(vm.editExpiry(row("csrftoken"), "2027-01-31T12:30:00Z"));
        assertEquals(Instant.parse("2027-01-31T12:30:00Z"), row("csrftoken").expiry());
        assertTrue(vm.editExpiry(row("csrftoken"), "session"));
        assertNull(row("csrftoken").expiry());
        assertFalse(row("csrftoken").persistent());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            tomorrow             | is not an expiry
            2026-12-05T07:59:59Z | has passed
            2020-01-01           | has passed
            """)
    void anExpiryThatIsNoneOrPastIsRefused(String text, String why) {
        assertFalse(vm.editExpiry(row("csrftoken"), text));
        assertTrue(
                vm.problemProperty().get().contains(why), vm.problemProperty().get());
        assertEquals(Instant.parse("2026-12-05T09:00:00Z"), row("csrftoken").expiry());
    }

    @Test
    void aDeletedCookieIsNoLongerSent() {
        vm.delete(List.of(row("csrftoken")));
        assertEquals(List.of("sessionid"), vm.rows().stream().map(Cookie::name).toList());
        assertEquals(Optional.of("sessionid=s1"), cookieField());
    }

    @Test
    void clearEmptiesTheJarAndTheRows() {
        vm.clear();
        assertTrue(vm.rows().isEmpty());
        assertTrue(jar.all().isEmpty());
        assertEquals(Optional.empty(), cookieField());
    }

    @Test
    void refreshShowsCookiesARequestSetMeanwhile() {
        jar.receive("http://example.com/", Headers.empty().with("Set-Cookie", "theme=dark"), NOW);
        assertEquals(2, vm.rows().size(), "rows change only on refresh");
        vm.refresh();
        assertEquals(3, vm.rows().size());
    }

    @Test
    void aSuccessfulChangeClearsTheLastProblem() {
        vm.edit(row("csrftoken"), "a;b");
        assertFalse(vm.problemProperty().get().isEmpty());
        vm.edit(row("csrftoken"), "ok");
        assertEquals("", vm.problemProperty().get());
    }
}
