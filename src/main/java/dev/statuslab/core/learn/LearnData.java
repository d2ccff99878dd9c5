package dev.statuslab.core.learn;

import dev.statuslab.core.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/**
 * What learn mode needs beyond the knowledge base and the catalogue, read from the bundled
 * {@code learn.json}: the cheat-sheet's codes, the codes in common use, Django's ways to answer a
 * code (each checked by a test to be named in the knowledge base for that code), and where the
 * catalogue's redirects lead (checked by a test against the simulator).
 *
 * @param cheatSheet the tutorial's seven codes
 * @param common     the other codes in common use
 * @param django     Django's classes, exceptions, shortcuts and decorators with the code they give
 * @param redirects  the next request after some of the catalogue's redirects
 */
public record LearnData(
        Set<Integer> cheatSheet, Set<Integer> common, List<DjangoWay> django, List<RedirectStep> redirects) {

    /** A Django API that answers with {@code code}; {@code kind} is class, exception, shortcut or decorator. */
    public record DjangoWay(String name, String kind, int code) {}

    /** After ready request {@code request} of {@code scenario}, a browser sends {@code next} ("GET /contact/"). */
    public record RedirectStep(String scenario, int request, String next) {}

    static final String RESOURCE = "learn.json";

    public LearnData {
        cheatSheet = Set.copyOf(cheatSheet);
        common = Set.copyOf(common);
        django = List.copyOf(django);
        redirects = List.copyOf(redirects);
    }

    /**
     * The bundled data.
     *
     * @throws IllegalStateException when the resource is missing or invalid
     */
    public static LearnData load() {
        try (InputStream in = LearnData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + RESOURCE + " is missing from the classpath");
            }
            return read(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("The resource " + RESOURCE + " is invalid: " + e.getMessage(), e);
        }
    }

    static LearnData read(InputStream in) throws IOException {
        StrictJson.Obj root =
                StrictJson.Obj.of(StrictJson.parse(in), "", "cheatSheet", "common", "django", "redirects");
        List<DjangoWay> django = root.list(
                "django",
                StrictJson.objects(
                        o -> new DjangoWay(o.text("name"), o.text("kind"), o.integer("code")), "name", "kind", "code"));
        List<RedirectStep> redirects = root.list(
                "redirects",
                StrictJson.objects(
                        o -> new RedirectStep(o.text("scenario"), o.integer("request"), o.text("next")),
                        "scenario",
                        "request",
                        "next"));
        return new LearnData(
                Set.copyOf(root.list("cheatSheet", StrictJson.INTEGER)),
                Set.copyOf(root.list("common", StrictJson.INTEGER)),
                django,
                redirects);
    }
}
