package dev.statuslab.core.tls;

import java.util.Locale;

/**
 * Why a TLS connection was not made, one entry each in the TLS knowledge base
 * ({@code tls-problems.json}).
 */
public enum TlsProblem {
    EXPIRED,
    NOT_YET_VALID,
    HOSTNAME_MISMATCH,
    SELF_SIGNED,
    UNKNOWN_ISSUER,
    FINGERPRINT_CHANGED,
    PROTOCOL_MISMATCH,
    CIPHER_MISMATCH,
    /** {@code https://} to a port that answers in clear text. */
    NOT_TLS,
    /** {@code http://} to a port that speaks TLS. */
    TLS_EXPECTED,
    HANDSHAKE_FAILED;

    /** The id in the knowledge base: {@code hostname-mismatch}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static TlsProblem ofId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** Problems of the certificate itself, which the user may choose to trust for one host. */
    public boolean certificateCanBeTrusted() {
        return switch (this) {
            case EXPIRED, NOT_YET_VALID, HOSTNAME_MISMATCH, SELF_SIGNED, UNKNOWN_ISSUER -> true;
            default -> false;
        };
    }
}
