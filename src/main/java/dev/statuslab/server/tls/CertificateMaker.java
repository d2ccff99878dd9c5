package dev.statuslab.server.tls;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.security.auth.x500.X500Principal;

/**
 * Makes X.509 certificates with the JDK alone: the fields written in DER ({@link Der}), keys and
 * the signature from the JDK's own provider, the result read back by the JDK's certificate
 * factory. The simulator's self-signed certificate, and in tests the broken ones (expired,
 * another name, an unknown authority). EC P-256 keys, signed with SHA-256. (BouncyCastle's
 * builder did this before: some 560 classes and a signed 10 MB jar at the first start;
 * docs/decisions/0029-start-up-and-idle-memory-of-the-desktop-app.md.)
 */
public final class CertificateMaker {

    /** A certificate and its key; {@code chain} is the certificate, then its issuers. */
    public record Issued(X509Certificate certificate, KeyPair keys, List<X509Certificate> chain) {
        public PrivateKey privateKey() {
            return keys.getPrivate();
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";
    private static final String BASIC_CONSTRAINTS = "2.5.29.19";
    private static final String KEY_USAGE = "2.5.29.15";
    private static final String EXTENDED_KEY_USAGE = "2.5.29.37";
    private static final String SUBJECT_ALT_NAME = "2.5.29.17";
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    /** keyUsage bits as the first byte of the bit string: digitalSignature (0), keyCertSign (5), cRLSign (6). */
    private static final int SERVER_USAGE = 0x80;

    private static final int CA_USAGE = 0x80 | 0x04 | 0x02;

    private CertificateMaker() {}

    public static KeyPair newKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make an EC key: " + e.getMessage(), e);
        }
    }

    /**
     * A server certificate for {@code names} (host names and IP literals, as SANs).
     *
     * @param issuer the authority that signs it, or null for a self-signed one
     */
    public static Issued server(
            String commonName, List<String> names, Instant notBefore, Instant notAfter, Issued issuer) {
        return make(commonName, names, notBefore, notAfter, issuer, false);
    }

    /** A certificate authority (self-signed) to issue others with. */
    public static Issued authority(String commonName, Instant notBefore, Instant notAfter) {
        return make(commonName, List.of(), notBefore, notAfter, null, true);
    }

    private static Issued make(
            String commonName, List<String> names, Instant notBefore, Instant notAfter, Issued issuer, boolean ca) {
        KeyPair keys = newKeys();
        X500Principal subject = new X500Principal("CN=" + commonName + ", O=StatusLab");
        X500Principal issuerName =
                issuer == null ? subject : issuer.certificate().getSubjectX500Principal();
        PrivateKey signer = issuer == null ? keys.getPrivate() : issuer.privateKey();
        List<byte[]> extensions = new ArrayList<>();
        extensions.add(extension(BASIC_CONSTRAINTS, true, ca ? Der.sequence(Der.bool(true)) : Der.sequence()));
        extensions.add(extension(KEY_USAGE, true, Der.namedBits(ca ? CA_USAGE : SERVER_USAGE)));
        if (!ca) {
            extensions.add(extension(EXTENDED_KEY_USAGE, false, Der.sequence(Der.oid(SERVER_AUTH))));
        }
        if (!names.isEmpty()) {
            extensions.add(extension(SUBJECT_ALT_NAME, false, alternativeNames(names)));
        }
        byte[] tbs = Der.sequence(
                Der.explicit(0, Der.integer(BigInteger.TWO)), // v3
                Der.integer(new BigInteger(127, RANDOM).add(BigInteger.ONE)),
                Der.sequence(Der.oid(ECDSA_WITH_SHA256)),
                issuerName.getEncoded(),
                Der.sequence(Der.time(notBefore), Der.time(notAfter)),
                subject.getEncoded(),
                keys.getPublic().getEncoded(),
                Der.explicit(3, Der.sequence(extensions.toArray(byte[][]::new))));
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(signer);
            signature.update(tbs);
            byte[] der = Der.sequence(tbs, Der.sequence(Der.oid(ECDSA_WITH_SHA256)), Der.bitString(signature.sign()));
            X509Certificate certificate = (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
            List<X509Certificate> chain = new ArrayList<>();
            chain.add(certificate);
            if (issuer != null) {
                chain.addAll(issuer.chain());
            }
            return new Issued(certificate, keys, List.copyOf(chain));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a certificate: " + e.getMessage(), e);
        }
    }

    private static byte[] extension(String oid, boolean critical, byte[] value) {
        return critical
                ? Der.sequence(Der.oid(oid), Der.bool(true), Der.octetString(value))
                : Der.sequence(Der.oid(oid), Der.octetString(value));
    }

    /** GeneralNames: dNSName ([2] IA5String) or iPAddress ([7] OCTET STRING, 4 or 16 bytes). */
    private static byte[] alternativeNames(List<String> names) {
        byte[][] out = new byte[names.size()][];
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            out[i] = isLiteral(name)
                    ? Der.implicit(7, literal(name))
                    : Der.implicit(2, name.getBytes(StandardCharsets.US_ASCII));
        }
        return Der.sequence(out);
    }

    private static boolean isLiteral(String name) {
        return name.contains(":") || name.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    private static byte[] literal(String name) {
        try {
            return InetAddress.getByName(name).getAddress(); // a literal: no look-up
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + name, e);
        }
    }
}
