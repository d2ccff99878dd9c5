package dev.statuslab.ui.mainwindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.ExchangeSender;
import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.scenario.Scenario;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.workbench.Tabs;
import dev.statuslab.ui.common.ManualScheduler;
import dev.statuslab.ui.response.Exchanges;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tabs without a toolkit: each tab keeps its own draft and answer, a scenario click or Edit &
 * resend replaces only an unchanged tab, a modified one is not closed without asking, and the
 * tabs with their drafts come back after a relaunch.
 */
class TabsViewModelTest {

    private static final StatusCatalog STATUSES = StatusCatalog.load();
    private static final ScenarioCatalog SCENARIOS = ScenarioCatalog.load(STATUSES);
    private final List<HttpRequest> sent = new CopyOnWriteArrayList<>();

    private final ExchangeSender answering = new ExchangeSender() {
        @Override
        public CompletableFuture<Exchange> send(HttpRequest request) {
            sent.add(request);
            return CompletableFuture.completedFuture(Exchanges.response(
                    request,
                    new StatusLine("HTTP/1.1", 200, "OK"),
                    Headers.of("Content-Type", "text/plain"),
                    Body.of("OK")));
        }

        @Override
        public void close() {}
    };

    private MainViewModel window() {
        MainViewModel vm = WindowModels.inMemory(SCENARIOS, STATUSES, answering, Runnable::run, Runnable::run)
                .build();
        vm.simulatorStarted(URI.create("http://127.0.0.1:8765"), null);
        return vm;
    }

    private static Scenario scenario(String title) {
        return SCENARIOS.all().stream()
                .filter(s -> s.title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void clickingAScenarioInAModifiedTabOpensANewTabAndTheDraftStays() {
        MainViewModel vm = window();
        vm.tabs().newTab();
        vm.tabs().newTab();
        assertEquals(3, vm.tabs().shown().size());
        vm.composer().urlProperty().set("http://127.0.0.1:8765/my/draft/");
        assertTrue(vm.tabs().current().modified());
        int draftTab = vm.tabs().selectedProperty().get();

        vm.catalogue().select(scenario("Forbidden"));

        assertEquals(4, vm.tabs().shown().size());
        assertEquals(draftTab + 1, vm.tabs().selectedProperty().get());
        assertEquals(
                "http://127.0.0.1:8765/forbidden/", vm.composer().urlProperty().get());
        assertTrue(
                vm.messageProperty().get().contains("new tab"),
                vm.messageProperty().get());
        vm.tabs().select(draftTab);
        assertEquals(
                "http://127.0.0.1:8765/my/draft/", vm.composer().urlProperty().get());
        assertTrue(vm.tabs().shown().get(draftTab).label().endsWith("•"), "a modified tab is marked");
    }

    @Test
    void clickingAScenarioInAnUnchangedTabOpensItThere() {
        MainViewModel vm = window();
        int before = vm.tabs().shown().size();
        vm.catalogue().select(scenario("Forbidden"));
        assertEquals(before, vm.tabs().shown().size());
        assertEquals(
                "http://127.0.0.1:8765/forbidden/", vm.composer().urlProperty().get());
        assertFalse(vm.tabs().current().modified(), "a tab just opened is unchanged");
        assertEquals("{{simulator}}/forbidden/", vm.tabs().current().draft().url());
    }

    @Test
    void eachTabKeepsItsOwnDraftAndAnswer() {
        MainViewModel vm = window();
        vm.catalogue().select(scenario("Forbidden"));
        vm.send();
        Exchange first = vm.response().exchangeProperty().get();
        assertEquals("http://127.0.0.1:8765/forbidden/", first.request().url());

        vm.tabs().newTab();
        assertNull(vm.response().exchangeProperty().get(), "a new tab has no answer yet");
        assertEquals("", vm.composer().urlProperty().get());
        vm.composer().urlProperty().set("http://127.0.0.1:8765/ping/");
        vm.send();
        assertEquals(
                "http://127.0.0.1:8765/ping/",
                vm.response().exchangeProperty().get().request().url());

        vm.tabs().next(); // from the last tab back to the first
        assertEquals(0, vm.tabs().selectedProperty().get());
        assertEquals(
                "http://127.0.0.1:8765/forbidden/", vm.composer().urlProperty().get());
        assertEquals(first, vm.response().exchangeProperty().get());
    }

    @Test
    void editAndResendFromTheHistoryNeverReplacesAModifiedDraft() {
        MainViewModel vm = window();
        vm.catalogue().select(scenario("Forbidden"));
        vm.send();
        Exchange earlier = vm.history().exchanges().get(0);
        vm.composer().methodProperty().set("DELETE");
        assertTrue(vm.tabs().current().modified());

        vm.editAndResend(earlier);

        assertEquals(2, vm.tabs().shown().size());
        assertTrue(
                vm.messageProperty().get().contains("new tab"),
                vm.messageProperty().get());
        assertEquals("GET", vm.composer().methodProperty().get());
        vm.tabs().select(0);
        assertEquals("DELETE", vm.composer().methodProperty().get());
    }

    @Test
    void aModifiedTabIsNotClosedWithoutAskingAnUnchangedOneIs() {
        MainViewModel vm = window();
        vm.tabs().newTab();
        assertEquals(Tabs.Close.CLOSED, vm.tabs().close(1));
        assertEquals(1, vm.tabs().shown().size());
        vm.composer().urlProperty().set("http://example.com/");
        assertEquals(Tabs.Close.NEEDS_CONFIRMATION, vm.tabs().close(0));
        assertEquals("http://example.com/", vm.composer().urlProperty().get(), "the draft is still there");
        vm.tabs().closeDiscarding(0);
        assertEquals(1, vm.tabs().shown().size(), "closing the last tab leaves a new blank one");
        assertTrue(vm.tabs().currentIsBlank());
    }

    @Test
    void openTabsAndTheirDraftsSurviveARelaunchOnAnotherPort(@TempDir Path data) {
        ManualScheduler scheduler = new ManualScheduler();
        MainViewModel first = window();
        WorkbenchFiles wiring = WorkbenchFiles.attach(first, data, Runnable::run, Runnable::run, scheduler);
        first.catalogue().select(scenario("Forbidden"));
        first.tabs().newTab();
        first.composer().methodProperty().set("POST");
        first.composer().urlProperty().set("http://127.0.0.1:8765/api/messages/?draft=1");
        scheduler.advance(Duration.ofSeconds(1));
        assertTrue(Files.exists(data.resolve("tabs.json")));
        wiring.flush();

        MainViewModel second = WindowModels.inMemory(SCENARIOS, STATUSES, answering, Runnable::run, Runnable::run)
                .build();
        WorkbenchFiles.attach(second, data, Runnable::run, Runnable::run, new ManualScheduler());
        second.simulatorStarted(URI.create("http://127.0.0.1:40123"), null);

        assertEquals(2, second.tabs().shown().size());
        assertEquals(1, second.tabs().selectedProperty().get());
        assertEquals("POST", second.composer().methodProperty().get());
        assertEquals(
                "http://127.0.0.1:40123/api/messages/?draft=1",
                second.composer().urlProperty().get());
        assertTrue(second.tabs().current().modified(), "still a draft that is not saved");
        second.tabs().select(0);
        assertEquals(
                "http://127.0.0.1:40123/forbidden/",
                second.composer().urlProperty().get());
    }
}
