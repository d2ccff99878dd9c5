package dev.statuslab.ui.mainwindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.ExchangeSender;
import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.scenario.BodyKind;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.ui.response.Exchanges;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Curl commands without a toolkit: pasted into the URL field, or imported through File → Import curl…. */
class CurlCommandsTest {

    private static final StatusCatalog STATUSES = StatusCatalog.load();
    private static final ScenarioCatalog SCENARIOS = ScenarioCatalog.load(STATUSES);
    private final List<HttpRequest> sent = new CopyOnWriteArrayList<>();

    private final ExchangeSender answering = new ExchangeSender() {
        @Override
        public CompletableFuture<Exchange> send(HttpRequest request) {
            sent.add(request);
            return CompletableFuture.completedFuture(Exchanges.response(
                    request, new StatusLine("HTTP/1.1", 201, "Created"), Headers.of(), Body.of("{}")));
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

    @Test
    void aPastedCurlCommandBecomesTheTabsRequest() {
        MainViewModel vm = window();
        CurlCommands curl = new CurlCommands(vm);
        assertTrue(curl.paste("curl -X POST {{simulator}}/api/messages/ -u ada:pw "
                + "--json '{\"name\":\"Ada\",\"email\":\"ada@example.com\"}'"));
        assertEquals("POST", vm.composer().methodProperty().get());
        assertEquals(
                "http://127.0.0.1:8765/api/messages/",
                vm.composer().urlProperty().get());
        assertEquals(BodyKind.JSON, vm.composer().bodyKindProperty().get());
        assertEquals(
                "{\"name\":\"Ada\",\"email\":\"ada@example.com\"}",
                vm.composer().bodyTextProperty().get());
        assertTrue(vm.composer().headers().stream()
                .anyMatch(
                        h -> h.getName().equals("Authorization") && h.getValue().equals("Basic YWRhOnB3")));
        assertEquals("{{simulator}}/api/messages/", vm.tabs().current().draft().url(), "the tab's draft");
        assertTrue(vm.messageProperty().get().startsWith("Pasted the curl command as POST"));

        vm.send();
        assertEquals("http://127.0.0.1:8765/api/messages/", sent.get(0).url());
        assertEquals(
                "application/json", sent.get(0).headers().first("Content-Type").orElse(""));
    }

    @Test
    void whatCannotBeMappedIsNamedAndOtherTextIsLeftToTheField() {
        MainViewModel vm = window();
        CurlCommands curl = new CurlCommands(vm);
        assertFalse(curl.paste("http://127.0.0.1:8765/simple/"), "a URL is pasted as text");
        assertTrue(curl.paste("curl -L -F file=@a.txt http://127.0.0.1:8765/upload/"));
        String said = vm.messageProperty().get();
        assertTrue(said.contains("Not carried over") && said.contains("-L") && said.contains("-F"), said);
    }

    @Test
    void aCommandThatCannotBeReadChangesNothingAndSaysWhy() {
        MainViewModel vm = window();
        vm.composer().urlProperty().set("http://127.0.0.1:8765/keep/");
        assertTrue(new CurlCommands(vm).paste("curl 'http://unclosed"));
        assertEquals("http://127.0.0.1:8765/keep/", vm.composer().urlProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("The curl command was not used"));
    }

    @Test
    void importingIntoAModifiedTabOpensANewOne() {
        MainViewModel vm = window();
        vm.composer().urlProperty().set("http://127.0.0.1:8765/my/draft/");
        int before = vm.tabs().shown().size();
        assertTrue(new CurlCommands(vm).open("curl http://127.0.0.1:8765/status/204"));
        assertEquals(before + 1, vm.tabs().shown().size());
        assertEquals(
                "http://127.0.0.1:8765/status/204", vm.composer().urlProperty().get());
        assertFalse(new CurlCommands(vm).open("wget http://x/"));
    }
}
