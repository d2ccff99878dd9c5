package dev.statuslab.core.tls;

import dev.statuslab.core.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The TLS knowledge base: for each {@link TlsProblem}, what it means, how to fix it on the server,
 * how Django deployments usually get there, and what to do in StatusLab. Data in
 * {@code tls-problems.json}, read strictly.
 */
public final class TlsKnowledge {

    private static final String RESOURCE = "tls-problems.json";

    /** One entry, shown like a status code's explanation. */
    public record Entry(
            TlsProblem problem, String title, String meaning, String serverFix, String django, String inStatusLab) {
        public Entry {
            Objects.requireNonNull(problem, "problem");
        }
    }

    private final Map<TlsProblem, Entry> entries;

    private TlsKnowledge(Map<TlsProblem, Entry> entries) {
        this.entries = entries;
    }

    /** The knowledge base of the app's resources; every problem has an entry. */
    public static TlsKnowledge load() {
        try (InputStream in = TlsKnowledge.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the TLS knowledge base cannot be read: " + e.getMessage(), e);
        }
    }

    static TlsKnowledge read(InputStream in) throws IOException {
        StrictJson.Obj root = StrictJson.Obj.of(StrictJson.parse(in), "", "version", "problems");
        Map<TlsProblem, Entry> map = new EnumMap<>(TlsProblem.class);
        for (Entry e : root.list(
                "problems",
                StrictJson.objects(
                        TlsKnowledge::entry, "id", "title", "meaning", "serverFix", "django", "inStatusLab"))) {
            map.put(e.problem(), e);
        }
        for (TlsProblem p : TlsProblem.values()) {
            if (!map.containsKey(p)) {
                throw new IOException("no entry for " + p.id());
            }
        }
        return new TlsKnowledge(map);
    }

    private static Entry entry(StrictJson.Obj o) {
        return new Entry(
                TlsProblem.ofId(o.text("id")),
                o.text("title"),
                o.text("meaning"),
                o.text("serverFix"),
                o.text("django"),
                o.text("inStatusLab"));
    }

    public Entry explain(TlsProblem problem) {
        return entries.get(problem);
    }
}
