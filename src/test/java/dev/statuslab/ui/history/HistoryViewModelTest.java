package dev.statuslab.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.ui.response.Exchanges;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HistoryViewModelTest {

    private final HistoryViewModel vm = new HistoryViewModel();

    private static Exchange exchange(int code, String location) {
        Headers headers = location == null ? Headers.empty() : Headers.of("Location", location);
        return Exchanges.response(
                Exchanges.request("POST", "/contact/?next=1"),
                new StatusLine("HTTP/1.1", code, "Reason"),
                headers,
                Body.of("ab"));
    }

    @Test
    void newestExchangeComesFirst() {
        Exchange first = exchange(200, null);
        Exchange second = exchange(404, null);

        vm.add(first);
        vm.add(second);

        assertEquals(List.of(second, first), List.copyOf(vm.exchanges()));
        assertThrows(UnsupportedOperationException.class, () -> vm.exchanges().remove(0));
    }

    @ParameterizedTest(name = "{0} Location={1} -> redirect {2}")
    @CsvSource(
            textBlock =
                    """
            302, /contact/, true
            301, https://example.com/, true
            303, /messages/2/, true
            302, ,          false
            304, ,          false
            200, /x/,       false
            201, /api/messages/2/, false
            """)
    void selectingARedirectWithLocationEnablesFollowing(int code, String location, boolean redirect) {
        Exchange e = exchange(code, location);
        vm.add(e);

        vm.select(e);

        assertEquals(e, vm.selectedProperty().get());
        assertEquals(redirect, vm.selectedIsRedirectProperty().get());
    }

    @Test
    void aFailedExchangeIsNotARedirect() {
        Exchange failed = Exchanges.failed(Exchanges.get("/"), "Connection refused");
        vm.add(failed);
        vm.select(failed);

        assertFalse(vm.selectedIsRedirectProperty().get());
        assertEquals("", HistoryViewModel.size(failed));
    }

    @Test
    void selectingNothingOrAStrangerClearsTheSelection() {
        Exchange redirect = exchange(302, "/contact/");
        vm.add(redirect);
        vm.select(redirect);

        vm.select(exchange(200, null));

        assertNull(vm.selectedProperty().get());
        assertFalse(vm.selectedIsRedirectProperty().get());
    }

    @Test
    void clearForgetsEverything() {
        Exchange e = exchange(302, "/contact/");
        vm.add(e);
        vm.select(e);

        vm.clear();

        assertTrue(vm.exchanges().isEmpty());
        assertNull(vm.selectedProperty().get());
        assertFalse(vm.selectedIsRedirectProperty().get());
    }

    @Test
    void rowsShowTimePathSizeAndDuration() {
        Exchange e = exchange(200, null);

        assertEquals("09:15:30", HistoryViewModel.sentAt(e, ZoneOffset.UTC));
        assertEquals("/contact/?next=1", HistoryViewModel.pathAndQuery(e));
        assertEquals("2 B", HistoryViewModel.size(e));
        assertEquals("8 ms", HistoryViewModel.duration(e));
    }

    @Test
    void aRelativeLocationResolvesAgainstTheRequest() {
        assertEquals(
                Optional.of("http://127.0.0.1:8000/contact/"),
                HistoryViewModel.redirectTarget(exchange(302, "/contact/")));
        assertEquals(Optional.empty(), HistoryViewModel.redirectTarget(exchange(200, null)));
    }

    @Test
    void twoEqualExchangesAreStillTwoRowsAndTheOneChosenIsTheOneSelected() {
        Exchange first = exchange(200, null);
        Exchange copy = new Exchange(
                first.id(),
                first.startedAt(),
                first.request(),
                first.response(),
                null,
                first.requestHead(),
                first.responseHead(),
                first.timings());
        vm.add(first);
        vm.add(copy);

        vm.select(copy);
        vm.choose(List.of(copy));

        assertEquals(2, vm.exchanges().size());
        assertTrue(vm.selectedProperty().get() == copy, "the very row chosen, not its equal twin");
        assertTrue(vm.chosen().get(0) == copy);
    }

    @Test
    void anImportedExchangeAlreadyInTheHistoryIsSkipped() {
        Exchange first = exchange(200, null);
        Exchange again = new Exchange(
                first.id(),
                first.startedAt(),
                first.request(),
                first.response(),
                null,
                first.requestHead(),
                first.responseHead(),
                first.timings());
        vm.add(first);

        assertEquals(List.of(), vm.addImported(List.of(again)));
        assertEquals(1, vm.exchanges().size());
    }
}
