package dev.statuslab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** The desktop simulator's stable address: the preferred port when free, a free one when it is taken. */
class PreferredPortTest {

    private static int freePort() throws Exception {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    @Test
    void aFreePreferredPortIsUsed() throws Exception {
        int preferred = freePort();
        try (SimulatorServer server =
                new SimulatorServer(SimulatorOptions.loopback(preferred), RunningServer.CATALOG)) {
            SimulatorServer.Started started = server.startPreferring();
            assertEquals(preferred, started.port());
            assertEquals(preferred, server.port());
            assertFalse(started.fellBack());
            assertNull(started.note());
            assertEquals(200, new RawHttp(server.port()).get("/simple/").status());
        }
    }

    @Test
    void aTakenPreferredPortFallsBackToAFreeOneAndSaysWhich() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                SimulatorServer server =
                        new SimulatorServer(SimulatorOptions.loopback(taken.getLocalPort()), RunningServer.CATALOG)) {
            SimulatorServer.Started started = server.startPreferring();
            assertTrue(started.fellBack());
            assertNotEquals(taken.getLocalPort(), started.port());
            assertEquals(started.port(), server.port());
            assertTrue(started.note().contains("port " + taken.getLocalPort()), started.note());
            assertTrue(started.note().contains("free port " + started.port()), started.note());
            assertEquals(200, new RawHttp(server.port()).get("/simple/").status());
        }
    }

    @Test
    void plainStartStillFailsOnATakenPortForScripts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                SimulatorServer server =
                        new SimulatorServer(SimulatorOptions.loopback(taken.getLocalPort()), RunningServer.CATALOG)) {
            SimulatorServer.BindFailedException e =
                    assertThrows(SimulatorServer.BindFailedException.class, server::start);
            assertTrue(e.getMessage().contains(String.valueOf(taken.getLocalPort())), e.getMessage());
            assertFalse(server.isRunning());
        }
    }

    @Test
    void afterAFallbackARestartTriesThePreferredPortAgain() throws Exception {
        int preferred;
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            preferred = taken.getLocalPort();
            try (SimulatorServer server =
                    new SimulatorServer(SimulatorOptions.loopback(preferred), RunningServer.CATALOG)) {
                assertTrue(server.startPreferring().fellBack());
            }
        }
        try (SimulatorServer server =
                new SimulatorServer(SimulatorOptions.loopback(preferred), RunningServer.CATALOG)) {
            assertEquals(preferred, server.startPreferring().port());
        }
    }
}
