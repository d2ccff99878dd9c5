package dev.statuslab.server.tls;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes X.509 certificates with BouncyCastle's builder and the JDK's own crypto provider: the
 * simulator's self-signed certificate, and in tests the broken ones (expired, another name,
 * an unknown authority). EC P-256 keys, signed with SHA-256.
 */
public final class CertificateMaker {

    /** A certificate and its key; {@code chain} is the certificate, then its issuers. */
    public record Issued(X509Certificate certificate, KeyPair keys, List<X509Certificate> chain) {
        public PrivateKey privateKey() {
            return keys.getPrivate();
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

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
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    issuerName,
                    new BigInteger(127, RANDOM).add(BigInteger.ONE),
                    Date.from(notBefore),
                    Date.from(notAfter),
                    subject,
                    keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            if (ca) {
                builder.addExtension(
                        Extension.keyUsage,
                        true,
                        new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature));
            } else {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                builder.addExtension(
                        Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            }
            if (!names.isEmpty()) {
                builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames(names));
            }
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer)));
            List<X509Certificate> chain = new ArrayList<>();
            chain.add(certificate);
            if (issuer != null) {
                chain.addAll(issuer.chain());
            }
            return new Issued(certificate, keys, List.copyOf(chain));
        } catch (CertIOException | OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a certificate: " + e.getMessage(), e);
        }
    }

    private static GeneralNames alternativeNames(List<String> names) {
        GeneralName[] out = new GeneralName[names.size()];
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            out[i] = isLiteral(name)
                    ? new GeneralName(GeneralName.iPAddress, literal(name))
                    : new GeneralName(GeneralName.dNSName, name);
        }
        return new GeneralNames(out);
    }

    private static boolean isLiteral(String name) {
        return name.contains(":") || name.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    private static String literal(String name) {
        try {
            return InetAddress.getByName(name).getHostAddress(); // a literal: no look-up
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + name, e);
        }
    }
}
