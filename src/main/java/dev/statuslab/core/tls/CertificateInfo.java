package dev.statuslab.core.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One certificate of a chain, as the user reads it: who it names, who signed it, the names it is
 * valid for, when, and its SHA-256 fingerprint (upper-case hex pairs joined by colons, as
 * browsers show it).
 *
 * @param subjectAltNames {@code DNS:localhost}, {@code IP:127.0.0.1}, …
 */
public record CertificateInfo(
        String subject,
        String issuer,
        List<String> subjectAltNames,
        Instant notBefore,
        Instant notAfter,
        String sha256) {

    public CertificateInfo {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(issuer, "issuer");
        subjectAltNames = List.copyOf(subjectAltNames);
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        Objects.requireNonNull(sha256, "sha256");
    }

    public static CertificateInfo of(X509Certificate c) {
        return new CertificateInfo(
                c.getSubjectX500Principal().getName(),
                c.getIssuerX500Principal().getName(),
                alternativeNames(c),
                c.getNotBefore().toInstant(),
                c.getNotAfter().toInstant(),
                fingerprint(c));
    }

    /** The SHA-256 of the certificate's DER encoding, as {@code AB:CD:…}. */
    public static String fingerprint(X509Certificate c) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(c.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint a certificate: " + e.getMessage(), e);
        }
    }

    /** Whether {@code instant} lies in the validity period. */
    public boolean validAt(Instant instant) {
        return !instant.isBefore(notBefore) && !instant.isAfter(notAfter);
    }

    /** A fingerprint as typed by a person (any case, with or without colons), normalised. */
    public static String normalise(String fingerprint) {
        String hex = fingerprint.replace(":", "").replace(" ", "").toUpperCase(Locale.ROOT);
        if (!hex.matches("[0-9A-F]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 fingerprint: " + fingerprint);
        }
        return HexFormat.ofDelimiter(":")
                .withUpperCase()
                .formatHex(HexFormat.of().parseHex(hex));
    }

    private static List<String> alternativeNames(X509Certificate c) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> all = c.getSubjectAlternativeNames();
            if (all != null) {
                for (List<?> entry : all) {
                    int type = (Integer) entry.get(0);
                    Object value = entry.get(1);
                    if (type == 2) {
                        names.add("DNS:" + value);
                    } else if (type == 7) {
                        names.add("IP:" + value);
                    }
                }
            }
        } catch (CertificateParsingException e) {
            names.add("(unreadable: " + e.getMessage() + ")");
        }
        return names;
    }
}
