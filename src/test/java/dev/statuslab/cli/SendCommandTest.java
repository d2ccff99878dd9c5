package dev.statuslab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.server.SimulatorOptions;
import dev.statuslab.server.SimulatorServer;
import dev.statuslab.server.tls.SimulatorCertificate;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code statuslab send} end to end against a real simulator over HTTP, HTTPS (h2, 1.1) and h2c, exit codes included. */
class SendCommandTest {

    @TempDir
    static Path dir;

    private static SimulatorServer server;
    private static Path pem;
    private static String http;
    private static String https;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void start() throws Exception {
        SimulatorCertificate certificate = SimulatorCertificate.generate();
        server = new SimulatorServer(SimulatorOptions.loopback(0), StatusCatalog.load())
                .withHttps(certificate, 0)
                .withH2c();
        server.start();
        pem = Files.writeString(dir.resolve("simulator.pem"), certificate.pem());
        http = server.baseUri().toString();
        https = server.httpsBaseUri().toString();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private int send(String... args) {
        List<String> all =
                new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        CommandLine cli = new CommandLine(new SendCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(all.toArray(new String[0]));
    }

    private String[] lines() {
        return out.toString().split("\n");
    }

    @Test
    void httpsToTheSimulatorPrintsTheHttp2StatusLineFirstThenTheFieldsAndTheBody() {
        int exit = send("--cacert", pem.toString(), https + "/status/201");

        assertEquals(0, exit, err.toString());
        assertEquals("HTTP/2 201", lines()[0]);
        assertTrue(out.toString().contains("\ncontent-type: "), "names as received: " + out);
    }

    @Test
    void http11IsChosenWithItsFlagAndKeepsTheReasonPhrase() {
        assertEquals(0, send("--cacert", pem.toString(), "--http1.1", https + "/status/201"), err.toString());

        assertEquals("HTTP/1.1 201 Created", lines()[0]);
    }

    @Test
    void h2cByPriorKnowledgeWithHttp2OnAClearUrl() {
        assertEquals(0, send("--http2", http + "/status/418"), err.toString());

        assertEquals("HTTP/2 418", lines()[0]);
    }

    @Test
    void failExits22OnA4xxAnd0Without() {
        assertEquals(22, send("--fail", http + "/status/404"));
        assertEquals("HTTP/1.1 404 Not Found", lines()[0]);
        assertEquals(0, send(http + "/status/503"));
    }

    @Test
    void aSelfSignedCertificateExits35WithThePlainWordsExplanation() {
        int exit = send(https + "/status/200");

        assertEquals(35, exit);
        assertEquals("", out.toString());
        assertTrue(err.toString().contains("is self-signed"), err.toString());
        assertTrue(err.toString().contains("Fix on the server: "), err.toString());
        assertTrue(err.toString().contains("In Django deployments: "), err.toString());
        assertTrue(err.toString().contains("SHA-256 "), err.toString());
    }

    @Test
    void insecureAcceptsItAndSaysSo() {
        assertEquals(0, send("--insecure", https + "/status/200"), err.toString());

        assertTrue(err.toString().contains("not checked"), err.toString());
    }

    @Test
    void httpsToTheClearPortNamesTheMismatch() {
        assertEquals(35, send(http.replace("http://", "https://") + "/simple/"));

        assertTrue(err.toString().contains("answers in clear HTTP, not TLS"), err.toString());
    }

    @Test
    void aCertificateFileThatCannotBeReadIsRefusedWithTheReason() throws Exception {
        Path garbage = Files.writeString(dir.resolve("garbage.pem"), "not a certificate");

        assertEquals(2, send("--cacert", dir.resolve("missing.pem").toString(), https + "/"));
        assertTrue(err.toString().contains("missing.pem does not exist"), err.toString());
        assertEquals(2, send("--cacert", garbage.toString(), https + "/"));
        assertTrue(err.toString().contains("garbage.pem is not a PEM or DER certificate"), err.toString());
    }

    @Test
    void nothingListeningExits7() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertEquals(7, send("http://127.0.0.1:" + port + "/"));
        assertTrue(err.toString().contains("connection refused"), err.toString());
    }

    @Test
    void jsonDataPostsWithItsContentTypeAndExplainChecksTheHeaders() {
        int exit = send(
                "--json",
                "{\"name\":\"Ada\",\"email\":\"ada@example.com\",\"message\":\"Hi\"}",
                "--explain",
                http + "/api/messages/");

        assertEquals(0, exit, err.toString());
        assertEquals("HTTP/1.1 201 Created", lines()[0]);
        assertTrue(out.toString().contains("{\"message\": \"Created\"}")
                || out.toString().contains("\"Created\""));
        assertTrue(out.toString().contains("# 201 Created"), out.toString());
        assertTrue(out.toString().contains("# ✗ Location"), out.toString());
    }

    @Test
    void explainSaysWhyHttp2HasNoReasonPhrase() {
        assertEquals(0, send("--cacert", pem.toString(), "--explain", https + "/status/201"), err.toString());

        assertTrue(out.toString().contains("HTTP/2 has no reason phrase"), out.toString());
        assertTrue(out.toString().contains("# TLS: TLSv1.3"), out.toString());
    }

    @Test
    void formDataAndTheCookieJarRoundTripTheCsrfToken() throws Exception {
        Path jar = dir.resolve("cookies.txt");
        assertEquals(0, send("-c", jar.toString(), http + "/secure/contact/"), err.toString());
        String token = Files.readAllLines(jar).stream()
                .filter(l -> l.contains("csrftoken"))
                .findFirst()
                .orElseThrow()
                .split("\t")[6];
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(jar)));

        out.getBuffer().setLength(0);
        int exit = send(
                "-b",
                jar.toString(),
                "-H",
                "Referer: " + http + "/secure/contact/",
                "-d",
                "name=Ada&email=ada@example.com&message=Hello&csrfmiddlewaretoken=" + token,
                http + "/secure/contact/");

        assertEquals(0, exit, err.toString());
        assertEquals("HTTP/1.1 302 Found", lines()[0], out.toString());
    }

    @Test
    void harWritesTheExchangeWithItsTlsSection() throws Exception {
        Path har = dir.resolve("send.har");

        assertEquals(0, send("--cacert", pem.toString(), "--har", har.toString(), https + "/status/201"));

        JsonNode entry = new ObjectMapper()
                .readTree(har.toFile())
                .get("log")
                .get("entries")
                .get(0);
        assertEquals("HTTP/2", entry.get("response").get("httpVersion").asText());
        assertTrue(entry.get("timings").get("ssl").asDouble() > 0);
        assertEquals("VERIFIED", entry.get("_statuslab").get("tls").get("trust").asText());
    }
}
