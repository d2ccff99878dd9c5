package dev.statuslab.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.HistoryStore;
import dev.statuslab.core.transcript.TranscriptFiles;
import dev.statuslab.core.workbench.SimulatorAddress;
import dev.statuslab.server.SimulatorOptions;
import dev.statuslab.server.SimulatorServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real simulator, a real client and the real history store: an exchange made in one launch is
 * sent again after the simulator came back on another port, and reaches the running one.
 */
class RelaunchOnAnotherPortTest {

    private static final StatusCatalog CATALOG = StatusCatalog.load();

    @TempDir
    Path data;

    @Test
    void aRestoredExchangeIsResentToTheSimulatorOfTheNextLaunch() throws Exception {
        List<String> problems = new ArrayList<>();
        int firstPort;
        try (WireClient client = new WireClient(WireClient.Options.defaults());
                SimulatorServer first = new SimulatorServer(SimulatorOptions.loopback(0), CATALOG)) {
            firstPort = first.startPreferring().port();
            SimulatorAddress address = new SimulatorAddress(first.baseUri());
            Exchange made = client.send(HttpRequest.get(address.resolve("{{simulator}}/messages/1/")))
                    .get(10, TimeUnit.SECONDS);
            assertEquals(200, made.code());
            HistoryStore store = new HistoryStore(data, TranscriptFiles.historyCodec(CATALOG), problems::add);
            store.save(address.tag(made)).get(10, TimeUnit.SECONDS);
            store.close();
        }

        try (WireClient client = new WireClient(WireClient.Options.defaults());
                SimulatorServer second = new SimulatorServer(SimulatorOptions.loopback(0), CATALOG)) {
            int secondPort = second.startPreferring().port();
            assertNotEquals(firstPort, secondPort);
            HistoryStore store = new HistoryStore(data, TranscriptFiles.historyCodec(CATALOG), problems::add);
            List<Exchange> restored = store.restore().exchanges();
            assertEquals(1, restored.size());
            Exchange old = restored.get(0);
            assertTrue(
                    old.request().url().contains(":" + firstPort + "/"),
                    old.request().url());

            HttpRequest resend = SimulatorAddress.editable(
                    new SimulatorAddress(second.baseUri()).current(old).request());
            assertFalse(resend.headers().has("Host"), "the composer gets no Host row");
            Exchange again = client.send(resend).get(10, TimeUnit.SECONDS);
            assertFalse(again.failed(), again::failure);
            assertEquals(200, again.code());
            assertTrue(again.requestHead().contains("Host: 127.0.0.1:" + secondPort), again.requestHead());
            store.close();
        }
        assertTrue(problems.isEmpty(), problems::toString);
    }
}
