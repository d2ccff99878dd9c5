package dev.statuslab.client;

import dev.statuslab.core.tls.TrustedCertificates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * What the client trusts: the JDK's trust store, certificate authorities given for this client
 * (statuslab send --cacert), and the certificates the user trusted for one host each.
 */
public final class TlsSettings {

    private final TrustedCertificates trusted;
    private final List<X509Certificate> authorities;
    private volatile List<X509TrustManager> managers;

    public TlsSettings(TrustedCertificates trusted, List<X509Certificate> authorities) {
        this.trusted = Objects.requireNonNull(trusted, "trusted");
        this.authorities = List.copyOf(authorities);
    }

    /** The JDK's trust store and nothing trusted by fingerprint. */
    public static TlsSettings defaults() {
        return new TlsSettings(TrustedCertificates.inMemory(), List.of());
    }

    public TrustedCertificates trusted() {
        return trusted;
    }

    /**
     * The certificates of a PEM (or DER) file, for {@code --cacert}.
     *
     * @throws IOException naming the file and the reason when it cannot be read or holds no certificate
     */
    public static List<X509Certificate> readCertificates(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder, not a certificate file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> out = new ArrayList<>();
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                out.add((X509Certificate) c);
            }
            if (out.isEmpty()) {
                throw new IOException(file + " holds no certificate");
            }
            return out;
        } catch (NoSuchFileException e) {
            throw new IOException(file + " does not exist", e);
        } catch (CertificateException e) {
            throw new IOException(file + " is not a PEM or DER certificate (" + e.getMessage() + ")", e);
        }
    }

    /** The trust managers that vouch for a chain (names not checked): the JDK's, then the given authorities. */
    List<X509TrustManager> managers() {
        List<X509TrustManager> m = managers;
        if (m == null) {
            synchronized (this) {
                if (managers == null) {
                    managers = load();
                }
                m = managers;
            }
        }
        return m;
    }

    private List<X509TrustManager> load() {
        List<X509TrustManager> out = new ArrayList<>(2);
        try {
            out.add(manager(null));
            if (!authorities.isEmpty()) {
                KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                for (int i = 0; i < authorities.size(); i++) {
                    store.setCertificateEntry("ca-" + i, authorities.get(i));
                }
                out.add(manager(store));
            }
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the trust store cannot be loaded: " + e.getMessage(), e);
        }
        return List.copyOf(out);
    }

    private static X509TrustManager manager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager m : factory.getTrustManagers()) {
            if (m instanceof X509TrustManager x) {
                return x;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager");
    }
}
