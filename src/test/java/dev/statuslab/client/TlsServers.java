package dev.statuslab.client;

import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.server.SimulatorOptions;
import dev.statuslab.server.SimulatorServer;
import dev.statuslab.server.tls.CertificateMaker;
import dev.statuslab.server.tls.SimulatorCertificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Real TLS servers on 127.0.0.1 and free ports: the simulator with a certificate made in the test. */
final class TlsServers {

    static final List<String> LOCAL = List.of("localhost", "127.0.0.1", "::1");

    private TlsServers() {}

    /** The simulator over TLS (and h2c on its clear port) with {@code certificate}. */
    static SimulatorServer start(SimulatorCertificate certificate) throws Exception {
        SimulatorServer server = new SimulatorServer(SimulatorOptions.loopback(0), StatusCatalog.load())
                .withHttps(certificate, 0)
                .withH2c();
        server.start();
        return server;
    }

    static SimulatorCertificate expired() {
        Instant now = Instant.now();
        return served(CertificateMaker.server(
                "expired", LOCAL, now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)), null));
    }

    static SimulatorCertificate notYetValid() {
        Instant now = Instant.now();
        return served(CertificateMaker.server(
                "future", LOCAL, now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(30)), null));
    }

    /** Issued by {@code authority} for {@code names}. */
    static SimulatorCertificate issuedBy(CertificateMaker.Issued authority, List<String> names) {
        Instant now = Instant.now();
        return served(CertificateMaker.server(
                "server", names, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(30)), authority));
    }

    static CertificateMaker.Issued authority() {
        Instant now = Instant.now();
        return CertificateMaker.authority("Test CA", now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(60)));
    }

    private static SimulatorCertificate served(CertificateMaker.Issued issued) {
        return SimulatorCertificate.of(issued.privateKey(), issued.chain(), true);
    }
}
