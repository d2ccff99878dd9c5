package dev.statuslab.ui.mainwindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Simulator → Serve HTTPS without a toolkit: the switch, the address it gets, and what the status bar says. */
class SimulatorHttpsTest {

    private static final URI HTTPS = URI.create("https://127.0.0.1:40123");

    /** A switch whose openings and closings complete when the test says. */
    private static final class ManualSwitch implements SimulatorHttps.Switch {
        final List<String> calls = new ArrayList<>();
        final List<CompletableFuture<URI>> ons = new ArrayList<>();
        final List<CompletableFuture<Void>> offs = new ArrayList<>();

        @Override
        public CompletableFuture<URI> on() {
            calls.add("on");
            CompletableFuture<URI> f = new CompletableFuture<>();
            ons.add(f);
            return f;
        }

        @Override
        public CompletableFuture<Void> off() {
            calls.add("off");
            CompletableFuture<Void> f = new CompletableFuture<>();
            offs.add(f);
            return f;
        }
    }

    private final SimulatorHttps https = new SimulatorHttps(Runnable::run);
    private final ManualSwitch wiring = new ManualSwitch();

    @Test
    void switchingOnShowsStartingThenTheHttpsAddress() {
        https.connect(false, wiring);
        assertEquals(SimulatorHttps.OFF, https.statusProperty().get());

        https.onProperty().set(true);

        assertEquals(List.of("on"), wiring.calls);
        assertEquals("HTTPS starting…", https.statusProperty().get());
        assertNull(https.addressProperty().get());
        wiring.ons.get(0).complete(HTTPS);
        assertEquals(HTTPS, https.addressProperty().get());
        assertEquals("HTTPS on " + HTTPS, https.statusProperty().get());
    }

    @Test
    void switchingOffClosesThePortAndForgetsTheAddress() {
        https.connect(true, wiring);
        https.started(HTTPS, null);
        assertEquals("HTTPS on " + HTTPS, https.statusProperty().get());

        https.onProperty().set(false);
        assertEquals("HTTPS stopping…", https.statusProperty().get());
        wiring.offs.get(0).complete(null);

        assertEquals(List.of("off"), wiring.calls);
        assertNull(https.addressProperty().get());
        assertEquals(SimulatorHttps.OFF, https.statusProperty().get());
    }

    @Test
    void aPortThatCannotOpenPutsTheSwitchBackOffWithTheReason() {
        https.connect(false, wiring);
        https.onProperty().set(true);

        wiring.ons.get(0).completeExceptionally(new IOException("the certificate file cannot be read"));

        assertFalse(https.onProperty().get());
        assertNull(https.addressProperty().get());
        assertEquals(
                "HTTPS could not start: the certificate file cannot be read",
                https.statusProperty().get());
        assertEquals(List.of("on"), wiring.calls, "putting the switch back does not close anything");
    }

    @Test
    void aFlipMadeBeforeTheLastOneFinishedRunsAfterItAndDecidesWhatIsShown() {
        https.connect(false, wiring);
        https.onProperty().set(true);
        https.onProperty().set(false);

        assertEquals(List.of("on"), wiring.calls, "the closing waits for the opening");
        wiring.ons.get(0).complete(HTTPS);
        assertEquals(List.of("on", "off"), wiring.calls);
        assertEquals("HTTPS stopping…", https.statusProperty().get(), "the earlier flip's outcome is not shown");
        wiring.offs.get(0).complete(null);

        assertFalse(https.onProperty().get());
        assertNull(https.addressProperty().get());
        assertEquals(SimulatorHttps.OFF, https.statusProperty().get());
    }

    @Test
    void switchingOnBeforeTheSimulatorRunsWaitsForItsStart() {
        https.connect(false, wiring);
        https.onProperty().set(true);
        wiring.ons.get(0).complete(null);
        assertEquals(
                "HTTPS starting with the simulator…", https.statusProperty().get());

        https.started(HTTPS, null);

        assertTrue(https.onProperty().get());
        assertEquals(HTTPS, https.addressProperty().get());
        assertEquals("HTTPS on " + HTTPS, https.statusProperty().get());
    }

    @Test
    void aSimulatorThatStartsWithoutTlsTurnsTheSwitchOffAndSaysWhy() {
        https.connect(true, wiring);
        assertTrue(https.onProperty().get());
        assertEquals("HTTPS starting…", https.statusProperty().get());

        https.started(null, "tls/simulator.p12 cannot be read");

        assertFalse(https.onProperty().get());
        assertEquals(
                "HTTPS off: tls/simulator.p12 cannot be read",
                https.statusProperty().get());
        assertEquals(List.of(), wiring.calls, "turning the switch back is not a flip");
    }

    @Test
    void withoutWiringTheSwitchStaysOffAndSaysSo() {
        https.onProperty().set(true);

        assertFalse(https.onProperty().get());
        assertEquals("HTTPS is not available here", https.statusProperty().get());
    }
}
