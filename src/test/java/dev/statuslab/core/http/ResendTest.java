package dev.statuslab.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** An earlier request made ready to send again. */
class ResendTest {

    private static final URI SIMULATOR = URI.create("http://127.0.0.1:8000");

    @Test
    void http2PseudoHeadersAreDroppedAndTheRestKept() {
        HttpRequest recorded = new HttpRequest(
                HttpMethod.GET,
                "https://example.org/a",
                Headers.of(":authority", "example.org", "Accept", "*/*"),
                Body.empty());

        assertEquals(Headers.of("Accept", "*/*"), Resend.again(recorded).headers());
        HttpRequest plain = HttpRequest.get("http://a.test/");
        assertSame(plain, Resend.again(plain));
    }

    @Test
    void aRequestRecordedElsewhereIsAimedAtTheSimulatorKeepingPathQueryAndBody() {
        HttpRequest recorded = new HttpRequest(
                HttpMethod.POST,
                "https://example.org/api/messages/?page=2",
                Headers.of("Host", "example.org", "Content-Type", "application/json"),
                Body.of("{}"));

        HttpRequest rebased = Resend.onto(recorded, SIMULATOR);

        assertEquals("http://127.0.0.1:8000/api/messages/?page=2", rebased.url());
        assertEquals(HttpMethod.POST, rebased.method());
        assertFalse(rebased.headers().has("Host"), "the client sets Host for the new origin");
        assertEquals("application/json", rebased.headers().first("Content-Type").orElseThrow());
        assertEquals("{}", rebased.body().text());
    }

    @Test
    void aUrlWithoutPathGetsTheRootAndAnUnparsableOneTheSimulatorItself() {
        assertEquals("http://127.0.0.1:8000/", Resend.rebase("https://example.org", SIMULATOR));
        assertEquals("http://127.0.0.1:8000", Resend.rebase("http://bad host/x", SIMULATOR));
    }
}
