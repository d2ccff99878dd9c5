package dev.statuslab.server.cors;

import dev.statuslab.core.http.Header;
import dev.statuslab.server.site.SiteRequest;
import dev.statuslab.server.site.SiteResponse;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cross-origin resource sharing as the Fetch standard asks of a server: a preflight
 * ({@code OPTIONS} with {@code Origin} and {@code Access-Control-Request-Method}) is answered
 * {@code 200} without content, with the {@code Access-Control-Allow-*} set, and every other answer to an allowed
 * origin carries {@code Access-Control-Allow-Origin} (the origin itself, never {@code *}, so
 * credentials work), {@code -Credentials} when the request carries cookies or an Authorization,
 * and {@code -Expose-Headers} naming the fields a script could not read otherwise. The policy
 * can be switched while the server runs; request threads read it without locking.
 */
public final class Cors {

    /** The methods the playground answers (it takes any token; these are the ones worth naming). */
    public static final String ANY_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

    /** How long a browser may cache a preflight answer, in seconds. */
    public static final int MAX_AGE_SECONDS = 600;

    /** Response fields every script may read without being exposed (Fetch, CORS-safelisted). */
    private static final Set<String> SAFELISTED = Set.of(
            "cache-control",
            "content-language",
            "content-length",
            "content-type",
            "expires",
            "last-modified",
            "pragma");

    private volatile CorsPolicy policy;

    public Cors(CorsPolicy initial) {
        this.policy = Objects.requireNonNull(initial, "initial");
    }

    public CorsPolicy policy() {
        return policy;
    }

    public void set(CorsPolicy newPolicy) {
        this.policy = Objects.requireNonNull(newPolicy, "newPolicy");
    }

    /** Whether this is a CORS preflight: OPTIONS with Origin and Access-Control-Request-Method. */
    public static boolean isPreflight(SiteRequest request) {
        return request.isMethod("OPTIONS")
                && request.header("Origin").isPresent()
                && request.header("Access-Control-Request-Method").isPresent();
    }

    /**
     * The answer to a preflight: 200 with no content ({@code Content-Length: 0}, as RFC 9110 9.3.7
     * asks of OPTIONS; a 204 could not carry it), {@code Allow}, and the Allow-* set for an allowed
     * origin; else a 403 that says why (the browser then refuses the real request).
     *
     * @param allow the methods the target answers, for the Allow field
     */
    public static SiteResponse preflight(SiteRequest request, CorsPolicy policy, String allow) {
        String origin = request.header("Origin").orElse("");
        if (!policy.allows(origin)) {
            return SiteResponse.text(
                            403,
                            "CORS: the origin " + origin + " is not allowed here (allowed: "
                                    + String.join(", ", policy.origins()) + ")\n")
                    .header("Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
        }
        SiteResponse response = new SiteResponse(200)
                .header("Allow", allow)
                .header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Allow-Credentials", "true")
                .header(
                        "Access-Control-Allow-Methods",
                        request.header("Access-Control-Request-Method").orElse("GET"));
        request.header("Access-Control-Request-Headers")
                .filter(h -> !h.isBlank())
                .ifPresent(h -> response.header("Access-Control-Allow-Headers", h));
        if (request.header("Access-Control-Request-Private-Network")
                .filter("true"::equalsIgnoreCase)
                .isPresent()) {
            response.header("Access-Control-Allow-Private-Network", "true");
        }
        return response.header("Access-Control-Max-Age", String.valueOf(MAX_AGE_SECONDS))
                .header("Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
    }

    /** Adds the CORS fields to an answer (not a preflight's); a refused origin gets only Vary. */
    public static void decorate(SiteRequest request, SiteResponse response, CorsPolicy policy) {
        response.patchVary("Origin");
        String origin = request.header("Origin").orElse(null);
        if (origin == null || !policy.allows(origin)) {
            return;
        }
        String exposed = exposed(response);
        response.setHeader("Access-Control-Allow-Origin", origin);
        if (request.header("Cookie").isPresent()
                || request.header("Authorization").isPresent()) {
            response.setHeader("Access-Control-Allow-Credentials", "true");
        }
        if (!exposed.isEmpty()) {
            response.setHeader("Access-Control-Expose-Headers", exposed);
        }
    }

    /** The response's field names a script cannot read unless exposed, in order, once each. */
    private static String exposed(SiteResponse response) {
        StringJoiner names = new StringJoiner(", ");
        Set<String> seen = new HashSet<>();
        for (Header h : response.headers()) {
            String lower = lower(h.name());
            if (SAFELISTED.contains(lower)
                    || lower.startsWith("access-control-")
                    || lower.equals("set-cookie")
                    || lower.equals("vary")
                    || !seen.add(lower)) {
                continue;
            }
            names.add(h.name());
        }
        return names.toString();
    }

    /** Field names in lower case, remembered: responses carry the same few names again and again. */
    private static final Map<String, String> LOWER = new ConcurrentHashMap<>();

    private static String lower(String name) {
        String lower = LOWER.get(name);
        if (lower == null) {
            if (LOWER.size() >= 1024) {
                LOWER.clear(); // bounded: mocks may name fields freely
            }
            lower = name.toLowerCase(Locale.ROOT);
            LOWER.put(name, lower);
        }
        return lower;
    }
}
