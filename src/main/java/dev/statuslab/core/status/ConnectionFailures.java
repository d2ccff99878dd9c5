package dev.statuslab.core.status;

import dev.statuslab.core.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The knowledge base for exchanges that got no proper response (resets, empty replies, broken
 * framing, bytes that are not HTTP, short bodies, timeouts): what each means and how a client
 * should cope, as data in {@code connection-failures.json}, found from the client's sentence.
 */
public final class ConnectionFailures {

    static final String RESOURCE = "connection-failures.json";

    /** One kind of failure: the fault that causes it in the playground, the phrases that name it, advice. */
    public record Advice(String fault, List<String> recognise, String title, String meaning, String cope) {}

    private static volatile List<Advice> loaded;

    private ConnectionFailures() {}

    /** The advice for a failure sentence of the client, if one of the known kinds is named in it. */
    public static Optional<Advice> forFailure(String failure) {
        String lower = failure.toLowerCase(Locale.ROOT);
        for (Advice a : all()) {
            for (String phrase : a.recognise()) {
                if (lower.contains(phrase.toLowerCase(Locale.ROOT))) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }

    /** Every kind, in the file's order. */
    public static List<Advice> all() {
        List<Advice> advice = loaded;
        if (advice == null) {
            try (InputStream in = ConnectionFailures.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the classpath");
                }
                advice = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(RESOURCE + " cannot be read: " + e.getMessage(), e);
            }
            loaded = advice;
        }
        return advice;
    }

    static List<Advice> read(InputStream in) throws IOException {
        StrictJson.Obj root = StrictJson.Obj.of(StrictJson.parse(in), "", "failures");
        return List.copyOf(root.list(
                "failures",
                StrictJson.objects(
                        o -> new Advice(
                                o.text("fault"),
                                o.list("recognise", StrictJson.TEXT),
                                o.text("title"),
                                o.text("meaning"),
                                o.text("cope")),
                        "fault",
                        "recognise",
                        "title",
                        "meaning",
                        "cope")));
    }
}
