package dev.statuslab.cli;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.http.HttpVersionNotes;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.status.HeaderChecks;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.status.StatusInfo;
import dev.statuslab.core.tls.CertificateInfo;
import dev.statuslab.core.tls.TlsInfo;
import dev.statuslab.core.tls.TlsKnowledge;
import dev.statuslab.core.transcript.Exchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** What {@code send} prints: the response as received, the explanation, or a failure in plain words. */
final class SendOutput {

    private final PrintWriter out;
    private final PrintWriter err;
    private final StatusCatalog statuses;

    SendOutput(PrintWriter out, PrintWriter err, StatusCatalog statuses) {
        this.out = out;
        this.err = err;
        this.statuses = statuses;
    }

    /** Prints the failure; true when it was a TLS failure (explained from the knowledge base). */
    boolean failure(Exchange e) {
        err.println("statuslab: " + e.failure());
        TlsInfo tls = e.tls();
        if (tls == null || tls.problem() == null) {
            return false;
        }
        TlsKnowledge.Entry entry = TlsKnowledge.load().explain(tls.problem());
        err.println();
        err.println(entry.title());
        err.println("  What it means: " + entry.meaning());
        err.println("  Fix on the server: " + entry.serverFix());
        err.println("  In Django deployments: " + entry.django());
        err.println("  In StatusLab: " + entry.inStatusLab());
        tls.leaf().ifPresent(leaf -> certificate(err, "  ", leaf));
        return true;
    }

    void response(Exchange e, boolean explain) {
        HttpResponse r = e.response();
        for (HttpResponse.Interim interim : r.interim()) {
            head(interim.statusLine(), interim.headers());
        }
        head(r.statusLine(), r.headers());
        out.flush();
        body(r);
        if (explain) {
            explain(e);
        }
    }

    private void head(StatusLine line, Headers headers) {
        out.println(line);
        for (Header h : headers) {
            out.println(h.name() + ": " + h.value());
        }
        out.println();
    }

    private void body(HttpResponse r) {
        Charset charset = StandardCharsets.UTF_8;
        try (InputStream in = r.body().open()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                out.write(new String(buffer, 0, n, charset));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!r.body().isEmpty()) {
            out.println();
        }
    }

    private void explain(Exchange e) {
        StatusInfo info = statuses.describe(e.code());
        out.println();
        out.println("# " + info.code() + " " + info.reason() + " ("
                + info.statusClass().title() + ", " + info.rfc() + " §" + info.section() + ")");
        out.println("# " + info.meaning());
        HttpVersionNotes.note(e.response().statusLine()).ifPresent(note -> out.println("# " + note));
        for (HeaderChecks.Check c : HeaderChecks.check(
                info,
                e.response().headers()::all,
                e.request().method().name(),
                e.response().body().size())) {
            out.println("# " + (c.satisfied() ? "✓ " : "✗ ") + c.rule().name() + " ("
                    + c.rule().level().name().toLowerCase() + "): " + c.detail());
        }
        TlsInfo tls = e.tls();
        if (tls != null) {
            out.println("# TLS: " + tls.protocol() + ", " + tls.cipherSuite() + ", ALPN "
                    + (tls.alpn().isEmpty() ? "none" : tls.alpn()) + ", " + trust(tls.trust()));
            tls.leaf().ifPresent(leaf -> certificate(out, "# ", leaf));
        }
        out.flush();
    }

    private static String trust(TlsInfo.Trust trust) {
        return switch (trust) {
            case VERIFIED -> "certificate verified";
            case TRUSTED_FINGERPRINT -> "certificate trusted by its fingerprint for this host";
            case INSECURE -> "INSECURE: the certificate was not checked";
            case REFUSED -> "certificate refused";
        };
    }

    private static void certificate(PrintWriter w, String prefix, CertificateInfo c) {
        w.println(prefix + "Certificate: " + c.subject() + ", issued by " + c.issuer());
        w.println(prefix + "  names " + String.join(", ", c.subjectAltNames()) + "; valid " + c.notBefore() + " to "
                + c.notAfter());
        w.println(prefix + "  SHA-256 " + c.sha256());
    }
}
