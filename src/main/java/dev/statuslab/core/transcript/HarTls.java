package dev.statuslab.core.transcript;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.statuslab.core.tls.CertificateInfo;
import dev.statuslab.core.tls.TlsInfo;
import dev.statuslab.core.tls.TlsProblem;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The TLS section of an entry, in its {@code _statuslab} object (HAR 1.2 has no place for it):
 * <pre>
 * "tls": {"hostPort": "127.0.0.1:8443", "protocol": "TLSv1.3", "cipherSuite": "TLS_AES_128_GCM_SHA256",
 *         "alpn": "h2", "trust": "TRUSTED_FINGERPRINT", "problem": "self-signed",       (problem only when refused)
 *         "chain": [{"subject": "CN=…", "issuer": "CN=…", "subjectAltNames": ["DNS:localhost"],
 *                    "notBefore": "2026-…Z", "notAfter": "2028-…Z", "sha256": "AB:CD:…"}]}
 * </pre>
 */
final class HarTls {

    private HarTls() {}

    static void write(JsonGenerator g, TlsInfo tls) throws IOException {
        g.writeObjectFieldStart("tls");
        g.writeStringField("hostPort", tls.hostPort());
        g.writeStringField("protocol", tls.protocol());
        g.writeStringField("cipherSuite", tls.cipherSuite());
        g.writeStringField("alpn", tls.alpn());
        g.writeStringField("trust", tls.trust().name());
        if (tls.problem() != null) {
            g.writeStringField("problem", tls.problem().id());
        }
        g.writeArrayFieldStart("chain");
        for (CertificateInfo c : tls.chain()) {
            g.writeStartObject();
            g.writeStringField("subject", c.subject());
            g.writeStringField("issuer", c.issuer());
            g.writeArrayFieldStart("subjectAltNames");
            for (String name : c.subjectAltNames()) {
                g.writeString(name);
            }
            g.writeEndArray();
            g.writeStringField("notBefore", c.notBefore().toString());
            g.writeStringField("notAfter", c.notAfter().toString());
            g.writeStringField("sha256", c.sha256());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static TlsInfo read(HarInput in) throws IOException {
        String[] text = new String[6];
        List<CertificateInfo> chain = new ArrayList<>();
        in.object(
                field -> {
                    switch (field) {
                        case "hostPort" -> text[0] = in.string();
                        case "protocol" -> text[1] = in.string();
                        case "cipherSuite" -> text[2] = in.string();
                        case "alpn" -> text[3] = in.string();
                        case "trust" -> text[4] = in.string();
                        case "problem" -> text[5] = in.optionalString();
                        case "chain" -> in.array(() -> chain.add(certificate(in)));
                        default -> in.skip();
                    }
                },
                "hostPort",
                "protocol",
                "cipherSuite",
                "alpn",
                "trust");
        try {
            return new TlsInfo(
                    text[0],
                    text[1],
                    text[2],
                    text[3],
                    chain,
                    TlsInfo.Trust.valueOf(text[4]),
                    text[5] == null ? null : TlsProblem.ofId(text[5]));
        } catch (IllegalArgumentException e) {
            throw in.errorAt("trust", "not a known trust or problem: " + text[4] + ", " + text[5]);
        }
    }

    private static CertificateInfo certificate(HarInput in) throws IOException {
        Object[] parts = new Object[6];
        List<String> names = new ArrayList<>();
        in.object(
                field -> {
                    switch (field) {
                        case "subject" -> parts[0] = in.string();
                        case "issuer" -> parts[1] = in.string();
                        case "subjectAltNames" -> in.array(() -> names.add(in.string()));
                        case "notBefore" -> parts[3] = instant(in);
                        case "notAfter" -> parts[4] = instant(in);
                        case "sha256" -> parts[5] = in.string();
                        default -> in.skip();
                    }
                },
                "subject",
                "issuer",
                "notBefore",
                "notAfter",
                "sha256");
        return new CertificateInfo(
                (String) parts[0], (String) parts[1], names, (Instant) parts[3], (Instant) parts[4], (String) parts[5]);
    }

    private static Instant instant(HarInput in) throws IOException {
        String value = in.string();
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw in.error("not an ISO 8601 instant: " + value);
        }
    }
}
