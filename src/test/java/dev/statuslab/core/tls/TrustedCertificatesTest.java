package dev.statuslab.core.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trust decisions per host:port, kept owner-only in the data folder, revocable, a bad file left alone. */
class TrustedCertificatesTest {

    private static final String FINGERPRINT = "AB:".repeat(31) + "CD";
    private static final CertificateInfo CERTIFICATE = new CertificateInfo(
            "CN=test",
            "CN=test",
            List.of("DNS:localhost"),
            Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2028-01-01T00:00:00Z"),
            FINGERPRINT);

    @TempDir
    Path dir;

    @Test
    void aTrustedCertificateIsKeptOwnerOnlyAndReadBackByANewStore() throws Exception {
        TrustedCertificates.inDataDirectory(dir).trust("127.0.0.1:8443", CERTIFICATE);

        Path file = dir.resolve(TrustedCertificates.FILE_NAME);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        TrustedCertificates again = TrustedCertificates.inDataDirectory(dir);
        assertEquals(FINGERPRINT, again.forHost("127.0.0.1:8443").orElseThrow().sha256());
        assertTrue(again.forHost("127.0.0.1:8444").isEmpty(), "per port");
    }

    @Test
    void revokingForgetsTheDecisionOnDisk() throws Exception {
        TrustedCertificates store = TrustedCertificates.inDataDirectory(dir);
        store.trust("localhost:8443", CERTIFICATE);

        assertTrue(store.revoke("localhost:8443"));

        assertTrue(TrustedCertificates.inDataDirectory(dir).all().isEmpty());
        assertFalse(store.revoke("localhost:8443"));
    }

    @Test
    void aFileThatCannotBeReadTrustsNothingAndIsNotOverwritten() throws Exception {
        Path file = Files.writeString(dir.resolve(TrustedCertificates.FILE_NAME), "{\"version\": 1, \"trusted\": [");
        TrustedCertificates store = TrustedCertificates.inDataDirectory(dir);

        assertTrue(store.all().isEmpty());
        assertNotNull(store.problem());
        assertTrue(store.problem().contains(file.toString()), store.problem());
        IOException refused = assertThrows(IOException.class, () -> store.trust("localhost:1", CERTIFICATE));
        assertTrue(refused.getMessage().contains("move it away"), refused.getMessage());
        assertEquals("{\"version\": 1, \"trusted\": [", Files.readString(file));
    }

    @Test
    void aDecisionKeepsTheIssuerAndExpiryForTheTrustedCertificatesList() throws Exception {
        CertificateInfo signed = new CertificateInfo(
                "CN=api",
                "CN=Test CA",
                List.of("DNS:api"),
                Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2027-06-30T12:00:00Z"),
                FINGERPRINT);
        TrustedCertificates.inDataDirectory(dir).trust("api:443", signed);

        TrustedCertificates.Entry read =
                TrustedCertificates.inDataDirectory(dir).forHost("api:443").orElseThrow();
        assertEquals("CN=Test CA", read.issuer());
        assertEquals(Instant.parse("2027-06-30T12:00:00Z"), read.notAfter());
        assertTrue(read.expiredAt(Instant.parse("2027-07-01T00:00:00Z")));
        assertFalse(read.expiredAt(Instant.parse("2027-06-01T00:00:00Z")));
    }

    @Test
    void aDecisionSavedWithoutIssuerAndExpiryIsStillRead() throws Exception {
        Files.writeString(
                dir.resolve(TrustedCertificates.FILE_NAME),
                """
                {"version": 1, "trusted": [{"hostPort": "localhost:8443", "sha256": "%s", "subject": "CN=old",
                 "trustedAt": "2026-01-02T03:04:05Z"}]}"""
                        .formatted(FINGERPRINT));

        TrustedCertificates.Entry old = TrustedCertificates.inDataDirectory(dir)
                .forHost("localhost:8443")
                .orElseThrow();
        assertEquals("", old.issuer());
        assertEquals(null, old.notAfter());
        assertFalse(old.expiredAt(Instant.now()));
    }

    @Test
    void fingerprintsAreNormalisedAndCheckedForShape() {
        assertEquals(
                FINGERPRINT,
                CertificateInfo.normalise(FINGERPRINT.replace(":", "").toLowerCase()));
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> CertificateInfo.normalise("AB:CD"));
        assertTrue(refused.getMessage().contains("not a SHA-256 fingerprint"));
    }
}
