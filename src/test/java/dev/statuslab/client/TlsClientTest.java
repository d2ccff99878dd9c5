package dev.statuslab.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.SendOptions;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.tls.CertificateInfo;
import dev.statuslab.core.tls.TlsInfo;
import dev.statuslab.core.tls.TlsProblem;
import dev.statuslab.core.tls.TrustedCertificates;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.HarReader;
import dev.statuslab.core.transcript.HarSchema;
import dev.statuslab.core.transcript.HarWriter;
import dev.statuslab.server.SimulatorServer;
import dev.statuslab.server.tls.SimulatorCertificate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS and HTTP/2 against the simulator's own TLS mode, on free ports, with its self-signed certificate. */
class TlsClientTest {

    private static final SimulatorCertificate CERTIFICATE = SimulatorCertificate.generate();
    private static SimulatorServer server;
    private static WireClient trusting;
    private static WireClient plain;

    @BeforeAll
    static void start() throws Exception {
        server = TlsServers.start(CERTIFICATE);
        TrustedCertificates trusted = TrustedCertificates.inMemory();
        trusted.trust("127.0.0.1:" + server.httpsPort(), CertificateInfo.of(CERTIFICATE.certificate()));
        trusting = new WireClient(WireClient.Options.defaults(), new TlsSettings(trusted, List.of()));
        plain = new WireClient(WireClient.Options.defaults());
    }

    @AfterAll
    static void stop() {
        trusting.close();
        plain.close();
        server.stop();
    }

    private static String https(String path) {
        return server.httpsBaseUri() + path;
    }

    private static Exchange send(WireClient client, HttpRequest request, SendOptions options) throws Exception {
        return client.send(request, options).get(20, TimeUnit.SECONDS);
    }

    @Test
    void theSimulatorsSelfSignedCertificateIsRefusedWithItsChainShown() throws Exception {
        Exchange e = send(plain, HttpRequest.get(https("/status/201")), SendOptions.defaults());

        assertTrue(e.failed());
        assertTrue(e.failure().contains("self-signed"), e.failure());
        TlsInfo tls = e.tls();
        assertEquals(TlsProblem.SELF_SIGNED, tls.problem());
        assertEquals(TlsInfo.Trust.REFUSED, tls.trust());
        CertificateInfo leaf = tls.leaf().orElseThrow();
        assertEquals(CERTIFICATE.fingerprint(), leaf.sha256());
        assertEquals(List.of("DNS:localhost", "IP:127.0.0.1", "IP:0:0:0:0:0:0:0:1"), leaf.subjectAltNames());
        assertTrue(leaf.subject().contains("CN=StatusLab simulator"), leaf.subject());
        assertEquals("", e.requestHead(), "nothing was sent before the handshake failed");
    }

    @Test
    void aTrustedCertificateGivesHttp2ByAlpnWithoutAReasonPhrase() throws Exception {
        Exchange e = send(trusting, HttpRequest.get(https("/status/201")), SendOptions.defaults());

        assertFalse(e.failed(), e.failure());
        assertEquals("HTTP/2 201", e.response().statusLine().toString());
        assertEquals("", e.response().statusLine().reason());
        assertTrue(e.responseHead().startsWith("HTTP/2 201\r\n"), e.responseHead());
        assertTrue(
                e.requestHead()
                        .startsWith("GET /status/201 HTTP/2\r\n:method: GET\r\n:scheme: https\r\n"
                                + ":authority: 127.0.0.1:" + server.httpsPort() + "\r\n:path: /status/201\r\n"),
                e.requestHead());
        e.response().headers().forEach(h -> assertEquals(h.name().toLowerCase(), h.name(), "names as received"));
        assertTrue(e.response().headers().has("content-type"));
        TlsInfo tls = e.tls();
        assertEquals("h2", tls.alpn());
        assertEquals("TLSv1.3", tls.protocol());
        assertTrue(tls.cipherSuite().startsWith("TLS_"), tls.cipherSuite());
        assertEquals(TlsInfo.Trust.TRUSTED_FINGERPRINT, tls.trust());
        assertNull(tls.problem());
        assertTrue(e.timings().ssl() > 0, "the handshake is timed");
        assertTrue(e.timings().connect() >= e.timings().ssl(), "HAR's connect includes ssl");
    }

    @Test
    void anHttpsExchangeGoesToHarWithItsSslPhaseAndTlsSectionAndComesBack(@TempDir Path dir) throws Exception {
        Exchange e = send(trusting, HttpRequest.get(https("/status/201")), SendOptions.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        HarWriter.write(List.of(e), StatusCatalog.load(), out);

        JsonNode entry = new ObjectMapper()
                .readTree(out.toByteArray())
                .get("log")
                .get("entries")
                .get(0);
        assertTrue(HarSchema.problems(new ObjectMapper().readTree(out.toByteArray()))
                .isEmpty());
        assertEquals("HTTP/2", entry.get("response").get("httpVersion").asText());
        assertEquals("", entry.get("response").get("statusText").asText());
        assertEquals(e.timings().ssl(), entry.get("timings").get("ssl").asDouble());
        assertEquals("h2", entry.get("_statuslab").get("tls").get("alpn").asText());
        Exchange back =
                HarReader.read(new ByteArrayInputStream(out.toByteArray()), dir).get(0);
        assertEquals(e.tls(), back.tls());
        assertEquals(e.response().statusLine(), back.response().statusLine());
    }

    @Test
    void http11ByChoiceKeepsTheExactStatusLineOverTls() throws Exception {
        Exchange e = send(
                trusting,
                HttpRequest.get(https("/status/201")),
                SendOptions.defaults().withVersion(SendOptions.Version.HTTP_1_1));

        assertEquals("HTTP/1.1 201 Created", e.response().statusLine().toString());
        assertTrue(e.responseHead().startsWith("HTTP/1.1 201 Created\r\n"), e.responseHead());
        assertTrue(
                e.requestHead()
                        .startsWith("GET /status/201 HTTP/1.1\r\nHost: 127.0.0.1:" + server.httpsPort() + "\r\n"),
                e.requestHead());
        assertEquals("http/1.1", e.tls().alpn());
    }

    @Test
    void aPostWithABodyGoesOverHttp2AndIsEchoed() throws Exception {
        HttpRequest post = new HttpRequest(
                HttpMethod.POST,
                https("/anything?x=1"),
                Headers.of("Content-Type", "text/plain", "X-Mixed-Case", "Yes"),
                Body.of("x".repeat(100_000)));

        Exchange e = send(trusting, post, SendOptions.defaults());

        assertEquals(200, e.code(), e.failure());
        JsonNode echo = Simulator.json(e.response().body());
        assertEquals("POST", echo.get("method").asText());
        assertEquals(100_000, echo.get("data").asText().length());
        assertEquals("Yes", Simulator.echoedField(echo, "x-mixed-case"), "HTTP/2 sends names lower-case");
    }

    @Test
    void theInsecureSwitchAcceptsAnyCertificateAndSaysSo() throws Exception {
        Exchange e = send(
                plain,
                HttpRequest.get(https("/status/404")),
                SendOptions.defaults().withInsecure(true));

        assertEquals(404, e.code(), e.failure());
        assertEquals(TlsInfo.Trust.INSECURE, e.tls().trust());
    }

    @Test
    void aChangedCertificateIsRefusedEvenWhenTheHostWasTrusted() throws Exception {
        TrustedCertificates trusted = TrustedCertificates.inMemory();
        trusted.trust(
                "127.0.0.1:" + server.httpsPort(),
                CertificateInfo.of(SimulatorCertificate.generate().certificate()));
        try (WireClient client = new WireClient(WireClient.Options.defaults(), new TlsSettings(trusted, List.of()))) {
            Exchange e = send(client, HttpRequest.get(https("/simple/")), SendOptions.defaults());

            assertEquals(TlsProblem.FINGERPRINT_CHANGED, e.tls().problem());
            assertTrue(e.failure().contains("changed since you trusted it"), e.failure());
        }
    }

    @Test
    void h2cByPriorKnowledgeOnTheClearPort() throws Exception {
        Exchange e = send(
                plain,
                HttpRequest.get(server.baseUri() + "/status/201"),
                SendOptions.defaults().withVersion(SendOptions.Version.HTTP_2));

        assertEquals("HTTP/2 201", e.response().statusLine().toString(), e.failure());
        assertNull(e.tls());
        assertEquals(-1, e.timings().ssl());
    }

    @Test
    void httpsToAClearPortNamesTheMismatch() throws Exception {
        Exchange e =
                send(plain, HttpRequest.get("https://127.0.0.1:" + server.port() + "/simple/"), SendOptions.defaults());

        assertEquals(TlsProblem.NOT_TLS, e.tls().problem());
        assertTrue(e.failure().contains("answers in clear HTTP, not TLS"), e.failure());
    }

    @Test
    void httpToATlsPortNamesTheMismatch() throws Exception {
        Exchange e = send(
                plain, HttpRequest.get("http://127.0.0.1:" + server.httpsPort() + "/simple/"), SendOptions.defaults());

        assertTrue(e.failed());
        assertNotNull(e.tls(), e.failure());
        assertEquals(TlsProblem.TLS_EXPECTED, e.tls().problem());
        assertTrue(e.failure().contains("speaks TLS: use https://"), e.failure());
    }
}
