package dev.statuslab.client;

import dev.statuslab.core.http.SendOptions;
import dev.statuslab.core.tls.CertificateInfo;
import dev.statuslab.core.tls.TlsInfo;
import dev.statuslab.core.tls.TlsProblem;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * TLS on a connected socket with the JDK's TLS 1.3 and 1.2: SNI for a host name, ALPN offering
 * {@code h2} and/or {@code http/1.1}, the server's chain judged by a {@link CertificateCheck}.
 * Keeps what the handshake showed, for the exchange's TLS section, also when it failed.
 */
final class TlsConnector {

    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    /** The handshake failed; {@link #info()} holds the problem and the chain as far as it came. */
    static final class Failed extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient TlsInfo info;

        Failed(TlsInfo info, String message, Throwable cause) {
            super(message, cause);
            this.info = info;
        }

        TlsInfo info() {
            return info;
        }
    }

    /** A completed handshake: the socket to speak HTTP on and what was agreed. */
    record Secured(SSLSocket socket, TlsInfo info) {}

    private final TlsSettings settings;

    TlsConnector(TlsSettings settings) {
        this.settings = settings;
    }

    /**
     * Performs the handshake over {@code plain}: the TLS socket layered on it, and what was agreed.
     *
     * @param hostPort as trust decisions name it, {@code 127.0.0.1:8443}
     * @throws Failed when the handshake did not complete, classified
     */
    Secured handshake(Socket plain, String host, String hostPort, SendOptions options) throws IOException {
        CertificateCheck check = new CertificateCheck(settings, host, hostPort, options.insecure());
        SSLSocket socket;
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {check}, null);
            socket = (SSLSocket) context.getSocketFactory().createSocket(plain, host, plain.getPort(), true);
        } catch (GeneralSecurityException e) {
            throw new IOException("TLS is not available: " + e.getMessage(), e);
        }
        SSLParameters params = socket.getSSLParameters();
        params.setProtocols(PROTOCOLS);
        if (!literal(host)) {
            params.setServerNames(List.of(new SNIHostName(host)));
        }
        params.setApplicationProtocols(
                switch (options.version()) {
                    case AUTO -> new String[] {"h2", "http/1.1"};
                    case HTTP_1_1 -> new String[] {"http/1.1"};
                    case HTTP_2 -> new String[] {"h2"};
                });
        socket.setSSLParameters(params);
        socket.setUseClientMode(true);
        try {
            socket.startHandshake();
        } catch (SocketTimeoutException e) {
            throw e;
        } catch (IOException e) {
            TlsProblem problem = check.problem() != null ? check.problem() : classify(e);
            TlsInfo info =
                    new TlsInfo(hostPort, "", "", "", certificates(check.chain()), TlsInfo.Trust.REFUSED, problem);
            throw new Failed(info, sentence(problem, hostPort, e), e);
        }
        return new Secured(socket, describe(socket, hostPort, check.trust()));
    }

    /** What the completed handshake agreed, with the chain and how it was trusted. */
    private static TlsInfo describe(SSLSocket socket, String hostPort, TlsInfo.Trust trust) {
        SSLSession session = socket.getSession();
        List<X509Certificate> chain = new ArrayList<>();
        try {
            for (Certificate c : session.getPeerCertificates()) {
                if (c instanceof X509Certificate x) {
                    chain.add(x);
                }
            }
        } catch (SSLPeerUnverifiedException e) {
            // an anonymous suite: no chain to show
        }
        String alpn = socket.getApplicationProtocol();
        return new TlsInfo(
                hostPort,
                session.getProtocol(),
                session.getCipherSuite(),
                alpn == null ? "" : alpn,
                certificates(chain),
                trust,
                null);
    }

    static List<CertificateInfo> certificates(List<X509Certificate> chain) {
        List<CertificateInfo> out = new ArrayList<>(chain.size());
        for (X509Certificate c : chain) {
            out.add(CertificateInfo.of(c));
        }
        return out;
    }

    /** A failure the certificate check did not name, from what the JDK says. */
    static TlsProblem classify(IOException e) {
        String m = messages(e);
        if (m.contains("unsupported or unrecognized ssl message") || m.contains("plaintext connection")) {
            return TlsProblem.NOT_TLS;
        }
        if (m.contains("protocol_version")
                || m.contains("no appropriate protocol")
                || m.contains("protocol is disabled")
                || m.contains("unsupported protocol")) {
            return TlsProblem.PROTOCOL_MISMATCH;
        }
        if (m.contains("no cipher suites in common")
                || m.contains("no negotiable cipher suite")
                || m.contains("insufficient_security")
                || m.contains("handshake_failure")) {
            return TlsProblem.CIPHER_MISMATCH;
        }
        return TlsProblem.HANDSHAKE_FAILED;
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(' ').append(t.getMessage());
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether bytes read on a clear connection are a TLS record (an alert or a handshake), not HTTP. */
    static boolean looksLikeTls(String received) {
        return received.length() >= 2
                && (received.charAt(0) == 0x15 || received.charAt(0) == 0x16)
                && received.charAt(1) == 0x03;
    }

    /** The failure in one sentence: the problem, and the JDK's detail. */
    static String sentence(TlsProblem problem, String hostPort, IOException e) {
        String detail = e == null
                ? null
                : e instanceof SSLException
                                && e.getCause() != null
                                && e.getCause().getMessage() != null
                        ? e.getCause().getMessage()
                        : e.getMessage();
        String what =
                switch (problem) {
                    case EXPIRED -> "the certificate of " + hostPort + " has expired";
                    case NOT_YET_VALID -> "the certificate of " + hostPort + " is not valid yet";
                    case HOSTNAME_MISMATCH -> "the certificate of " + hostPort + " is for another name";
                    case SELF_SIGNED -> "the certificate of " + hostPort + " is self-signed";
                    case UNKNOWN_ISSUER ->
                        "the certificate of " + hostPort + " is issued by an authority that is not trusted";
                    case FINGERPRINT_CHANGED -> "the certificate of " + hostPort + " changed since you trusted it";
                    case PROTOCOL_MISMATCH -> hostPort + " and StatusLab have no TLS version in common";
                    case CIPHER_MISMATCH -> hostPort + " and StatusLab have no cipher suite in common";
                    case NOT_TLS -> "https:// to " + hostPort + ", but that port answers in clear HTTP, not TLS";
                    case TLS_EXPECTED -> "http:// to " + hostPort + ", but that port speaks TLS: use https://";
                    case HANDSHAKE_FAILED -> "the TLS handshake with " + hostPort + " failed";
                };
        return "TLS: " + what + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
    }

    private static boolean literal(String host) {
        return host.contains(":") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }
}
