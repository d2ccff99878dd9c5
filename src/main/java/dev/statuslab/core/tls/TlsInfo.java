package dev.statuslab.core.tls;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The TLS side of one exchange: what was negotiated and the certificate chain the server sent, or,
 * when the handshake failed, the problem and the chain as far as it came.
 *
 * @param hostPort     {@code 127.0.0.1:8443}: what a trust decision is about
 * @param protocol     {@code TLSv1.3}; "" when the handshake did not finish
 * @param cipherSuite  {@code TLS_AES_128_GCM_SHA256}; ""
 * @param alpn         the application protocol agreed by ALPN ({@code h2}, {@code http/1.1}); "" when none
 * @param chain        the server's certificates, leaf first; empty when none arrived
 * @param trust        how the chain was accepted, or {@link Trust#REFUSED}
 * @param problem      why the handshake failed; null when it did not
 */
public record TlsInfo(
        String hostPort,
        String protocol,
        String cipherSuite,
        String alpn,
        List<CertificateInfo> chain,
        Trust trust,
        TlsProblem problem) {

    /** How the server's certificate came to be accepted. */
    public enum Trust {
        /** The JDK's trust store (or a CA file given for the request) vouches for it, name checked. */
        VERIFIED,
        /** The user trusted this very certificate for this host and port. */
        TRUSTED_FINGERPRINT,
        /** Not checked: the request's "insecure" switch was on. */
        INSECURE,
        /** Not accepted: see the problem. */
        REFUSED
    }

    public TlsInfo {
        Objects.requireNonNull(hostPort, "hostPort");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(cipherSuite, "cipherSuite");
        Objects.requireNonNull(alpn, "alpn");
        chain = List.copyOf(chain);
        Objects.requireNonNull(trust, "trust");
    }

    public Optional<CertificateInfo> leaf() {
        return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(0));
    }

    public boolean failed() {
        return problem != null;
    }
}
