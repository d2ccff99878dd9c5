package dev.statuslab.core.status;

import dev.statuslab.core.django.DjangoVersion;
import dev.statuslab.core.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What changed between Django's release lines for a response (resource {@code django-versions.json}):
 * "Changed in Django 4.0/5.0" notes, each for some codes and shown when the response matches
 * ({@code header:NAME} present, {@code body:TEXT} in the body, {@code request:TEXT} in the path),
 * and the "In Django" text and snippet that replace the catalogue's for versions before a release.
 */
public final class DjangoNotes {

    /** What a note's condition looks at. */
    public interface Response {
        boolean hasHeader(String name);

        boolean bodyContains(String text);

        boolean pathContains(String text);
    }

    record Note(List<Integer> codes, String since, String match, String text) {}

    /** The catalogue's "In Django" text and snippet, for versions before {@code before}. */
    public record Override(int code, String before, String django, String djangoSnippet) {}

    private final List<Note> notes;
    private final List<Override> overrides;

    private DjangoNotes(List<Note> notes, List<Override> overrides) {
        this.notes = List.copyOf(notes);
        this.overrides = List.copyOf(overrides);
    }

    /** The notes shipped with the app. */
    public static DjangoNotes load() {
        try (InputStream in = DjangoNotes.class.getResourceAsStream("django-versions.json")) {
            if (in == null) {
                throw new IllegalStateException("django-versions.json is missing");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DjangoNotes read(InputStream in) throws IOException {
        StrictJson.Obj doc = StrictJson.Obj.of(StrictJson.parse(in), "", "notes", "overrides");
        List<Note> notes = doc.list(
                "notes",
                StrictJson.objects(
                        o -> new Note(
                                o.list("codes", StrictJson.INTEGER),
                                version(o.text("since")),
                                condition(o.text("match")),
                                o.text("text")),
                        "codes",
                        "since",
                        "match",
                        "text"));
        List<Override> overrides = doc.list(
                "overrides",
                StrictJson.objects(
                        o -> new Override(
                                o.integer("code"),
                                version(o.text("before")),
                                o.text("django"),
                                o.text("djangoSnippet")),
                        "code",
                        "before",
                        "django",
                        "djangoSnippet"));
        return new DjangoNotes(notes, overrides);
    }

    private static String version(String text) {
        if (!text.matches("[0-9]\\.[0-9]")) {
            throw new IllegalArgumentException("a Django version is written like 4.0, not '" + text + "'");
        }
        return text;
    }

    private static String condition(String match) {
        String kind =
                match.contains(":") ? match.substring(0, match.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        if (!List.of("header", "body", "request").contains(kind)) {
            throw new IllegalArgumentException("a note's match is header:, body: or request:, not '" + match + "'");
        }
        return match;
    }

    /** The notes for a response with this code, in file order. */
    public List<String> about(int code, Response response) {
        List<String> out = new ArrayList<>();
        for (Note n : notes) {
            if (n.codes().contains(code) && matches(n.match(), response)) {
                out.add(n.text());
            }
        }
        return out;
    }

    private static boolean matches(String match, Response r) {
        String what = match.substring(match.indexOf(':') + 1);
        Predicate<String> test =
                switch (match.substring(0, match.indexOf(':')).toLowerCase(Locale.ROOT)) {
                    case "header" -> r::hasHeader;
                    case "body" -> r::bodyContains;
                    default -> r::pathContains;
                };
        return test.test(what);
    }

    /** The "In Django" text and snippet for {@code code} as {@code version} has them, if not the catalogue's. */
    public Optional<Override> override(int code, DjangoVersion version) {
        return overrides.stream()
                .filter(o -> o.code() == code && !version.atLeast(major(o.before()), minor(o.before())))
                .findFirst();
    }

    private static int major(String v) {
        return v.charAt(0) - '0';
    }

    private static int minor(String v) {
        return v.charAt(2) - '0';
    }
}
