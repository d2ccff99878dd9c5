package dev.statuslab.core.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** The URL of a backend that the simulator sends on to ({@code serve --proxy}, Simulator → Proxy to a backend…). */
public final class BackendUrl {

    private BackendUrl() {}

    /** Why this cannot be a backend's URL, or null. */
    public static String problem(URI base) {
        if (base.getScheme() == null
                || !Set.of("http", "https").contains(base.getScheme().toLowerCase(Locale.ROOT))
                || base.getHost() == null) {
            return "expected an http:// or https:// URL with a host, e.g. https://api.example.com";
        }
        return base.getRawQuery() != null || base.getRawFragment() != null ? "the URL has no query or fragment" : null;
    }

    /** Why this text, as typed, cannot be a backend's URL, or null. */
    public static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "the backend's URL, e.g. https://api.example.com";
        }
        try {
            return problem(new URI(text.strip()));
        } catch (URISyntaxException e) {
            return "not a URL: " + e.getReason().toLowerCase(Locale.ROOT);
        }
    }

    /** The text as a backend's URL; check {@link #problem(String)} first. */
    public static URI parse(String text) {
        String problem = problem(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return URI.create(text.strip());
    }
}
