package dev.statuslab.server.cors;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which cross-origin callers the simulator answers: none ({@code off}), any origin ({@code on},
 * the default, as httpbin and Mockoon do), or only the listed origins. CORS covers the
 * playground and the user's mocks; the simulated Django site gets it only when {@code site} is
 * set, since a fresh Django project has no CORS.
 *
 * @param enabled whether CORS headers are sent at all
 * @param origins the allowed origins, e.g. {@code http://localhost:5173}; empty means any
 * @param site    whether the Django site's paths answer CORS too
 */
public record CorsPolicy(boolean enabled, Set<String> origins, boolean site) {

    public static final CorsPolicy OFF = new CorsPolicy(false, Set.of(), false);
    public static final CorsPolicy ANY = new CorsPolicy(true, Set.of(), false);

    public CorsPolicy {
        origins = Set.copyOf(origins);
    }

    /**
     * The policy of {@code serve --cors}: {@code off}, {@code on}, or a comma-separated list of
     * origins such as {@code http://localhost:5173,https://app.example.com}.
     *
     * @throws IllegalArgumentException naming the origin that is not one, and why
     */
    public static CorsPolicy parse(String spec) {
        String s = spec.trim();
        if (s.equalsIgnoreCase("off")) {
            return OFF;
        }
        if (s.equalsIgnoreCase("on") || s.equals("*")) {
            return ANY;
        }
        Set<String> origins = new LinkedHashSet<>();
        for (String part : s.split(",")) {
            String origin = part.trim();
            if (origin.isEmpty()) {
                continue;
            }
            String problem = originProblem(origin);
            if (problem != null) {
                throw new IllegalArgumentException("'" + origin + "' is not an origin: " + problem);
            }
            origins.add(origin.toLowerCase(Locale.ROOT));
        }
        if (origins.isEmpty()) {
            throw new IllegalArgumentException("expected off, on, or origins such as http://localhost:5173");
        }
        return new CorsPolicy(true, origins, false);
    }

    /** Why this is not an origin (scheme://host[:port], nothing after), or null when it is. */
    static String originProblem(String origin) {
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException e) {
            return e.getReason();
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return "expected scheme://host[:port], e.g. http://localhost:5173";
        }
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty()
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null) {
            return "an origin has no path, query, fragment or user (e.g. http://localhost:5173)";
        }
        return null;
    }

    /** The same policy, extended (or not) to the Django site's paths. */
    public CorsPolicy withSite(boolean onSite) {
        return new CorsPolicy(enabled, origins, onSite);
    }

    /** Whether a request from this origin (the Origin field's value) is answered with CORS headers. */
    public boolean allows(String origin) {
        return enabled && (origins.isEmpty() || origins.contains(origin.toLowerCase(Locale.ROOT)));
    }

    /** How {@code serve} describes it in one line. */
    public String describe() {
        if (!enabled) {
            return "CORS off";
        }
        String who = origins.isEmpty() ? "any origin" : String.join(", ", origins);
        return "CORS on for " + who + (site ? " (the Django site too)" : " (playground and mocks)");
    }
}
