package dev.statuslab.core.workbench;

import dev.statuslab.core.http.Headers;
import dev.statuslab.core.transcript.Exchange;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The cookie jar of RFC 6265: cookies from Set-Cookie kept by name, domain and path (5.3), and the
 * Cookie field for a request built from those whose domain, path and Secure flag match it (5.4),
 * longest paths first. Expired cookies are dropped; past 50 cookies for one domain or 3000 in all,
 * the least recently used go first. Secure cookies go over https, and also to loopback hosts (as
 * browsers treat localhost). Thread-safe.
 */
public final class CookieJar {

    static final int PER_DOMAIN = 50;
    static final int TOTAL = 3000;
    private static final Comparator<Cookie> SEND_ORDER =
            Comparator.comparingInt((Cookie c) -> -c.path().length()).thenComparing(Cookie::creation);

    private final Map<Cookie.Key, Cookie> cookies = new LinkedHashMap<>();

    /** Keeps the cookies of every Set-Cookie field of a response to a request for {@code url}. */
    public synchronized void receive(String url, Headers responseHeaders, Instant now) {
        URI uri = parse(url);
        if (uri == null || uri.getHost() == null) {
            return;
        }
        for (String field : responseHeaders.all("Set-Cookie")) {
            SetCookie.parse(field).ifPresent(set -> store(set, uri, now));
        }
        evict(now);
    }

    /** Keeps the cookies an exchange's response set (nothing for a failed exchange). */
    public void receive(Exchange exchange) {
        exchange.responseIfAny()
                .ifPresent(r -> receive(
                        exchange.request().url(),
                        r.headers(),
                        exchange.startedAt().plusMillis(1)));
    }

    private void store(SetCookie set, URI uri, Instant now) {
        String host = canonicalHost(uri.getHost());
        String domain;
        boolean hostOnly;
        if (set.domain() != null && !set.domain().equals(host)) {
            if (!domainMatches(host, set.domain())) {
                return; // a cookie for a domain the response does not belong to
            }
            domain = set.domain();
            hostOnly = false;
        } else {
            domain = host;
            hostOnly = set.domain() == null;
        }
        String path = set.path() != null ? set.path() : defaultPath(uri.getRawPath());
        Cookie cookie = new Cookie(
                set.name(),
                set.value(),
                domain,
                hostOnly,
                path,
                set.secure(),
                set.httpOnly(),
                set.sameSite(),
                set.expiry(now),
                now,
                now);
        Cookie old = cookies.remove(cookie.key());
        if (cookie.expiredAt(now)) {
            return; // the way a server deletes a cookie
        }
        cookies.put(cookie.key(), old == null ? cookie : cookie.createdAt(old.creation()));
    }

    /** The Cookie field value for a request to {@code url}, if any cookie matches it. */
    public synchronized Optional<String> header(String url, Instant now) {
        List<Cookie> matching = matching(url, now);
        for (Cookie c : matching) {
            cookies.put(c.key(), c.accessedAt(now));
        }
        if (matching.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                matching.stream().map(c -> c.name() + "=" + c.value()).collect(Collectors.joining("; ")));
    }

    /**
     * The value of the cookie {@code name} that a request to {@code url} would carry, else of any
     * unexpired cookie of that name: what {@code {{cookie.NAME}}} stands for.
     */
    public synchronized Optional<String> value(String name, String url, Instant now) {
        for (Cookie c : matching(url, now)) {
            if (c.name().equals(name)) {
                return Optional.of(c.value());
            }
        }
        return cookies.values().stream()
                .filter(c -> c.name().equals(name) && !c.expiredAt(now))
                .max(Comparator.comparing(Cookie::creation))
                .map(Cookie::value);
    }

    private List<Cookie> matching(String url, Instant now) {
        URI uri = parse(url);
        if (uri == null || uri.getHost() == null) {
            return List.of();
        }
        String host = canonicalHost(uri.getHost());
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        boolean secureChannel = "https".equalsIgnoreCase(uri.getScheme()) || isLoopback(host);
        List<Cookie> out = new ArrayList<>();
        for (Cookie c : cookies.values()) {
            boolean hostOk = c.hostOnly() ? host.equals(c.domain()) : domainMatches(host, c.domain());
            if (hostOk && pathMatches(path, c.path()) && (!c.secure() || secureChannel) && !c.expiredAt(now)) {
                out.add(c);
            }
        }
        out.sort(SEND_ORDER);
        return out;
    }

    /** Every cookie, by domain, path and name (for the Cookies panel). */
    public synchronized List<Cookie> all() {
        List<Cookie> out = new ArrayList<>(cookies.values());
        out.sort(
                Comparator.comparing(Cookie::domain).thenComparing(Cookie::path).thenComparing(Cookie::name));
        return List.copyOf(out);
    }

    /** Adds or replaces a cookie (an edit in the Cookies panel, or one read back from disk). */
    public synchronized void put(Cookie cookie) {
        Objects.requireNonNull(cookie, "cookie");
        cookies.put(cookie.key(), cookie);
    }

    public synchronized boolean delete(Cookie.Key key) {
        return cookies.remove(key) != null;
    }

    public synchronized void clear() {
        cookies.clear();
    }

    /** Drops expired cookies, then the least recently used past the per-domain and total limits. */
    public synchronized void evict(Instant now) {
        cookies.values().removeIf(c -> c.expiredAt(now));
        Map<String, List<Cookie>> byDomain = cookies.values().stream().collect(Collectors.groupingBy(Cookie::domain));
        for (List<Cookie> ofDomain : byDomain.values()) {
            if (ofDomain.size() > PER_DOMAIN) {
                ofDomain.stream()
                        .sorted(Comparator.comparing(Cookie::lastAccess))
                        .limit(ofDomain.size() - PER_DOMAIN)
                        .forEach(c -> cookies.remove(c.key()));
            }
        }
        if (cookies.size() > TOTAL) {
            new ArrayList<>(cookies.values())
                    .stream()
                            .sorted(Comparator.comparing(Cookie::lastAccess))
                            .limit(cookies.size() - TOTAL)
                            .forEach(c -> cookies.remove(c.key()));
        }
    }

    /** RFC 6265 5.1.3: identical, or a host name ending in "." + domain (never for an IP address). */
    static boolean domainMatches(String host, String domain) {
        if (host.equals(domain)) {
            return true;
        }
        return host.endsWith("." + domain) && !isIpAddress(host);
    }

    /** RFC 6265 5.1.4: the same path, or a prefix ending at a "/". */
    static boolean pathMatches(String requestPath, String cookiePath) {
        if (requestPath.equals(cookiePath)) {
            return true;
        }
        return requestPath.startsWith(cookiePath)
                && (cookiePath.endsWith("/") || requestPath.charAt(cookiePath.length()) == '/');
    }

    /** RFC 6265 5.1.4: the request path up to, not including, its last "/"; "/" when there is none. */
    static String defaultPath(String uriPath) {
        if (uriPath == null || !uriPath.startsWith("/")) {
            return "/";
        }
        int last = uriPath.lastIndexOf('/');
        return last == 0 ? "/" : uriPath.substring(0, last);
    }

    private static String canonicalHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }

    private static boolean isIpAddress(String host) {
        return host.contains(":") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
