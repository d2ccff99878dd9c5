package dev.statuslab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.scenario.MockSets;
import dev.statuslab.core.scenario.MockStore;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.server.SimulatorOptions;
import dev.statuslab.server.SimulatorServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve --mocks FILE}: the file's routes answer over real HTTP; a bad file stops it with exit code 4. */
class ServeCommandTest {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)/");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private CommandLine cli(ServeCommand serve) {
        CommandLine cli = new CommandLine(serve);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli;
    }

    @Test
    void theMocksOfTheFileAreCountedAndServed() throws Exception {
        Path file = Files.writeString(
                dir.resolve("my-mocks.json"),
                """
                {"version": 1, "mocks": [
                  {"method": "GET", "path": "/api/users", "status": 503,
                   "headers": [{"name": "Retry-After", "value": "30"}], "body": "down", "delayMs": 200},
                  {"method": "*", "path": "/teapot", "status": 418}
                ]}""");
        ServeCommand serve = new ServeCommand();
        CompletableFuture<Integer> exit =
                CompletableFuture.supplyAsync(() -> cli(serve).execute("--port", "0", "--mocks", file.toString()));
        try {
            String base = waitForAddress();
            assertTrue(out.toString().contains("Serving 2 mock routes from " + file), out.toString());

            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(base + "/api/users"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(503, r.statusCode());
            assertEquals("30", r.headers().firstValue("Retry-After").orElseThrow());
            assertEquals("down", r.body());
        } finally {
            serve.stop.countDown();
        }
        assertEquals(0, exit.get(10, TimeUnit.SECONDS), err.toString());
    }

    @Test
    void anInvalidFileIsNamedWithThePlaceAndTheReasonAndEndsWithExitCode4() throws Exception {
        Path file = Files.writeString(
                dir.resolve("mocks.json"),
                """
                {"version": 1, "mocks": [{"method": "GET", "path": "/x", "status": 99}]}""");

        int exit = cli(new ServeCommand()).execute("--port", "0", "--mocks", file.toString());

        assertEquals(ServeCommand.EXIT_BAD_MOCKS, exit);
        assertTrue(
                err.toString().contains(file + " cannot be served: mocks[0].status: the status must be between"),
                err.toString());
        assertEquals("", out.toString(), "nothing is served");
        assertTrue(Files.exists(file), "serve leaves the file where it is");
    }

    @Test
    void severalMocksFilesAreServedAsOneSetInTheOrderGiven() throws Exception {
        Path a = Files.writeString(
                dir.resolve("a.json"),
                """
                {"version": 1, "mocks": [{"method": "GET", "path": "/a", "status": 201}]}""");
        Path b = Files.writeString(
                dir.resolve("b.json"),
                """
                {"version": 1, "mocks": [{"method": "GET", "path": "/b", "status": 202},
                                         {"method": "GET", "path": "/a", "status": 500}]}""");
        ServeCommand serve = new ServeCommand();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> cli(serve).execute("--port", "0", "--mocks", a.toString(), b.toString()));
        try {
            String base = waitForAddress();
            assertTrue(out.toString().contains("Serving 3 mock routes from " + a + ", " + b), out.toString());
            HttpClient client = HttpClient.newHttpClient();
            assertEquals(
                    201,
                    client.send(
                                    HttpRequest.newBuilder(URI.create(base + "/a"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode(),
                    "equally specific: the first file's comes first");
            assertEquals(
                    202,
                    client.send(
                                    HttpRequest.newBuilder(URI.create(base + "/b"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode());
        } finally {
            serve.stop.countDown();
        }
        assertEquals(0, exit.get(10, TimeUnit.SECONDS), err.toString());
    }

    @Test
    void aMocksFileThatDoesNotExistEndsWithExitCode4() {
        Path missing = dir.resolve("nope.json");
        assertEquals(ServeCommand.EXIT_BAD_MOCKS, cli(new ServeCommand()).execute("--mocks", missing.toString()));
        assertTrue(err.toString().contains("there is no mocks file at " + missing), err.toString());
    }

    @Test
    void corsListingOneOriginAllowsItAndNoOther() throws Exception {
        Path none = Files.writeString(dir.resolve("none.json"), "{\"version\": 1, \"mocks\": []}");
        ServeCommand serve = new ServeCommand();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> cli(serve).execute("--port", "0", "--cors", "http://localhost:5173", "--mocks", none.toString()));
        try {
            String base = waitForAddress();
            assertTrue(
                    out.toString().contains("CORS on for http://localhost:5173 (playground and mocks)"),
                    out.toString());
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> allowed = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/status/200"))
                            .header("Origin", "http://localhost:5173")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> other = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/status/200"))
                            .header("Origin", "http://localhost:3000")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(
                    "http://localhost:5173",
                    allowed.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
            assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        } finally {
            serve.stop.countDown();
        }
        assertEquals(0, exit.get(10, TimeUnit.SECONDS), err.toString());
    }

    @Test
    void serveAnswersAsTheDjangoVersionItWasGiven() throws Exception {
        ServeCommand serve = new ServeCommand();
        String mocks = emptyMocks().toString();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> cli(serve).execute("--port", "0", "--django", "3.2", "--mocks", mocks));
        try {
            String base = waitForAddress();
            assertTrue(out.toString().contains("as Django 3.2"), out.toString());
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(base + "/simple/"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Cross-Origin-Opener-Policy").isEmpty(), "3.2 sends no COOP");
        } finally {
            serve.stop.countDown();
        }
        assertEquals(0, exit.get(10, TimeUnit.SECONDS), err.toString());
    }

    @Test
    void aCorsValueThatIsNotAnOriginIsExitCode2WithTheReason() {
        int exit = cli(new ServeCommand()).execute("--port", "0", "--cors", "localhost:5173/app");

        assertEquals(ServeCommand.EXIT_BAD_OPTION, exit);
        assertTrue(err.toString().contains("--cors: 'localhost:5173/app' is not an origin"), err.toString());
    }

    @Test
    void aDjangoVersionTheSimulatorDoesNotKnowIsRefusedWithTheChoices() {
        int exit = cli(new ServeCommand()).execute("--port", "0", "--django", "2.2");
        assertEquals(ServeCommand.EXIT_BAD_OPTION, exit);
        assertTrue(
                err.toString().contains("'2.2' is not a Django version the simulator knows; choose 5.2, 4.2, 3.2"),
                err.toString());
    }

    private Path emptyMocks() throws Exception {
        return Files.writeString(dir.resolve("none.json"), "{\"version\": 1, \"mocks\": []}");
    }

    @Test
    void recordWritesTheBackendsAnswersIntoAMockSetOfTheDataFolder() throws Exception {
        try (SimulatorServer backend = new SimulatorServer(SimulatorOptions.loopback(0), StatusCatalog.load())) {
            backend.start();
            ServeCommand serve = new ServeCommand();
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli(serve)
                    .execute(
                            "--port",
                            "0",
                            "--data-dir",
                            dir.toString(),
                            "--proxy",
                            backend.baseUri().toString(),
                            "--record",
                            "offline"));
            Path file = MockSets.inDataDirectory(dir).fileOf("offline");
            try {
                String base = waitForAddress();
                assertTrue(out.toString().contains("into the mock set offline: " + file), out.toString());
                HttpResponse<String> r = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(base + "/status/418"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                assertEquals(418, r.statusCode());
            } finally {
                serve.stop.countDown();
            }
            assertEquals(0, exit.get(10, TimeUnit.SECONDS), err.toString());
            List<MockRoute> recorded = MockStore.read(file);
            assertEquals(1, recorded.size());
            assertEquals("/status/418", recorded.get(0).path());
            assertEquals(418, recorded.get(0).status());
        }
    }

    @Test
    void recordWithoutAProxyIsExitCode2() {
        int exit = cli(new ServeCommand()).execute("--port", "0", "--data-dir", dir.toString(), "--record");

        assertEquals(ServeCommand.EXIT_BAD_OPTION, exit);
        assertTrue(err.toString().contains("--record recorded: needs --proxy URL"), err.toString());
    }

    @Test
    void theExitCodesAreInTheHelp() {
        cli(new ServeCommand()).execute("--help");
        assertTrue(out.toString().contains("4   the mocks file cannot be read or is not valid"), out.toString());
        assertTrue(out.toString().contains("--mocks=FILE"), out.toString());
    }

    private String waitForAddress() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Matcher m = LISTENING.matcher(out.toString());
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server did not start: " + out + err);
    }
}
