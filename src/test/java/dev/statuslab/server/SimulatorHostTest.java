package dev.statuslab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.django.DjangoVersion;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.server.tls.SimulatorCertificate;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator the window runs, against real simulators on port 0: the HTTPS choice and port are
 * remembered, so the next launch's simulator gets the same https address (a certificate trusted for
 * it stays trusted); a taken port falls back to a free one with a note; a Django version chosen before
 * the simulator runs is the one it answers as.
 */
class SimulatorHostTest {

    private static final StatusCatalog STATUSES = StatusCatalog.load();
    private static final SimulatorCertificate CERTIFICATE = SimulatorCertificate.generate();

    /** What the app keeps in its preferences. */
    private boolean httpsOn;

    private int httpsPort;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final List<SimulatorHost> hosts = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        hosts.forEach(SimulatorHost::stop);
        background.shutdownNow();
    }

    private SimulatorHost aHost(SimulatorHost.Certificates certificates) {
        SimulatorHost host = new SimulatorHost(
                port -> new SimulatorServer(SimulatorOptions.loopback(port), STATUSES),
                certificates,
                new SimulatorHost.Memory(() -> httpsOn, on -> httpsOn = on, () -> httpsPort, port -> httpsPort = port),
                background);
        hosts.add(host);
        return host;
    }

    @Test
    void theNextLaunchServesHttpsOnThePortTheLastOneHad() throws Exception {
        SimulatorHost firstLaunch = aHost(() -> CERTIFICATE);
        SimulatorHost.Started first = firstLaunch.start(0).get(10, TimeUnit.SECONDS);
        assertNull(first.https(), "off: no TLS port");
        assertNull(first.httpsProblem());
        assertFalse(firstLaunch.running().hasHttps());

        URI https = firstLaunch.httpsOn().get(10, TimeUnit.SECONDS);

        assertEquals(firstLaunch.running().httpsBaseUri(), https);
        assertTrue(httpsOn, "the choice is remembered");
        assertEquals(https.getPort(), httpsPort, "the port is remembered");
        firstLaunch.stop();

        SimulatorHost.Started second = aHost(() -> CERTIFICATE).start(0).get(10, TimeUnit.SECONDS);

        assertEquals(https, second.https(), "the same https address as in the last launch");
        assertNull(second.httpsProblem());
    }

    @Test
    void switchingOffClosesTheTlsPortAndIsRemembered() throws Exception {
        httpsOn = true;
        SimulatorHost launch = aHost(() -> CERTIFICATE);
        assertNotNull(launch.start(0).get(10, TimeUnit.SECONDS).https());

        launch.httpsOff().get(10, TimeUnit.SECONDS);

        assertFalse(launch.running().hasHttps());
        assertTrue(launch.running().isRunning(), "the clear port stays");
        assertFalse(httpsOn);
        launch.stop();
        assertNull(aHost(() -> CERTIFICATE).start(0).get(10, TimeUnit.SECONDS).https(), "the next launch stays off");
    }

    @Test
    void aCertificateThatCannotBeReadLeavesHttpsOffWithTheReason() throws Exception {
        httpsOn = true;
        SimulatorHost unreadable = aHost(() -> {
            throw new IOException("tls/simulator.p12 cannot be read");
        });

        SimulatorHost.Started started = unreadable.start(0).get(10, TimeUnit.SECONDS);

        assertNull(started.https());
        assertEquals("tls/simulator.p12 cannot be read", started.httpsProblem());
        assertFalse(unreadable.running().hasHttps());
        assertTrue(unreadable.running().isRunning(), "the clear port serves anyway");
    }

    @Test
    void aCertificateThatCannotBeMadeLeavesTheClearPortServingWithTheReason() throws Exception {
        httpsOn = true;
        SimulatorHost noEc = aHost(() -> {
            throw new IllegalStateException("cannot make an EC key: EC KeyPairGenerator not available");
        });

        SimulatorHost.Started started = noEc.start(0).get(10, TimeUnit.SECONDS);

        assertNull(started.https());
        assertTrue(started.httpsProblem().contains("EC KeyPairGenerator"), started.httpsProblem());
        assertTrue(noEc.running().isRunning(), "the simulator starts without its TLS port");
    }

    @Test
    void aTakenPortFallsBackToAFreeOneAndSaysSo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            SimulatorHost.Started started =
                    aHost(() -> CERTIFICATE).start(taken.getLocalPort()).get(10, TimeUnit.SECONDS);

            assertNotEquals(taken.getLocalPort(), started.base().getPort());
            assertNotNull(started.note(), "the status bar says why the port differs");
            assertTrue(started.note().contains(String.valueOf(taken.getLocalPort())), started.note());
        }
    }

    @Test
    void aDjangoVersionChosenBeforeTheStartIsTheOneTheSimulatorAnswersAs() throws Exception {
        SimulatorHost host = aHost(() -> CERTIFICATE);
        DjangoVersion other = Arrays.stream(DjangoVersion.values())
                .filter(v -> v != DjangoVersion.DEFAULT)
                .findFirst()
                .orElseThrow();
        host.useDjango(other);

        SimulatorHost.Started started = host.start(0).get(10, TimeUnit.SECONDS);

        assertEquals(other, host.running().django());
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(started.base().resolve("/status/200"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
    }
}
