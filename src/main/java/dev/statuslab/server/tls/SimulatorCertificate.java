package dev.statuslab.server.tls;

import dev.statuslab.core.io.AtomicFiles;
import dev.statuslab.core.tls.CertificateInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * The simulator's own TLS certificate: self-signed for {@code localhost}, {@code 127.0.0.1} and
 * {@code ::1}, made on first use and kept with its key in the data folder
 * ({@code tls/simulator.p12}, readable by its owner only; the file mode is the protection, the
 * PKCS#12 password is not a secret). An expired one is made again.
 */
public final class SimulatorCertificate {

    public static final List<String> NAMES = List.of("localhost", "127.0.0.1", "::1");
    static final String FILE = "tls/simulator.p12";
    static final char[] PASSWORD = "statuslab".toCharArray();
    private static final String ALIAS = "simulator";
    private static final Duration VALIDITY = Duration.ofDays(825);

    private final KeyStore keyStore;
    private final X509Certificate certificate;
    private final boolean made;

    private SimulatorCertificate(KeyStore keyStore, X509Certificate certificate, boolean made) {
        this.keyStore = keyStore;
        this.certificate = certificate;
        this.made = made;
    }

    /**
     * The certificate of {@code dataDirectory}, made and saved there when there is none yet or it expired.
     *
     * @throws IOException naming the file and the reason when it cannot be read or written
     */
    public static SimulatorCertificate inDataDirectory(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(FILE);
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD);
            X509Certificate c = (X509Certificate) store.getCertificate(ALIAS);
            if (c == null || store.getKey(ALIAS, PASSWORD) == null) {
                throw new IOException("the certificate file " + file + " holds no '" + ALIAS + "' key");
            }
            if (c.getNotAfter().toInstant().isAfter(Instant.now().plus(Duration.ofDays(1)))) {
                return new SimulatorCertificate(store, c, false);
            }
        } catch (NoSuchFileException e) {
            // first use: made below
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("the certificate file")) {
                throw e;
            }
            throw new IOException(
                    "the certificate file " + file + " cannot be read: "
                            + (e.getMessage() == null ? "it is not a PKCS#12 key store" : e.getMessage())
                            + "; move it away to make a new one",
                    e);
        } catch (GeneralSecurityException e) {
            throw new IOException("the certificate file " + file + " cannot be read: " + e.getMessage(), e);
        }
        SimulatorCertificate fresh = generate();
        fresh.save(file);
        return fresh;
    }

    /** A new certificate kept in memory only (tests, or a data folder that cannot be written). */
    public static SimulatorCertificate generate() {
        Instant now = Instant.now();
        CertificateMaker.Issued issued = CertificateMaker.server(
                "StatusLab simulator", NAMES, now.minus(Duration.ofHours(1)), now.plus(VALIDITY), null);
        return of(issued.privateKey(), issued.chain(), true);
    }

    /** A key and chain as the simulator's certificate (tests use it to serve broken certificates). */
    public static SimulatorCertificate of(PrivateKey key, List<X509Certificate> chain, boolean made) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, key, PASSWORD, chain.toArray(new Certificate[0]));
            return new SimulatorCertificate(store, chain.get(0), made);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot hold a key in a key store: " + e.getMessage(), e);
        }
    }

    private void save(Path file) throws IOException {
        Path folder = file.getParent();
        Files.createDirectories(folder);
        AtomicFiles.writeOwnerOnly(file, out -> {
            try {
                keyStore.store(out, PASSWORD);
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot write the key store: " + e.getMessage(), e);
            }
        });
    }

    KeyStore keyStore() {
        return keyStore;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** Whether it was made just now (first use), so {@code serve} can say so. */
    public boolean made() {
        return made;
    }

    public String fingerprint() {
        return CertificateInfo.fingerprint(certificate);
    }

    /** The certificate as PEM, for a browser, Node ({@code NODE_EXTRA_CA_CERTS}) or Python ({@code verify=}). */
    public String pem() {
        try {
            String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode the certificate: " + e.getMessage(), e);
        }
    }
}
