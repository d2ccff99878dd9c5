package dev.statuslab.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.transcript.Exchange;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The client names each of the simulator's faults as what it is. */
class FaultsAgainstSimulatorTest {

    @RegisterExtension
    static final ClientAgainstSimulator LAB = new ClientAgainstSimulator();

    private static Exchange send(String path) throws Exception {
        return LAB.client().send(HttpRequest.get(LAB.simulator().url(path))).get(20, TimeUnit.SECONDS);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            /fault/reset             | connection reset after 0 bytes
            /fault/empty             | the server closed the connection without sending a response (an empty reply)
            /fault/malformed-chunk   | the server sent a malformed chunk after
            /fault/random-then-close | the server sent 64 bytes that are not an HTTP response
            /fault/short-body        | the server closed the connection before the response was complete after
            """)
    void eachFaultIsNamedAsWhatItIs(String path, String named) throws Exception {
        Exchange e = send(path);

        assertTrue(e.failed(), path + " got " + e.code());
        assertTrue(e.failure().startsWith(named), e.failure());
    }

    @Test
    void aShortBodySaysHowFarItGot() throws Exception {
        Exchange e = send("/fault/short-body");

        assertTrue(e.failure().contains("received: 400"), e.failure());
        assertTrue(e.responseHead().startsWith("HTTP/1.1 200 OK\r\n"), e.responseHead());
    }

    @Test
    void aTrickledBodyArrivesWholeOnlySlowly() throws Exception {
        Exchange e = send("/fault/trickle?bps=4000");

        assertEquals(200, e.code(), String.valueOf(e.failure()));
        assertEquals(1000, e.response().body().size());
    }
}
