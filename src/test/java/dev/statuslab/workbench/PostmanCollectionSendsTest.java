package dev.statuslab.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.workbench.CollectionStore;
import dev.statuslab.core.workbench.CookieJar;
import dev.statuslab.core.workbench.Environment;
import dev.statuslab.core.workbench.PostmanImport;
import dev.statuslab.core.workbench.RequestBuilder;
import dev.statuslab.core.workbench.RequestCollection;
import dev.statuslab.core.workbench.RequestDraft;
import dev.statuslab.core.workbench.SimulatorAddress;
import dev.statuslab.core.workbench.Variable;
import dev.statuslab.core.workbench.VariableContext;
import dev.statuslab.server.SimulatorOptions;
import dev.statuslab.server.SimulatorServer;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Postman v2.1 collection with folders and variables is imported into the store, read back as
 * at the next launch, and its requests are sent to a real simulator: the environment points the
 * collection's {{baseUrl}} at {{simulator}}, the collection's secret token rides in the Bearer auth.
 */
class PostmanCollectionSendsTest {

    @TempDir
    Path data;

    @Test
    void anImportedCollectionSendsToTheSimulatorAfterARelaunch() throws Exception {
        PostmanImport.Imported imported;
        try (InputStream in =
                getClass().getResourceAsStream("/dev/statuslab/core/workbench/tutorial.postman_collection.json")) {
            imported = PostmanImport.read(in);
        }
        CollectionStore.inDataDirectory(data).add(imported.collection());
        CollectionStore.Loaded loaded = CollectionStore.inDataDirectory(data).load();
        assertEquals(List.of(), loaded.problems());
        RequestCollection collection = loaded.collections().get(0);

        try (SimulatorServer server = new SimulatorServer(SimulatorOptions.loopback(0), StatusCatalog.load());
                WireClient client = new WireClient(WireClient.Options.defaults())) {
            server.start();
            Environment local = new Environment("local", List.of(Variable.of("baseUrl", "{{simulator}}")));
            VariableContext context = VariableContext.of(
                    local, collection.variables(), new SimulatorAddress(server.baseUri()), new CookieJar());

            RequestDraft detail =
                    collection.root().folders().get(0).requests().get(0).draft();
            Exchange got = send(client, detail, context);
            assertEquals(200, got.code());
            assertTrue(
                    got.request().url().endsWith("/messages/1/"), got.request().url());
            assertEquals(
                    "Bearer s3cr3t-token",
                    got.request().headers().first("Authorization").orElseThrow());
            assertFalse(got.request().headers().has("X-Debug"), "a disabled header stays off");

            RequestDraft create =
                    collection.root().folders().get(0).requests().get(1).draft();
            Exchange created = send(client, create, context);
            assertEquals(201, created.code(), () -> created.response().body().text());

            RequestDraft ping = collection.root().requests().get(0).draft();
            assertEquals(200, send(client, ping, context).code());
        }
    }

    private static Exchange send(WireClient client, RequestDraft draft, VariableContext context) throws Exception {
        RequestBuilder.Built built = RequestBuilder.build(draft, context);
        assertTrue(built.ok(), () -> built.problems().toString());
        Exchange exchange = client.send(built.request()).get(10, TimeUnit.SECONDS);
        assertFalse(exchange.failed(), exchange::failure);
        return exchange;
    }
}
