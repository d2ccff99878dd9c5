package dev.statuslab.core.tls;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.statuslab.core.io.AtomicFiles;
import dev.statuslab.core.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The certificates the user chose to trust, each for one host and port, by SHA-256 fingerprint:
 * {@code trusted-certificates.json} in the data folder, readable by its owner only, rewritten on
 * each change (temporary file, then moved into place). Thread-safe.
 */
public final class TrustedCertificates {

    public static final String FILE_NAME = "trusted-certificates.json";
    private static final JsonFactory JSON =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /**
     * One decision: this certificate, for this host:port, since then.
     *
     * @param issuer   who signed it; empty in decisions saved before it was kept
     * @param notAfter when it expires; null in decisions saved before it was kept
     */
    public record Entry(
            String hostPort, String sha256, String subject, String issuer, Instant notAfter, Instant trustedAt) {
        public Entry {
            Objects.requireNonNull(hostPort, "hostPort");
            sha256 = CertificateInfo.normalise(sha256);
            Objects.requireNonNull(subject, "subject");
            issuer = issuer == null ? "" : issuer;
            Objects.requireNonNull(trustedAt, "trustedAt");
        }

        /** Whether the certificate has expired at {@code instant} (unknown expiry: no). */
        public boolean expiredAt(Instant instant) {
            return notAfter != null && instant.isAfter(notAfter);
        }
    }

    private final Path file;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private String problem;
    private boolean loaded;

    private TrustedCertificates(Path file) {
        this.file = file;
    }

    /** An empty set that is never saved: for tests and for the command line without a data folder. */
    public static TrustedCertificates inMemory() {
        TrustedCertificates store = new TrustedCertificates(null);
        store.loaded = true;
        return store;
    }

    /**
     * The trusted certificates of {@code dataDirectory}. A file that cannot be read trusts nothing,
     * is left as it is, and {@link #problem()} says why. The file is read on first use, off the
     * caller's thread if the caller so arranges (the window's first use is on a client thread).
     */
    public static TrustedCertificates inDataDirectory(Path dataDirectory) {
        return new TrustedCertificates(dataDirectory.resolve(FILE_NAME));
    }

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try (InputStream in = Files.newInputStream(file)) {
            StrictJson.Obj root = StrictJson.Obj.of(StrictJson.parse(in), "", "version", "trusted");
            for (Entry e : root.list(
                    "trusted",
                    StrictJson.objects(
                            TrustedCertificates::entry,
                            "hostPort",
                            "sha256",
                            "subject",
                            "issuer",
                            "notAfter",
                            "trustedAt"))) {
                entries.put(e.hostPort(), e);
            }
        } catch (NoSuchFileException e) {
            // nothing trusted yet
        } catch (IOException | RuntimeException e) {
            entries.clear();
            problem = "The trusted certificates in " + file + " cannot be read (" + e.getMessage()
                    + "); none is trusted and the file is left as it is";
        }
    }

    private static Entry entry(StrictJson.Obj o) {
        String notAfter = o.optionalText("notAfter");
        return new Entry(
                o.text("hostPort"),
                o.text("sha256"),
                o.text("subject"),
                o.optionalText("issuer"),
                notAfter == null ? null : Instant.parse(notAfter),
                Instant.parse(o.text("trustedAt")));
    }

    /** Why the file could not be read, or null. */
    public synchronized String problem() {
        load();
        return problem;
    }

    public synchronized Optional<Entry> forHost(String hostPort) {
        load();
        return Optional.ofNullable(entries.get(hostPort));
    }

    public synchronized List<Entry> all() {
        load();
        return List.copyOf(entries.values());
    }

    /** Trusts {@code certificate} for {@code hostPort}, replacing an earlier decision for it, and saves. */
    public synchronized void trust(String hostPort, CertificateInfo certificate) throws IOException {
        load();
        Entry previous = entries.put(
                hostPort,
                new Entry(
                        hostPort,
                        certificate.sha256(),
                        certificate.subject(),
                        certificate.issuer(),
                        certificate.notAfter(),
                        Instant.now()));
        try {
            save();
        } catch (IOException e) {
            restore(hostPort, previous);
            throw e;
        }
    }

    /** Forgets the decision for {@code hostPort}; true when there was one. */
    public synchronized boolean revoke(String hostPort) throws IOException {
        load();
        Entry previous = entries.remove(hostPort);
        if (previous == null) {
            return false;
        }
        try {
            save();
        } catch (IOException e) {
            restore(hostPort, previous);
            throw e;
        }
        return true;
    }

    private void restore(String hostPort, Entry previous) {
        if (previous == null) {
            entries.remove(hostPort);
        } else {
            entries.put(hostPort, previous);
        }
    }

    private void save() throws IOException {
        if (file == null) {
            return;
        }
        if (problem != null && Files.exists(file)) {
            throw new IOException(problem + "; move it away to trust certificates again");
        }
        List<Entry> list = new ArrayList<>(entries.values());
        AtomicFiles.writeOwnerOnly(file, out -> {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeNumberField("version", 1);
                g.writeArrayFieldStart("trusted");
                for (Entry e : list) {
                    g.writeStartObject();
                    g.writeStringField("hostPort", e.hostPort());
                    g.writeStringField("sha256", e.sha256());
                    g.writeStringField("subject", e.subject());
                    g.writeStringField("issuer", e.issuer());
                    if (e.notAfter() != null) {
                        g.writeStringField("notAfter", e.notAfter().toString());
                    }
                    g.writeStringField("trustedAt", e.trustedAt().toString());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        });
    }
}
