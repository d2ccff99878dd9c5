package dev.statuslab.client;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.ClientDefaults;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.SendOptions;
import dev.statuslab.core.http.Tokens;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A request checked for the wire, with what the user left out and HTTP/1.1 needs: a Host field
 * (first, from the URL), the client's defaults User-Agent and Accept (after Host, unless given or
 * switched off) and a Content-Length for a body (last). Everything else is sent exactly as given,
 * in the given order and case.
 *
 * @param request the request as it will be sent
 * @param host    the host to connect to, without IPv6 brackets
 * @param port    the port to connect to
 * @param target  the request-target: raw path and query, in ASCII
 * @param secure  {@code https://}: TLS before HTTP
 */
record WireRequest(HttpRequest request, String host, int port, String target, boolean secure) {

    /** Methods that define a meaning for content: an empty body still gets Content-Length: 0. */
    private static final Set<String> CONTENT_METHODS = Set.of("POST", "PUT", "PATCH");

    /** The request cannot go on the wire; the message says why, for the user. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    static WireRequest prepare(HttpRequest request) throws Refused {
        return prepare(request, SendOptions.defaults());
    }

    static WireRequest prepare(HttpRequest request, SendOptions options) throws Refused {
        URI uri = parse(request.url());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean secure = scheme.equals("https");
        if (!uri.isAbsolute() || !(secure || scheme.equals("http")) || uri.isOpaque()) {
            throw new Refused("only absolute http:// and https:// URLs can be sent: " + request.url());
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new Refused("the URL has no valid host: " + request.url());
        }
        for (Header h : request.headers()) {
            if (!Tokens.isToken(h.name())) {
                throw new Refused("\"" + h.name() + "\" is not a valid header name");
            }
            String problem = Tokens.fieldValueProblem(h.value());
            if (problem != null) {
                throw new Refused("header " + h.name() + ": " + problem);
            }
        }
        String host = uri.getHost();
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        int defaultPort = secure ? 443 : 80;
        int port = uri.getPort() == -1 ? defaultPort : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        String authority = secure ? (port == 443 ? host : host + ":" + port) : authority(host, uri.getPort());
        HttpRequest sent = request.withHeaders(completed(request, authority, options));
        return new WireRequest(sent, bare, port, target, secure);
    }

    /** The Host field for an http:// URL: host, and the port unless it is the default 80. */
    static String authority(String host, int port) {
        return HttpRequest.hostField(host, port);
    }

    /** {@code host:port} as a trust decision names it ({@code [::1]:8443} for IPv6). */
    String hostPort() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    private static Headers completed(HttpRequest request, String authority, SendOptions options) {
        Headers given = request.headers();
        List<Header> lines = new ArrayList<>(given.size() + 4);
        if (!given.has("Host")) {
            lines.add(new Header("Host", authority));
        }
        for (Header d : ClientDefaults.fields()) {
            if (!given.has(d.name()) && !options.omits(d.name())) {
                lines.add(d);
            }
        }
        lines.addAll(given.asList());
        Body body = request.body();
        boolean framed = given.has("Content-Length") || given.has("Transfer-Encoding");
        if (!framed
                && (!body.isEmpty() || CONTENT_METHODS.contains(request.method().name()))) {
            lines.add(new Header("Content-Length", Long.toString(body.size())));
        }
        return Headers.of(lines);
    }

    private static URI parse(String url) throws Refused {
        try {
            URI uri = new URI(url);
            // Non-ASCII characters in the path or query go out percent-encoded as UTF-8.
            return new URI(uri.toASCIIString());
        } catch (URISyntaxException e) {
            throw new Refused("not a valid URL: " + e.getMessage());
        }
    }

    boolean expectsContinue() {
        return request.headers().all("Expect").stream().anyMatch(v -> v.trim().equalsIgnoreCase("100-continue"));
    }

    String method() {
        return request.method().name();
    }
}
