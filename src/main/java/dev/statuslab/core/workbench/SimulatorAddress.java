package dev.statuslab.core.workbench;

import dev.statuslab.core.http.ClientDefaults;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.transcript.Exchange;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The running simulator's address, and URLs written relative to it: {@code {{simulator}}/contact/}
 * stands for {@code http://127.0.0.1:8765/contact/} in this launch and for whatever port the
 * simulator has in the next one. Ready requests, saved requests, tabs and history entries made
 * against the simulator keep the relative form, so they never point at a port that is gone.
 *
 * @param base the simulator's base URL, e.g. {@code http://127.0.0.1:8765} (no trailing slash)
 */
public record SimulatorAddress(URI base) {

    /** The built-in variable, as written in URLs. */
    public static final String VARIABLE = "{{simulator}}";

    public SimulatorAddress {
        Objects.requireNonNull(base, "base");
        String text = base.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        base = URI.create(text);
    }

    public static SimulatorAddress of(String base) {
        return new SimulatorAddress(URI.create(base));
    }

    /** The base as text, e.g. {@code http://127.0.0.1:8765}: the value of {@code {{simulator}}}. */
    public String value() {
        return base.toString();
    }

    /** Whether {@code url} is absolute and names this simulator (its host, or localhost / 127.0.0.1, and its port). */
    public boolean serves(String url) {
        URI uri = parse(url);
        if (uri == null || uri.getHost() == null || !"http".equalsIgnoreCase(uri.getScheme())) {
            return false;
        }
        int port = uri.getPort() == -1 ? 80 : uri.getPort();
        int ours = base.getPort() == -1 ? 80 : base.getPort();
        return port == ours && sameHost(uri.getHost(), base.getHost());
    }

    /**
     * {@code url} in the relative form when it names this simulator ({@code {{simulator}}/path?query}),
     * else unchanged.
     */
    public String relativize(String url) {
        if (!serves(url)) {
            return url;
        }
        return VARIABLE + pathAndQuery(parse(url));
    }

    /** A URL in the relative form made absolute against this simulator; any other URL unchanged. */
    public String resolve(String url) {
        return isRelative(url) ? value() + url.substring(VARIABLE.length()) : url;
    }

    /** Whether {@code url} starts with {@code {{simulator}}}. */
    public static boolean isRelative(String url) {
        return url.startsWith(VARIABLE);
    }

    /** The exchange marked with its target relative to this simulator when it was sent to it. */
    public Exchange tag(Exchange exchange) {
        if (exchange.simulatorTarget() != null || !serves(exchange.request().url())) {
            return exchange;
        }
        return exchange.withSimulatorTarget(relativize(exchange.request().url()));
    }

    /**
     * The exchange as if made against this simulator: an exchange marked as sent to a simulator
     * (of this launch or an earlier one, on whatever port) gets this simulator's URL and Host,
     * so "Edit &amp; resend" and "Follow redirect" reach the running one. Others are unchanged.
     */
    public Exchange current(Exchange exchange) {
        String target = exchange.simulatorTarget();
        if (target == null || !isRelative(target)) {
            return exchange;
        }
        HttpRequest request = exchange.request();
        String url = resolve(target);
        if (url.equals(request.url())) {
            return exchange;
        }
        Headers headers = request.headers().has("Host")
                ? request.headers().replacing("Host", HttpRequest.hostField(base.getHost(), base.getPort()))
                : request.headers();
        return new Exchange(
                exchange.id(),
                exchange.startedAt(),
                request.withUrl(url).withHeaders(headers),
                exchange.response(),
                exchange.failure(),
                exchange.requestHead(),
                exchange.responseHead(),
                exchange.timings(),
                target,
                exchange.django(),
                exchange.tls());
    }

    /**
     * A request as the user would edit it: without the fields the client adds on its own when they
     * say only what it would say anyway (a Host equal to the URL's authority, a Content-Length equal
     * to the body's size), so that loading an exchange into the composer never adds a Host row that
     * then keeps an old port.
     */
    public static HttpRequest editable(HttpRequest request) {
        URI uri = parse(request.url());
        String authority =
                uri == null || uri.getHost() == null ? null : HttpRequest.hostField(uri.getHost(), uri.getPort());
        List<Header> kept = new ArrayList<>(request.headers().size());
        for (Header h : request.headers()) {
            boolean sameHost =
                    h.is("Host") && authority != null && h.value().trim().equalsIgnoreCase(authority);
            boolean sameLength = h.is("Content-Length")
                    && request.body().inMemory()
                    && h.value().trim().equals(Long.toString(request.body().size()));
            boolean clientDefault = ClientDefaults.fields().contains(h);
            if (!sameHost && !sameLength && !clientDefault) {
                kept.add(h);
            }
        }
        return kept.size() == request.headers().size() ? request : request.withHeaders(Headers.of(kept));
    }

    private static boolean sameHost(String a, String b) {
        String x = loopbackName(a);
        String y = loopbackName(b);
        return x.equals(y);
    }

    private static String loopbackName(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("127.0.0.1") ? "127.0.0.1" : h;
    }

    static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
