package dev.statuslab.ui.explanation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.lint.Finding;
import dev.statuslab.core.lint.Level;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.ui.response.Exchanges;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The findings of the explanation pane and the badge beside the status line, without a toolkit. */
class FindingsViewModelTest {

    private static final Headers TIDY = Headers.of(
            "Date",
            "Fri, 04 Dec 2026 16:36:27 GMT",
            "Content-Type",
            "text/plain; charset=utf-8",
            "Cache-Control",
            "max-age=60",
            "X-Content-Type-Options",
            "nosniff",
            "Referrer-Policy",
            "same-origin");

    private final ExplanationViewModel explanation = new ExplanationViewModel(StatusCatalog.load());
    private final FindingsViewModel vm = explanation.findings();

    @Test
    void aRedirectWithoutLocationShowsItsErrorFirstAndAnErrorBadge() {
        explanation.show(Exchanges.response(
                Exchanges.request("POST", "/contact/"),
                new StatusLine("HTTP/1.1", 302, "Found"),
                TIDY.without("Referrer-Policy"),
                Body.empty()));

        List<Finding> findings = vm.findings();
        assertEquals("status.required-field", findings.get(0).id());
        assertEquals(Level.ERROR, findings.get(0).level());
        assertEquals(
                "security.referrer-policy", findings.get(findings.size() - 1).id());
        assertEquals(1, vm.errorsProperty().get());
        assertEquals(1, vm.adviceProperty().get());
        assertEquals("1 error", vm.badgeTextProperty().get());
        assertEquals("error", vm.badgeLevelProperty().get());
        assertEquals("1 error, 0 warnings, 1 advice", vm.summaryProperty().get());
    }

    @Test
    void onlyWarningsMakeAWarningBadgeWithTheirCount() {
        explanation.show(Exchanges.response(201, "Created", TIDY.replacing("Content-Type", "text/plain"), "made"));

        assertEquals(0, vm.errorsProperty().get());
        assertEquals(2, vm.warningsProperty().get(), vm.findings()::toString);
        assertEquals("2 warnings", vm.badgeTextProperty().get());
        assertEquals("warning", vm.badgeLevelProperty().get());
    }

    @Test
    void aTidyResponseHasNoFindingAndNoBadge() {
        explanation.show(Exchanges.response(200, "OK", TIDY, "fine"));

        assertTrue(vm.findings().isEmpty(), vm.findings()::toString);
        assertEquals("", vm.badgeTextProperty().get());
        assertEquals("", vm.summaryProperty().get());
    }

    @Test
    void aFailedExchangeWithoutAResponseAndAnExpectedCodeClearThePreviousFindings() {
        explanation.show(Exchanges.response(302, "Found", Headers.empty(), ""));
        assertTrue(vm.errorsProperty().get() > 0);

        explanation.show(Exchanges.failed(Exchanges.get("/x/"), "connection refused by 127.0.0.1:9"));
        assertTrue(vm.findings().isEmpty());
        assertEquals("", vm.badgeTextProperty().get());

        explanation.show(Exchanges.response(302, "Found", Headers.empty(), ""));
        explanation.showCode(404);
        assertTrue(vm.findings().isEmpty());
    }
}
