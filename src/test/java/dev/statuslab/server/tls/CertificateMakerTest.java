package dev.statuslab.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SignatureException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateMakerTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void aServerCertificateNamesItsHostsAndIsForServersOnly() throws Exception {
        X509Certificate c = CertificateMaker.server(
                        "StatusLab simulator",
                        List.of("localhost", "127.0.0.1", "::1"),
                        NOW,
                        NOW.plus(Duration.ofDays(825)),
                        null)
                .certificate();

        assertThat(c.getVersion()).isEqualTo(3);
        assertThat(c.getSubjectX500Principal().getName()).isEqualTo("CN=StatusLab simulator,O=StatusLab");
        assertThat(c.getIssuerX500Principal()).isEqualTo(c.getSubjectX500Principal());
        assertThat(c.getSigAlgName()).isEqualTo("SHA256withECDSA");
        assertThat(c.getPublicKey().getAlgorithm()).isEqualTo("EC");
        assertThat(c.getSubjectAlternativeNames())
                .extracting(name -> name.get(0) + "=" + name.get(1))
                .containsExactly("2=localhost", "7=127.0.0.1", "7=0:0:0:0:0:0:0:1");
        assertThat(c.getBasicConstraints()).isEqualTo(-1);
        assertThat(c.getKeyUsage()[0]).isTrue(); // digitalSignature
        assertThat(c.getKeyUsage()[5]).isFalse(); // keyCertSign
        assertThat(c.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(c.getCriticalExtensionOIDs()).containsExactlyInAnyOrder("2.5.29.19", "2.5.29.15");
        assertThat(c.getNotBefore().toInstant()).isEqualTo(NOW);
        assertThat(c.getNotAfter().toInstant()).isEqualTo(NOW.plus(Duration.ofDays(825)));
        c.verify(c.getPublicKey()); // self-signed
    }

    @Test
    void anAuthoritySignsWhatItIssuesAndNothingElseVerifies() throws Exception {
        CertificateMaker.Issued ca = CertificateMaker.authority("Test CA", NOW, NOW.plus(Duration.ofDays(30)));
        CertificateMaker.Issued leaf =
                CertificateMaker.server("leaf", List.of("example.test"), NOW, NOW.plus(Duration.ofDays(1)), ca);

        assertThat(ca.certificate().getBasicConstraints()).isEqualTo(Integer.MAX_VALUE);
        assertThat(ca.certificate().getKeyUsage()[5]).isTrue(); // keyCertSign
        assertThat(ca.certificate().getKeyUsage()[6]).isTrue(); // cRLSign
        assertThat(leaf.certificate().getIssuerX500Principal())
                .isEqualTo(ca.certificate().getSubjectX500Principal());
        assertThat(leaf.chain()).containsExactly(leaf.certificate(), ca.certificate());
        leaf.certificate().verify(ca.certificate().getPublicKey());
        assertThatThrownBy(() -> leaf.certificate().verify(leaf.keys().getPublic()))
                .isInstanceOf(SignatureException.class);
    }

    @Test
    void datesBefore1950AndAfter2049AreWrittenAsGeneralizedTime() throws Exception {
        Instant past = Instant.parse("1949-12-31T23:59:59Z");
        Instant future = Instant.parse("2050-01-01T00:00:00Z");
        X509Certificate c = CertificateMaker.server("far", List.of("far.test"), past, future, null)
                .certificate();

        assertThat(c.getNotBefore().toInstant()).isEqualTo(past);
        assertThat(c.getNotAfter().toInstant()).isEqualTo(future);
        assertThat(HexFormat.of().formatHex(Der.time(future))).isEqualTo("180f" + hex("20500101000000Z"));
        assertThat(HexFormat.of().formatHex(Der.time(Instant.parse("2049-12-31T23:59:59Z"))))
                .isEqualTo("170d" + hex("491231235959Z"));
    }

    @Test
    void derLengthsAndObjectIdentifiersAreEncodedAsX690Says() {
        HexFormat hex = HexFormat.of();
        assertThat(hex.formatHex(Der.oid("1.2.840.10045.4.3.2"))).isEqualTo("06082a8648ce3d040302");
        assertThat(hex.formatHex(Der.element(0x04, new byte[3]))).isEqualTo("0403000000");
        assertThat(hex.formatHex(Der.element(0x04, new byte[200]), 0, 3)).isEqualTo("0481c8");
        assertThat(hex.formatHex(Der.element(0x04, new byte[300]), 0, 4)).isEqualTo("0482012c");
        assertThat(hex.formatHex(Der.namedBits(0x80))).isEqualTo("03020780");
        assertThat(hex.formatHex(Der.namedBits(0x86))).isEqualTo("03020186");
    }

    private static String hex(String ascii) {
        return HexFormat.of().formatHex(ascii.getBytes(StandardCharsets.US_ASCII));
    }
}
