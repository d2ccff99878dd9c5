package dev.statuslab.ui.mainwindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.ExchangeSender;
import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.ui.common.HeaderRow;
import dev.statuslab.ui.response.Exchanges;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The window's commands with a simulator that came back on another port, without a toolkit: an
 * exchange of the earlier launch is edited and resent, or its redirect followed, to the running
 * simulator, and the composer gets no Host row the user did not type.
 */
class StableAddressTest {

    private static final StatusCatalog STATUSES = StatusCatalog.load();
    private final List<HttpRequest> sent = new CopyOnWriteArrayList<>();

    private final ExchangeSender recorder = new ExchangeSender() {
        @Override
        public CompletableFuture<Exchange> send(HttpRequest request) {
            sent.add(request);
            return CompletableFuture.completedFuture(Exchanges.failed(request, "recorded only"));
        }

        @Override
        public void close() {}
    };

    private MainViewModel window() {
        MainViewModel vm = WindowModels.inMemory(
                        ScenarioCatalog.load(STATUSES), STATUSES, recorder, Runnable::run, Runnable::run)
                .build();
        vm.simulatorStarted(URI.create("http://127.0.0.1:8765"), null);
        return vm;
    }

    private static Exchange fromEarlierLaunch(Exchange e) {
        return e.withSimulatorTarget(
                "{{simulator}}" + URI.create(e.request().url()).getRawPath());
    }

    @Test
    void editAndResendOfAnEarlierLaunchsExchangeGoesToTheRunningSimulatorWithoutAHostRow() {
        MainViewModel vm = window();
        HttpRequest old = new HttpRequest(
                HttpMethod.GET,
                "http://127.0.0.1:34385/messages/1/",
                Headers.of("Host", "127.0.0.1:34385", "Accept", "text/html"),
                Body.empty());
        Exchange restored = fromEarlierLaunch(Exchanges.failed(old, "connection refused"));

        vm.editAndResend(restored);
        assertEquals(
                "http://127.0.0.1:8765/messages/1/", vm.composer().urlProperty().get());
        assertEquals(
                List.of("Accept"),
                vm.composer().headers().stream().map(HeaderRow::getName).toList());

        vm.send();
        assertEquals("http://127.0.0.1:8765/messages/1/", sent.get(0).url());
        assertFalse(sent.get(0).headers().has("Host"), "the client adds the right Host itself");
    }

    @Test
    void followRedirectOfAnEarlierLaunchsExchangeFollowsOnTheRunningSimulator() {
        MainViewModel vm = window();
        HttpRequest old = new HttpRequest(
                HttpMethod.POST,
                "http://127.0.0.1:34385/contact/",
                Headers.of(
                        "Host",
                        "127.0.0.1:34385",
                        "Content-Type",
                        "application/x-www-form-urlencoded",
                        "Content-Length",
                        "8"),
                Body.of("name=Ada"));
        Exchange redirect = fromEarlierLaunch(Exchanges.response(
                old, new StatusLine("HTTP/1.1", 302, "Found"), Headers.of("Location", "/contact/"), Body.empty()));

        vm.followRedirect(redirect);
        assertEquals("http://127.0.0.1:8765/contact/", sent.get(0).url());
        assertTrue(vm.composer().headers().stream().noneMatch(h -> h.getName().equalsIgnoreCase("Host")));
    }

    @Test
    void exchangesWithTheSimulatorAreMarkedRelativeToItInTheHistory() {
        MainViewModel vm = window();
        vm.composer().urlProperty().set("http://127.0.0.1:8765/simple/");
        vm.send();
        assertEquals("{{simulator}}/simple/", vm.history().exchanges().get(0).simulatorTarget());
    }
}
