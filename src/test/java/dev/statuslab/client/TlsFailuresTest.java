package dev.statuslab.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.SendOptions;
import dev.statuslab.core.tls.TlsInfo;
import dev.statuslab.core.tls.TlsKnowledge;
import dev.statuslab.core.tls.TlsProblem;
import dev.statuslab.core.tls.TrustedCertificates;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.server.SimulatorServer;
import dev.statuslab.server.tls.CertificateMaker;
import dev.statuslab.server.tls.SimulatorCertificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A real TLS server per broken certificate, made in the test: each failure named and explained. */
class TlsFailuresTest {

    private static final TlsKnowledge KNOWLEDGE = TlsKnowledge.load();

    private static Exchange get(SimulatorCertificate certificate, TlsSettings settings) throws Exception {
        SimulatorServer server = TlsServers.start(certificate);
        try (WireClient client = new WireClient(WireClient.Options.defaults(), settings)) {
            return client.send(HttpRequest.get(server.httpsBaseUri() + "/status/200"), SendOptions.defaults())
                    .get(20, TimeUnit.SECONDS);
        } finally {
            server.stop();
        }
    }

    private static void assertExplained(Exchange e, TlsProblem problem, String words) {
        assertTrue(e.failed(), "refused");
        assertEquals(problem, e.tls().problem(), e.failure());
        assertTrue(e.failure().contains(words), e.failure());
        TlsKnowledge.Entry entry = KNOWLEDGE.explain(problem);
        assertFalse(entry.meaning().isBlank());
        assertFalse(entry.serverFix().isBlank());
        assertFalse(entry.django().isBlank());
        assertFalse(e.tls().chain().isEmpty(), "the chain is shown even when refused");
    }

    @Test
    void anExpiredCertificateIsRefusedAsExpired() throws Exception {
        assertExplained(get(TlsServers.expired(), TlsSettings.defaults()), TlsProblem.EXPIRED, "has expired");
    }

    @Test
    void aCertificateNotValidYetIsRefusedAsSuch() throws Exception {
        assertExplained(
                get(TlsServers.notYetValid(), TlsSettings.defaults()), TlsProblem.NOT_YET_VALID, "not valid yet");
    }

    @Test
    void aCertificateOfAnUnknownAuthorityIsRefusedAsUnknownIssuer() throws Exception {
        CertificateMaker.Issued ca = TlsServers.authority();
        Exchange e = get(TlsServers.issuedBy(ca, TlsServers.LOCAL), TlsSettings.defaults());

        assertExplained(e, TlsProblem.UNKNOWN_ISSUER, "authority that is not trusted");
        assertEquals(2, e.tls().chain().size(), "leaf and CA as the server sent them");
    }

    @Test
    void theSameCertificateIsVerifiedWhenItsAuthorityIsGiven() throws Exception {
        CertificateMaker.Issued ca = TlsServers.authority();
        TlsSettings withCa = new TlsSettings(TrustedCertificates.inMemory(), List.of(ca.certificate()));

        Exchange e = get(TlsServers.issuedBy(ca, TlsServers.LOCAL), withCa);

        assertEquals(200, e.code(), e.failure());
        assertEquals(TlsInfo.Trust.VERIFIED, e.tls().trust());
    }

    @Test
    void aCertificateForAnotherNameIsRefusedAsHostnameMismatch() throws Exception {
        CertificateMaker.Issued ca = TlsServers.authority();
        TlsSettings withCa = new TlsSettings(TrustedCertificates.inMemory(), List.of(ca.certificate()));

        Exchange e = get(TlsServers.issuedBy(ca, List.of("example.com", "10.0.0.1")), withCa);

        assertExplained(e, TlsProblem.HOSTNAME_MISMATCH, "is for another name");
    }

    @Test
    void aSelfSignedCertificateIsRefusedAsSelfSigned() throws Exception {
        assertExplained(
                get(SimulatorCertificate.generate(), TlsSettings.defaults()), TlsProblem.SELF_SIGNED, "is self-signed");
    }

    @Test
    void everyProblemHasAnEntryInTheKnowledgeBase() {
        for (TlsProblem p : TlsProblem.values()) {
            TlsKnowledge.Entry entry = KNOWLEDGE.explain(p);
            assertEquals(p, entry.problem());
            assertFalse(entry.title().isBlank(), p.id());
            assertFalse(entry.inStatusLab().isBlank(), p.id());
        }
    }
}
