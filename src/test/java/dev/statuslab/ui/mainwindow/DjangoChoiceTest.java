package dev.statuslab.ui.mainwindow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statuslab.client.ExchangeSender;
import dev.statuslab.core.django.DjangoVersion;
import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.ui.response.Exchanges;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Simulator → Django version, without a toolkit: the choice, what it sets in motion, and the tag. */
class DjangoChoiceTest {

    @Test
    void choosingAVersionAppliesItOnceAndRemembersIt() {
        DjangoChoice choice = new DjangoChoice();
        List<DjangoVersion> applied = new ArrayList<>();
        choice.connect(DjangoVersion.V4_2, applied::add);
        assertEquals(DjangoVersion.V4_2, choice.current());

        choice.choose(DjangoVersion.V3_2);
        choice.choose(DjangoVersion.V3_2);

        assertEquals(List.of(DjangoVersion.V3_2), applied);
        assertEquals(DjangoVersion.V3_2, choice.versionProperty().get());
    }

    @Test
    void onlyExchangesWithTheSimulatorAreTaggedWithTheVersionTheyWereSentAs() {
        URI simulator = URI.create("http://127.0.0.1:8123");
        Exchange ours = exchange("http://127.0.0.1:8123/simple/");
        Exchange elsewhere = exchange("http://example.com/simple/");

        assertEquals(
                Optional.of("3.2"),
                DjangoChoice.tag(ours, simulator, DjangoVersion.V3_2).djangoIfAny());
        assertEquals(
                Optional.empty(),
                DjangoChoice.tag(elsewhere, simulator, DjangoVersion.V3_2).djangoIfAny());
        assertEquals(
                Optional.empty(),
                DjangoChoice.tag(ours, null, DjangoVersion.V3_2).djangoIfAny(),
                "before the simulator runs nothing is tagged");
    }

    @Test
    void theStatusBarNamesTheVersionBesideTheAddress() {
        StatusCatalog statuses = StatusCatalog.load();
        MainViewModel vm = WindowModels.inMemory(
                        ScenarioCatalog.load(statuses),
                        statuses,
                        new ExchangeSender() {
                            @Override
                            public CompletableFuture<Exchange> send(HttpRequest request) {
                                return new CompletableFuture<>();
                            }

                            @Override
                            public void close() {}
                        },
                        Runnable::run,
                        Runnable::run)
                .build();
        vm.simulatorStarted(URI.create("http://127.0.0.1:8123"), null);
        assertEquals(
                "Simulator on http://127.0.0.1:8123 as Django 5.2 LTS",
                vm.serverStatusProperty().get());

        vm.django().choose(DjangoVersion.V4_2);

        assertEquals(
                "Simulator on http://127.0.0.1:8123 as Django 4.2 LTS",
                vm.serverStatusProperty().get());
        assertEquals(
                "From the next request on, the simulator answers as Django 4.2 LTS",
                vm.messageProperty().get());
    }

    private static Exchange exchange(String url) {
        return Exchanges.response(
                new HttpRequest(HttpMethod.of("GET"), url, Headers.empty(), Body.empty()),
                new StatusLine("HTTP/1.1", 200, "OK"),
                Headers.empty(),
                Body.empty());
    }
}
