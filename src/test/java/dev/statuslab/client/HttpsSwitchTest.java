package dev.statuslab.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.SendOptions;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.server.SimulatorOptions;
import dev.statuslab.server.SimulatorServer;
import dev.statuslab.server.tls.SimulatorCertificate;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The simulator's TLS port switched on and off while it runs (the window's HTTPS switch), over real
 * TLS on free ports: HTTP/2 and HTTP/1.1 by ALPN, the clear port untouched, the same port again when
 * switched back on.
 */
class HttpsSwitchTest {

    private static final SimulatorCertificate CERTIFICATE = SimulatorCertificate.generate();
    private static final SendOptions INSECURE = new SendOptions(SendOptions.Version.AUTO, true);

    private static Exchange send(WireClient client, String url, SendOptions options) throws Exception {
        return client.send(HttpRequest.get(url), options).get(20, TimeUnit.SECONDS);
    }

    @Test
    void switchedOnWhileRunningItAnswersHttp2AndHttp11OverTlsAndSwitchedOffTheClearPortStays() throws Exception {
        try (SimulatorServer server = new SimulatorServer(SimulatorOptions.loopback(0), StatusCatalog.load());
                WireClient client = new WireClient(WireClient.Options.defaults())) {
            server.start();
            assertFalse(server.hasHttps());

            URI https = server.startHttps(CERTIFICATE, 0);

            assertEquals(server.httpsBaseUri(), https);
            assertTrue(https.toString().startsWith("https://127.0.0.1:"), https.toString());
            Exchange h2 = send(client, https + "/status/201", INSECURE);
            assertEquals("HTTP/2 201", h2.response().statusLine().toString());
            assertEquals("h2", h2.tls().alpn());
            Exchange h1 = send(client, https + "/status/201", new SendOptions(SendOptions.Version.HTTP_1_1, true));
            assertEquals("HTTP/1.1 201 Created", h1.response().statusLine().toString());
            int port = server.httpsPort();

            server.stopHttps();

            assertFalse(server.hasHttps());
            assertThrows(IllegalStateException.class, server::httpsPort);
            assertTrue(send(client, https + "/status/201", INSECURE).failed(), "the TLS port is closed");
            assertEquals(
                    200,
                    send(client, server.baseUri() + "/simple/", SendOptions.defaults())
                            .code());

            assertEquals(https, server.startHttps(CERTIFICATE, 0), "the same address again");
            assertEquals(port, server.httpsPort());
            assertEquals(204, send(client, https + "/status/204", INSECURE).code());
        }
    }

    @Test
    void switchedOnBeforeStartItOpensWithTheServerAndSwitchedOffItStaysClosedAtTheNextStart() throws Exception {
        try (SimulatorServer server = new SimulatorServer(SimulatorOptions.loopback(0), StatusCatalog.load())) {
            assertNull(server.startHttps(CERTIFICATE, 0));
            server.start();
            assertTrue(server.hasHttps());

            server.stopHttps();
            server.stop();
            server.start();

            assertFalse(server.hasHttps());
        }
    }
}
