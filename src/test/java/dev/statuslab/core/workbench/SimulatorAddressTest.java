package dev.statuslab.core.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.HistoryStore;
import dev.statuslab.core.transcript.Timings;
import dev.statuslab.core.transcript.TranscriptFiles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorAddressTest {

    private static final SimulatorAddress OLD = SimulatorAddress.of("http://127.0.0.1:34385/");
    private static final SimulatorAddress NOW = SimulatorAddress.of("http://127.0.0.1:8765");

    @TempDir
    Path dir;

    private static Exchange refused(HttpRequest request) {
        return new Exchange(
                "ex-1",
                Instant.parse("2026-12-01T10:00:00Z"),
                request,
                null,
                "refused",
                "",
                "",
                new Timings(-1, -1, 1, -1, 1, 1, 1));
    }

    @Test
    void urlsOnTheSimulatorBecomeRelativeAndOthersStayAsTheyAre() {
        assertEquals("{{simulator}}/contact/?a=1", OLD.relativize("http://127.0.0.1:34385/contact/?a=1"));
        assertEquals("{{simulator}}/", OLD.relativize("http://localhost:34385"));
        assertEquals("http://127.0.0.1:9999/contact/", OLD.relativize("http://127.0.0.1:9999/contact/"));
        assertEquals("https://example.com/", OLD.relativize("https://example.com/"));
        assertEquals("not a url", OLD.relativize("not a url"));
    }

    @Test
    void relativeUrlsResolveAgainstTheRunningSimulator() {
        assertEquals("http://127.0.0.1:8765/contact/?a=1", NOW.resolve("{{simulator}}/contact/?a=1"));
        assertEquals("http://example.com/x", NOW.resolve("http://example.com/x"));
        assertEquals("http://127.0.0.1:8765", NOW.value());
    }

    @Test
    void anExchangeWithTheOldSimulatorGoesToTheNewOneWithItsHost() {
        HttpRequest sent = new HttpRequest(
                HttpMethod.GET,
                "http://127.0.0.1:34385/messages/1/?x=%20",
                Headers.of("Host", "127.0.0.1:34385", "Accept", "*/*"),
                Body.empty());
        Exchange tagged = OLD.tag(refused(sent));
        assertEquals("{{simulator}}/messages/1/?x=%20", tagged.simulatorTarget());
        Exchange now = NOW.current(tagged);
        assertEquals("http://127.0.0.1:8765/messages/1/?x=%20", now.request().url());
        assertEquals("127.0.0.1:8765", now.request().headers().first("Host").orElseThrow());
        assertEquals("*/*", now.request().headers().first("Accept").orElseThrow());
    }

    @Test
    void exchangesWithOtherHostsAreNeitherTaggedNorMoved() {
        Exchange elsewhere = refused(HttpRequest.get("http://example.com/"));
        assertNull(NOW.tag(elsewhere).simulatorTarget());
        assertSame(elsewhere, NOW.current(elsewhere));
    }

    @Test
    void theComposerGetsNoHostOrLengthTheClientWouldAddItself() {
        HttpRequest sent = new HttpRequest(
                HttpMethod.POST,
                "http://127.0.0.1:8765/contact/",
                Headers.of("Host", "127.0.0.1:8765", "Content-Type", "text/plain", "Content-Length", "2"),
                Body.of("hi"));
        HttpRequest editable = SimulatorAddress.editable(sent);
        assertEquals(
                List.of("Content-Type"),
                editable.headers().asList().stream().map(h -> h.name()).toList());
    }

    @Test
    void aHostTheUserTypedForAnotherNameIsKept() {
        HttpRequest typed = new HttpRequest(
                HttpMethod.GET,
                "http://127.0.0.1:8765/",
                Headers.of("Host", "evil.example", "Content-Length", "5"),
                Body.empty());
        HttpRequest editable = SimulatorAddress.editable(typed);
        assertEquals("evil.example", editable.headers().first("Host").orElseThrow());
        assertTrue(editable.headers().has("Content-Length"));
    }

    @Test
    void theRelativeTargetSurvivesTheSavedHistory() throws Exception {
        HttpRequest sent = HttpRequest.get("http://127.0.0.1:34385/forbidden/");
        List<String> problems = new ArrayList<>();
        HistoryStore store = new HistoryStore(dir, TranscriptFiles.historyCodec(StatusCatalog.load()), problems::add);
        store.save(OLD.tag(refused(sent))).get();
        store.close();
        HistoryStore again = new HistoryStore(dir, TranscriptFiles.historyCodec(StatusCatalog.load()), problems::add);
        List<Exchange> restored = again.restore().exchanges();
        again.close();
        assertEquals(1, restored.size());
        assertEquals("{{simulator}}/forbidden/", restored.get(0).simulatorTarget());
        assertEquals(
                "http://127.0.0.1:8765/forbidden/",
                NOW.current(restored.get(0)).request().url());
        assertTrue(problems.isEmpty(), problems::toString);
        assertFalse(SimulatorAddress.isRelative(restored.get(0).request().url()));
    }
}
