package dev.statuslab.server.site;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Django's ALLOWED_HOSTS check ({@code HttpRequest.get_host()} and {@code validate_host}). */
public final class AllowedHosts {

    private static final Pattern HOST = Pattern.compile("^([a-z0-9.-]+|\\[[a-f0-9]*:[a-f0-9.:]+])(:[0-9]+)?$");

    private final Set<String> allowed;
    /** Host fields already found acceptable: nearly every request repeats one of a few. */
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();

    private static final int ACCEPTED_CACHE_LIMIT = 256;

    public AllowedHosts(List<String> extra) {
        Set<String> set = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", "[::1]"));
        for (String h : extra) {
            set.add(h.toLowerCase(Locale.ROOT));
        }
        this.allowed = Set.copyOf(set);
    }

    public Set<String> names() {
        return allowed;
    }

    /** Null when the Host field is acceptable, otherwise Django's message. */
    public String problem(String hostHeader) {
        if (hostHeader == null || accepted.contains(hostHeader)) {
            return null;
        }
        String host = hostHeader.toLowerCase(Locale.ROOT);
        var m = HOST.matcher(host);
        if (!m.matches()) {
            return "Invalid HTTP_HOST header: '" + hostHeader + "'. The domain name provided is not valid"
                    + " according to RFC 1034/1035.";
        }
        String domain = m.group(1);
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        if (allowed.contains("*") || allowed.contains(domain)) {
            if (accepted.size() < ACCEPTED_CACHE_LIMIT) {
                accepted.add(hostHeader);
            }
            return null;
        }
        return "Invalid HTTP_HOST header: '" + hostHeader + "'. You may need to add '" + domain + "' to ALLOWED_HOSTS.";
    }
}
