package dev.statuslab.ui.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.TlsSettings;
import dev.statuslab.client.WireClient;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.tls.CertificateInfo;
import dev.statuslab.core.tls.TlsInfo;
import dev.statuslab.core.tls.TlsProblem;
import dev.statuslab.core.tls.TrustedCertificates;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.server.SimulatorOptions;
import dev.statuslab.server.SimulatorServer;
import dev.statuslab.server.tls.SimulatorCertificate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The list of trusted certificates without a toolkit, against the simulator's real TLS port: what a
 * row shows, and that revoking takes effect on the next send (the certificate warning is back).
 */
class TrustedCertificatesViewModelTest {

    private static final SimulatorCertificate CERTIFICATE = SimulatorCertificate.generate();
    private static SimulatorServer server;

    @TempDir
    Path data;

    @BeforeAll
    static void startServer() throws Exception {
        server = new SimulatorServer(SimulatorOptions.loopback(0), StatusCatalog.load()).withHttps(CERTIFICATE, 0);
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void trustRevokeAndResendBringsTheCertificateWarningBack() throws Exception {
        TrustedCertificates trusted = TrustedCertificates.inDataDirectory(data);
        List<String> said = new ArrayList<>();
        TlsViewModel pane = new TlsViewModel(trusted, Runnable::run, Runnable::run, said::add);
        String hostPort = "127.0.0.1:" + server.httpsPort();
        HttpRequest request = HttpRequest.get(server.httpsBaseUri() + "/status/201");
        try (WireClient client = new WireClient(WireClient.Options.defaults(), new TlsSettings(trusted, List.of()))) {
            Exchange first = client.send(request).join();
            pane.show(first);
            assertEquals(TlsProblem.SELF_SIGNED, first.tls().problem());
            pane.trust().join();
            Exchange trustedAnswer = client.send(request).join();
            assertEquals("HTTP/2 201", trustedAnswer.response().statusLine().toString());
            assertEquals(TlsInfo.Trust.TRUSTED_FINGERPRINT, trustedAnswer.tls().trust());

            TrustedCertificatesViewModel list = pane.trustedCertificates();
            list.refresh().join();
            assertEquals(1, list.rows().size());
            TrustedCertificatesViewModel.Row row = list.rows().get(0);
            assertEquals(hostPort, row.hostPort());
            assertEquals(CERTIFICATE.fingerprint(), row.sha256());
            list.revoke(row).join();

            assertTrue(list.rows().isEmpty());
            assertTrue(
                    list.messageProperty().get().contains("the next request to " + hostPort),
                    list.messageProperty().get());
            assertTrue(
                    TrustedCertificates.inDataDirectory(data).forHost(hostPort).isEmpty(), "revoked on disk");
            Exchange again = client.send(request).join();
            pane.show(again);
            assertTrue(again.failed());
            assertEquals(TlsProblem.SELF_SIGNED, again.tls().problem());
            assertTrue(pane.warningProperty().get());
            assertEquals(
                    "Trust this certificate for " + hostPort,
                    pane.trustLabelProperty().get());
        }
    }

    @Test
    void aRowShowsHostSubjectIssuerExpiryAndFingerprintAndMarksAnExpiredCertificate() {
        TrustedCertificates trusted = TrustedCertificates.inMemory();
        String fingerprint = "0A:".repeat(31) + "FF";
        trust(
                trusted,
                "api.test:443",
                new CertificateInfo(
                        "CN=api.test",
                        "CN=Test CA",
                        List.of("DNS:api.test"),
                        Instant.parse("2025-01-01T00:00:00Z"),
                        Instant.parse("2026-03-01T10:30:00Z"),
                        fingerprint));
        TrustedCertificatesViewModel list =
                new TrustedCertificatesViewModel(trusted, Runnable::run, Runnable::run, at("2026-06-01T00:00:00Z"));

        list.refresh().join();

        TrustedCertificatesViewModel.Row row = list.rows().get(0);
        assertEquals(
                new TrustedCertificatesViewModel.Row(
                        "api.test:443",
                        "CN=api.test",
                        "CN=Test CA",
                        "2026-03-01 10:30 UTC (expired)",
                        true,
                        fingerprint),
                row);
        assertEquals("1 certificate trusted", list.messageProperty().get());
    }

    @Test
    void anEmptyListSaysHowACertificateGetsThere() {
        TrustedCertificatesViewModel list = new TrustedCertificatesViewModel(
                TrustedCertificates.inMemory(), Runnable::run, Runnable::run, Clock.systemUTC());

        list.refresh().join();

        assertTrue(list.rows().isEmpty());
        assertTrue(
                list.messageProperty().get().contains("Trust this certificate"),
                list.messageProperty().get());
    }

    @Test
    void anUnreadableFileIsNamedAndARevokeThatCannotBeSavedKeepsTheRow() throws Exception {
        TrustedCertificates trusted = TrustedCertificates.inDataDirectory(data);
        trust(
                trusted,
                "localhost:8443",
                new CertificateInfo(
                        "CN=x",
                        "CN=x",
                        List.of(),
                        Instant.parse("2026-01-01T00:00:00Z"),
                        Instant.parse("2036-01-01T00:00:00Z"),
                        "AB:".repeat(31) + "CD"));
        TrustedCertificatesViewModel list =
                new TrustedCertificatesViewModel(trusted, Runnable::run, Runnable::run, Clock.systemUTC());
        list.refresh().join();
        Path file = data.resolve(TrustedCertificates.FILE_NAME);
        Files.delete(file);
        Files.createDirectory(file); // the data folder changed under the app: the file cannot be replaced
        Files.writeString(file.resolve("in-the-way"), "x");

        list.revoke(list.rows().get(0)).join();

        assertEquals(1, list.rows().size());
        assertTrue(
                list.messageProperty().get().startsWith("The certificate for localhost:8443 is still trusted: "),
                list.messageProperty().get());
        TrustedCertificatesViewModel fresh = new TrustedCertificatesViewModel(
                TrustedCertificates.inDataDirectory(data), Runnable::run, Runnable::run, Clock.systemUTC());
        fresh.refresh().join();
        assertTrue(fresh.rows().isEmpty());
        assertTrue(
                fresh.messageProperty().get().contains("cannot be read"),
                fresh.messageProperty().get());
        assertFalse(fresh.messageProperty().get().isEmpty());
    }

    private static void trust(TrustedCertificates store, String hostPort, CertificateInfo certificate) {
        try {
            store.trust(hostPort, certificate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
