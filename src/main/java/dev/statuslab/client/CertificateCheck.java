package dev.statuslab.client;

import dev.statuslab.core.tls.CertificateInfo;
import dev.statuslab.core.tls.TlsInfo.Trust;
import dev.statuslab.core.tls.TlsProblem;
import dev.statuslab.core.tls.TrustedCertificates;
import java.net.InetAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Judges the server's certificate chain for one connection, and keeps what it saw: the chain, how
 * it was trusted, or the one problem that refused it. In order: "insecure" accepts anything; a
 * certificate the user trusted for this host and port is accepted by its fingerprint, and any other
 * certificate there is refused as changed; otherwise the chain must be in its validity period,
 * vouched for by a trusted authority, and name the host in its subject alternative names.
 */
final class CertificateCheck extends X509ExtendedTrustManager {

    private final TlsSettings settings;
    private final String host;
    private final String hostPort;
    private final boolean insecure;
    private volatile X509Certificate[] chain = new X509Certificate[0];
    private volatile Trust trust = Trust.REFUSED;
    private volatile TlsProblem problem;

    CertificateCheck(TlsSettings settings, String host, String hostPort, boolean insecure) {
        this.settings = settings;
        this.host = host;
        this.hostPort = hostPort;
        this.insecure = insecure;
    }

    List<X509Certificate> chain() {
        return List.of(chain);
    }

    Trust trust() {
        return trust;
    }

    /** Why the chain was refused, or null. */
    TlsProblem problem() {
        return problem;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] certificates, String authType) throws CertificateException {
        chain = certificates == null ? new X509Certificate[0] : certificates.clone();
        if (chain.length == 0) {
            throw refuse(TlsProblem.HANDSHAKE_FAILED, "the server sent no certificate");
        }
        if (insecure) {
            trust = Trust.INSECURE;
            return;
        }
        X509Certificate leaf = chain[0];
        TrustedCertificates trusted = settings.trusted();
        Optional<TrustedCertificates.Entry> pinned = trusted.forHost(hostPort);
        if (pinned.isPresent()) {
            if (pinned.get().sha256().equals(CertificateInfo.fingerprint(leaf))) {
                trust = Trust.TRUSTED_FINGERPRINT;
                return;
            }
            throw refuse(
                    TlsProblem.FINGERPRINT_CHANGED, "the certificate of " + hostPort + " is not the one you trusted");
        }
        long now = System.currentTimeMillis();
        for (X509Certificate c : chain) {
            if (c.getNotAfter().getTime() < now) {
                throw refuse(TlsProblem.EXPIRED, "expired on " + c.getNotAfter().toInstant());
            }
            if (c.getNotBefore().getTime() > now) {
                throw refuse(
                        TlsProblem.NOT_YET_VALID,
                        "valid only from " + c.getNotBefore().toInstant());
            }
        }
        if (!vouchedFor(authType)) {
            boolean selfSigned = chain.length == 1 && selfSigned(leaf);
            throw refuse(
                    selfSigned ? TlsProblem.SELF_SIGNED : TlsProblem.UNKNOWN_ISSUER,
                    selfSigned
                            ? "self-signed"
                            : "issued by "
                                    + chain[chain.length - 1]
                                            .getIssuerX500Principal()
                                            .getName());
        }
        if (!names(leaf, host)) {
            throw refuse(TlsProblem.HOSTNAME_MISMATCH, "not valid for " + host);
        }
        trust = Trust.VERIFIED;
    }

    private boolean vouchedFor(String authType) {
        for (X509TrustManager m : settings.managers()) {
            try {
                m.checkServerTrusted(chain, authType);
                return true;
            } catch (CertificateException e) {
                // try the next source of trust
            }
        }
        return false;
    }

    private CertificateException refuse(TlsProblem p, String detail) {
        problem = p;
        return new CertificateException(detail);
    }

    static boolean selfSigned(X509Certificate c) {
        if (!c.getSubjectX500Principal().equals(c.getIssuerX500Principal())) {
            return false;
        }
        try {
            c.verify(c.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** Whether the certificate's subject alternative names cover {@code host} (RFC 6125; one wildcard label). */
    static boolean names(X509Certificate c, String host) {
        Collection<List<?>> all;
        try {
            all = c.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            return false;
        }
        if (all == null) {
            return false;
        }
        boolean literal = host.contains(":") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        for (List<?> entry : all) {
            int type = (Integer) entry.get(0);
            String value = String.valueOf(entry.get(1));
            if (literal && type == 7 && sameAddress(value, host)) {
                return true;
            }
            if (!literal && type == 2 && dnsMatches(value, host)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameAddress(String a, String b) {
        try {
            return InetAddress.getByName(a).equals(InetAddress.getByName(b)); // both literals: no look-up
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean dnsMatches(String pattern, String host) {
        String p = pattern.toLowerCase(Locale.ROOT);
        String h = host.toLowerCase(Locale.ROOT);
        if (p.endsWith(".")) {
            p = p.substring(0, p.length() - 1);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (p.startsWith("*.")) {
            int dot = h.indexOf('.');
            return dot > 0 && h.substring(dot + 1).equals(p.substring(2)) && p.indexOf('.', 2) > 0;
        }
        return p.equals(h);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] certificates, String authType, Socket socket)
            throws CertificateException {
        checkServerTrusted(certificates, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] certificates, String authType, SSLEngine engine)
            throws CertificateException {
        checkServerTrusted(certificates, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] certificates, String authType) throws CertificateException {
        throw new CertificateException("a client does not judge client certificates");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] certificates, String authType, Socket socket)
            throws CertificateException {
        checkClientTrusted(certificates, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] certificates, String authType, SSLEngine engine)
            throws CertificateException {
        checkClientTrusted(certificates, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
