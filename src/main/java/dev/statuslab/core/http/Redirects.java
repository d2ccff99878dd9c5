package dev.statuslab.core.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The next request of a redirect, as a browser would make it, for a user who chooses to follow
 * one hop at a time (the client itself never follows redirects). 303 turns into GET (HEAD stays
 * HEAD), and so do 301 and 302 after a POST; 307 and 308 keep method and body. When the body is
 * dropped, so are the fields that describe it; Host follows the new authority; and credentials
 * (Authorization, Cookie) are not carried to another origin.
 */
public final class Redirects {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final List<String> BODY_FIELDS = List.of(
            "Content-Length",
            "Content-Type",
            "Content-Encoding",
            "Content-Language",
            "Content-Location",
            "Transfer-Encoding",
            "Expect");
    private static final List<String> CREDENTIALS = List.of("Authorization", "Cookie", "Proxy-Authorization");

    private Redirects() {}

    /**
     * The request to send after {@code request} was answered with {@code response}, or empty when
     * that is not a redirect with a usable Location (or there was no response).
     */
    public static Optional<HttpRequest> nextHop(HttpRequest request, HttpResponse response) {
        if (response == null || !REDIRECTS.contains(response.code())) {
            return Optional.empty();
        }
        Optional<String> location = response.headers().first("Location").map(String::trim);
        if (location.isEmpty() || location.get().isEmpty()) {
            return Optional.empty();
        }
        URI from;
        URI to;
        try {
            from = new URI(request.url());
            to = from.resolve(new URI(location.get()));
        } catch (URISyntaxException | IllegalArgumentException ex) {
            return Optional.empty();
        }
        if (to.getRawFragment() == null && from.getRawFragment() != null) {
            to = URI.create(to + "#" + from.getRawFragment()); // RFC 9110 10.2.2: the fragment is inherited
        }
        String method = request.method().name();
        int code = response.code();
        boolean toGet = code == 303 && !method.equals("HEAD") || (code == 301 || code == 302) && method.equals("POST");
        Headers headers = request.headers();
        Body body = request.body();
        HttpMethod next = request.method();
        if (toGet) {
            next = HttpMethod.GET;
            body = Body.empty();
            for (String name : BODY_FIELDS) {
                headers = headers.without(name);
            }
        }
        if (!sameOrigin(from, to)) {
            for (String name : CREDENTIALS) {
                headers = headers.without(name);
            }
        }
        if (headers.has("Host") && to.getHost() != null) {
            headers = headers.replacing("Host", hostField(to));
        }
        return Optional.of(new HttpRequest(next, to.toString(), headers, body));
    }

    /** host[:port] for the Host field, without the scheme's default port. */
    private static String hostField(URI uri) {
        return uri.getPort() == -1 || uri.getPort() == port(uri.getScheme(), -1)
                ? uri.getHost()
                : uri.getHost() + ":" + uri.getPort();
    }

    private static boolean sameOrigin(URI a, URI b) {
        return Objects.equals(lower(a.getScheme()), lower(b.getScheme()))
                && Objects.equals(lower(a.getHost()), lower(b.getHost()))
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        return port(uri.getScheme(), uri.getPort());
    }

    private static int port(String scheme, int port) {
        if (port != -1) {
            return port;
        }
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
