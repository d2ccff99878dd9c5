package dev.statuslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.server.SimulatorServer;
import dev.statuslab.server.tls.SimulatorCertificate;
import dev.statuslab.ui.common.AppPreferences;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The app's side of Simulator → Serve HTTPS, against real simulators on port 0: the choice and the
 * port are remembered, and the next launch's simulator gets the same https address, so that a
 * certificate trusted for that host and port stays trusted.
 */
class HttpsSwitchTest {

    private static final StatusCatalog STATUSES = StatusCatalog.load();
    private static final SimulatorCertificate CERTIFICATE = SimulatorCertificate.generate();

    private final Preferences node = Preferences.userRoot().node("dev/statuslab-test-" + UUID.randomUUID());
    private final AppPreferences prefs = new AppPreferences(node);
    private final AtomicReference<SimulatorServer> server = new AtomicReference<>();

    @AfterEach
    void cleanUp() throws Exception {
        if (server.get() != null) {
            server.get().stop();
        }
        node.removeNode();
    }

    private HttpsSwitch aSwitch() {
        return new HttpsSwitch(server::get, () -> CERTIFICATE, Runnable::run, prefs);
    }

    private SimulatorServer startSimulator() throws IOException {
        SimulatorServer started = new SimulatorServer(SimulatorServer.Options.loopback(0), STATUSES);
        started.start();
        server.set(started);
        return started;
    }

    @Test
    void theNextLaunchServesHttpsOnThePortTheLastOneHad() throws Exception {
        prefs.setSimulatorHttps(false);
        prefs.setSimulatorHttpsPort(0);
        SimulatorServer first = startSimulator();
        HttpsSwitch firstLaunch = aSwitch();
        assertEquals(new HttpsSwitch.Settled(null, null), firstLaunch.settle(first), "off: no TLS port");
        assertFalse(first.hasHttps());

        URI https = firstLaunch.on().get(10, TimeUnit.SECONDS);

        assertEquals(first.httpsBaseUri(), https);
        assertTrue(prefs.simulatorHttps());
        assertEquals(https.getPort(), prefs.simulatorHttpsPort());
        first.stop();

        SimulatorServer second = startSimulator();
        HttpsSwitch.Settled settled = aSwitch().settle(second);

        assertEquals(https, settled.https(), "the same https address as in the last launch");
        assertNull(settled.reason());
    }

    @Test
    void switchingOffClosesTheTlsPortAndIsRemembered() throws Exception {
        prefs.setSimulatorHttps(true);
        prefs.setSimulatorHttpsPort(0);
        SimulatorServer running = startSimulator();
        HttpsSwitch launch = aSwitch();
        assertTrue(launch.settle(running).https() != null);

        launch.off().get(10, TimeUnit.SECONDS);

        assertFalse(running.hasHttps());
        assertTrue(running.isRunning());
        assertFalse(prefs.simulatorHttps());
        assertEquals(new HttpsSwitch.Settled(null, null), aSwitch().settle(running), "the next launch stays off");
    }

    @Test
    void aCertificateThatCannotBeReadLeavesHttpsOffWithTheReason() throws Exception {
        prefs.setSimulatorHttps(true);
        SimulatorServer running = startSimulator();
        HttpsSwitch unreadable = new HttpsSwitch(
                server::get,
                () -> {
                    throw new IOException("tls/simulator.p12 cannot be read");
                },
                Runnable::run,
                prefs);

        HttpsSwitch.Settled settled = unreadable.settle(running);

        assertNull(settled.https());
        assertEquals("tls/simulator.p12 cannot be read", settled.reason());
        assertFalse(running.hasHttps());
    }
}
