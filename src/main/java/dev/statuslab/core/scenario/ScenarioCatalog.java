package dev.statuslab.core.scenario;

import dev.statuslab.core.status.StatusCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Every scenario of the lab, in tour order: the scenarios of the bundled {@code scenarios.json}
 * (Tutorial, Generic views and the playground extras), then one generated "Any status code"
 * scenario per registered status code, ascending, then the bundled CORS scenarios, then one per
 * user mock. Immutable and safe to
 * share between threads; {@link #withMocks} makes a new catalogue.
 */
public final class ScenarioCatalog {

    /** Classpath location of the bundled data, relative to this class. */
    static final String RESOURCE = "scenarios.json";

    private final StatusCatalog statuses;
    private final List<Scenario> base;
    private final List<Scenario> all;

    private ScenarioCatalog(StatusCatalog statuses, List<Scenario> base, List<Scenario> mocks) {
        this.statuses = statuses;
        this.base = List.copyOf(base);
        List<Scenario> everything = new ArrayList<>(base);
        everything.addAll(mocks);
        Set<String> ids = new HashSet<>();
        for (Scenario s : everything) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("scenario id '" + s.id() + "' appears more than once");
            }
        }
        this.all = List.copyOf(everything);
    }

    /**
     * The bundled scenarios plus one generated scenario per code of {@code statuses}.
     *
     * @throws IllegalStateException if the resource is missing or invalid
     */
    public static ScenarioCatalog load(StatusCatalog statuses) {
        Objects.requireNonNull(statuses, "statuses");
        String where = ScenarioCatalog.class.getPackageName().replace('.', '/') + "/" + RESOURCE;
        try (InputStream in = ScenarioCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Scenario resource " + where + " is missing from the classpath");
            }
            return fromJson(in, statuses);
        } catch (IOException e) {
            throw new IllegalStateException("Scenario resource " + where + " is invalid: " + e.getMessage(), e);
        }
    }

    /**
     * Reads scenarios from JSON (UTF-8) and adds one generated scenario per code of {@code statuses}.
     *
     * @throws IOException if the stream cannot be read or holds an invalid document: malformed JSON, an
     *                     unknown or missing property, a blank text, a request without an expected
     *                     status, or a duplicate id; the message names the scenario and the problem
     */
    public static ScenarioCatalog fromJson(InputStream in, StatusCatalog statuses) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(statuses, "statuses");
        List<Scenario> scenarios = new ArrayList<>(ScenarioJson.read(in));
        scenarios.addAll(GeneratedScenarios.forStatuses(statuses));
        scenarios.sort(Comparator.comparing(Scenario::group)); // stable: the file's order within a group
        try {
            return new ScenarioCatalog(statuses, scenarios, List.of());
        } catch (IllegalArgumentException e) {
            throw new IOException("Invalid scenario catalogue: " + e.getMessage(), e);
        }
    }

    /** Every scenario in tour order. */
    public List<Scenario> all() {
        return all;
    }

    /** The scenarios of one group, in tour order. */
    public List<Scenario> group(ScenarioGroup g) {
        Objects.requireNonNull(g, "g");
        return all.stream().filter(s -> s.group() == g).toList();
    }

    /** The scenario with this id, if any. */
    public Optional<Scenario> find(String id) {
        return all.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The scenarios matching every word of {@code query}, in tour order. A word matches,
     * ignoring case, part of the title, the summary, a request's path or method, or the digits of
     * an expected status: "404" finds the scenarios that expect or request a 404, "csrf" the CSRF
     * one. A blank (or null) query matches everything.
     */
    public List<Scenario> search(String query) {
        if (query == null || query.isBlank()) {
            return all;
        }
        String[] words = query.strip().toLowerCase(Locale.ROOT).split("\\s+");
        List<Scenario> out = new ArrayList<>();
        for (Scenario s : all) {
            String haystack = haystack(s);
            boolean matches = true;
            for (String word : words) {
                if (!haystack.contains(word)) {
                    matches = false;
                    break;
                }
            }
            if (matches) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /**
     * A copy whose "My mocks" group holds one scenario per mock, replacing any the catalogue had:
     * id {@code mock-<index>} (counting from 0, in list order), title "METHOD path", and one ready
     * request for the route ("*" is sent as GET) that expects the mock's status. This catalogue is
     * left unchanged.
     */
    public ScenarioCatalog withMocks(List<MockRoute> mocks) {
        Objects.requireNonNull(mocks, "mocks");
        return new ScenarioCatalog(statuses, base, GeneratedScenarios.forMocks(mocks, statuses));
    }

    /**
     * Which mock a "My mocks" scenario stands for: its place in the list given to
     * {@link #withMocks}; empty for any other scenario.
     */
    public static OptionalInt mockIndex(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        String id = scenario.id();
        if (scenario.group() != ScenarioGroup.MY_MOCKS || !id.startsWith(GeneratedScenarios.MOCK_ID_PREFIX)) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(id.substring(GeneratedScenarios.MOCK_ID_PREFIX.length())));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private static String haystack(Scenario s) {
        StringBuilder text = new StringBuilder();
        text.append(s.title()).append('\n').append(s.summary()).append('\n');
        for (ReadyRequest r : s.requests()) {
            text.append(r.label())
                    .append('\n')
                    .append(r.method())
                    .append('\n')
                    .append(r.path())
                    .append('\n');
            for (int status : r.expectedStatuses()) {
                text.append(status).append('\n');
            }
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
