package dev.statuslab.ui.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.http.SendOptions;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.tls.CertificateInfo;
import dev.statuslab.core.tls.TlsInfo;
import dev.statuslab.core.tls.TlsProblem;
import dev.statuslab.core.tls.TrustedCertificates;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.Timings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The TLS pane's state without a toolkit: the warning, trusting, the TLS line, the HTTP/2 note, the switches. */
class TlsViewModelTest {

    private static final CertificateInfo LEAF = new CertificateInfo(
            "CN=StatusLab simulator",
            "CN=StatusLab simulator",
            List.of("DNS:localhost", "IP:127.0.0.1"),
            Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2028-01-01T00:00:00Z"),
            "12:".repeat(31) + "34");
    private static final Timings TIMINGS = new Timings(0, -1, 5, 3, 1, 1, 1);

    private final TrustedCertificates trusted = TrustedCertificates.inMemory();
    private final List<String> messages = new ArrayList<>();
    private final TlsViewModel vm = new TlsViewModel(trusted, Runnable::run, Runnable::run, messages::add);

    private static Exchange refused(TlsProblem problem) {
        TlsInfo tls = new TlsInfo("127.0.0.1:8443", "", "", "", List.of(LEAF), TlsInfo.Trust.REFUSED, problem);
        return Exchange.overTls(
                "ex-1",
                Instant.now(),
                HttpRequest.get("https://127.0.0.1:8443/"),
                null,
                "TLS: refused",
                "",
                "",
                TIMINGS,
                tls);
    }

    private static Exchange answered(String version, TlsInfo.Trust trust) {
        TlsInfo tls =
                new TlsInfo("127.0.0.1:8443", "TLSv1.3", "TLS_AES_128_GCM_SHA256", "h2", List.of(LEAF), trust, null);
        HttpResponse response = new HttpResponse(new StatusLine(version, 201, ""), Headers.empty(), Body.empty());
        return Exchange.overTls(
                "ex-2",
                Instant.now(),
                HttpRequest.get("https://127.0.0.1:8443/status/201"),
                response,
                null,
                "",
                "",
                TIMINGS,
                tls);
    }

    @Test
    void aSelfSignedRefusalShowsTheExplainedWarningAndOffersToTrustForThatHostAndPort() {
        vm.show(refused(TlsProblem.SELF_SIGNED));

        assertTrue(vm.warningProperty().get());
        assertEquals("The certificate is self-signed", vm.warningTitleProperty().get());
        assertTrue(vm.warningTextProperty().get().contains("Fix on the server: "));
        assertTrue(vm.warningTextProperty().get().contains("In Django deployments: "));
        assertTrue(vm.canTrustProperty().get());
        assertEquals(
                "Trust this certificate for 127.0.0.1:8443",
                vm.trustLabelProperty().get());
        assertTrue(vm.chainProperty().get().contains("SHA-256 " + LEAF.sha256()));
    }

    @Test
    void trustingRemembersTheFingerprintAndResends() {
        AtomicInteger resent = new AtomicInteger();
        vm.setAfterTrust(resent::incrementAndGet);
        vm.show(refused(TlsProblem.UNKNOWN_ISSUER));

        vm.trust().join();

        assertEquals(
                LEAF.sha256(), trusted.forHost("127.0.0.1:8443").orElseThrow().sha256());
        assertEquals(1, resent.get());
        assertTrue(messages.get(0).startsWith("Trusted the certificate"), messages.toString());
    }

    @Test
    void aChangedOrProtocolFailureCannotBeTrustedAway() {
        vm.show(refused(TlsProblem.FINGERPRINT_CHANGED));
        assertFalse(vm.canTrustProperty().get());
        vm.show(refused(TlsProblem.NOT_TLS));
        assertFalse(vm.canTrustProperty().get());
        assertEquals("This port does not speak TLS", vm.warningTitleProperty().get());
    }

    @Test
    void anHttp2AnswerShowsTheTlsLineAndTheNoteOnTheReasonPhrase() {
        vm.show(answered("HTTP/2", TlsInfo.Trust.TRUSTED_FINGERPRINT));

        assertFalse(vm.warningProperty().get());
        assertEquals(
                "TLSv1.3 · TLS_AES_128_GCM_SHA256 · ALPN h2 · trusted by fingerprint",
                vm.summaryProperty().get());
        assertTrue(vm.versionNoteProperty().get().startsWith("HTTP/2 has no reason phrase"));
        assertFalse(vm.insecureShownProperty().get());
    }

    @Test
    void anInsecureAnswerIsMarkedAndTheSwitchesGoIntoTheNextRequest() {
        vm.show(answered("HTTP/1.1", TlsInfo.Trust.INSECURE));
        assertTrue(vm.insecureShownProperty().get());
        assertEquals("", vm.versionNoteProperty().get());

        vm.versionProperty().set(SendOptions.Version.HTTP_2);
        vm.insecureProperty().set(true);

        assertEquals(new SendOptions(SendOptions.Version.HTTP_2, true), vm.sendOptions());
    }
}
