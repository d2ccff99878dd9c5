package dev.statuslab.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.Redirects;
import dev.statuslab.core.transcript.Exchange;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client and the simulator's redirect chain: the next hop of each redirect, sent one at a time. */
class RedirectChainTest {

    @RegisterExtension
    static final ClientAgainstSimulator LAB = new ClientAgainstSimulator();

    @Test
    void aRealRedirectChainIsFollowedOneHopAtATime() throws Exception {
        Exchange first = LAB.client()
                .send(HttpRequest.get(LAB.simulator().url("/redirect/2")))
                .get(20, TimeUnit.SECONDS);
        HttpRequest next = Redirects.nextHop(first.request(), first.response()).orElseThrow();

        assertEquals(HttpMethod.GET, next.method());
        assertEquals(LAB.simulator().url("/redirect/1"), next.url());
        Exchange second = LAB.client().send(next).get(20, TimeUnit.SECONDS);
        assertEquals(
                LAB.simulator().url("/anything"),
                Redirects.nextHop(second.request(), second.response())
                        .orElseThrow()
                        .url());
        assertTrue(second.requestHead().startsWith("GET /redirect/1 HTTP/1.1\r\n"));
    }
}
