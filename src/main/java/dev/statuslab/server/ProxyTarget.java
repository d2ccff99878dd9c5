package dev.statuslab.server;

import dev.statuslab.core.http.BackendUrl;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.HopByHop;
import dev.statuslab.server.site.SiteRequest;
import dev.statuslab.server.site.SiteResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code serve --proxy URL}: a request that no mock answers is sent on to a real backend and its
 * answer returned as it is (status, fields, body), so that mocks can stand in for the endpoints
 * that are not built yet. A backend that cannot be reached, or does not answer within the
 * timeout, gets a 502 or 504 whose body says why; a body larger than the server's limit, a 502.
 */
public final class ProxyTarget {

    /** Fields that belong to one connection (RFC 9110 7.6.1) or that the JDK client sets itself. */
    private static final Set<String> NOT_FORWARDED = Stream.concat(
                    HopByHop.FIELDS.stream(), Stream.of("host", "content-length", "expect", "http2-settings"))
            .collect(Collectors.toUnmodifiableSet());

    private static final String FAILURE_FIELD = "X-StatusLab-Proxy";
    private static final String FAILED = "failed";

    private final URI base;
    private final Duration timeout;
    private final HttpClient client;

    /** @param base e.g. {@code https://api.example.com} or {@code http://127.0.0.1:3000/v1} */
    public ProxyTarget(URI base, Duration timeout) {
        String problem = problem(base);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        this.base = base;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** Why this cannot be a backend's URL, or null. */
    public static String problem(URI base) {
        return BackendUrl.problem(base);
    }

    public URI base() {
        return base;
    }

    /**
     * The backend's answer to the request, or a 502/504 saying why there is none. When {@code
     * plain}, the client's Accept-Encoding stays here, so that the answer can be recorded as text.
     */
    SiteResponse forward(SiteRequest request, long maxBodyBytes, boolean plain) {
        URI target;
        try {
            String basePath = base.getPath() == null ? "" : base.getPath().replaceAll("/+$", "");
            String path = new URI(
                            base.getScheme(),
                            null,
                            base.getHost(),
                            base.getPort(),
                            basePath + request.path(),
                            null,
                            null)
                    .toASCIIString();
            target = URI.create(request.rawQuery().isEmpty() ? path : path + "?" + request.rawQuery());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return failure(502, "the request cannot be sent on: " + e.getMessage());
        }
        HttpRequest.Builder out = HttpRequest.newBuilder(target)
                .timeout(timeout)
                .method(
                        request.method(),
                        request.body().length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        for (Header h : request.headerLines()) {
            if (!NOT_FORWARDED.contains(h.name().toLowerCase(Locale.ROOT)) && !(plain && h.is("Accept-Encoding"))) {
                try {
                    out.header(h.name(), h.value());
                } catch (IllegalArgumentException e) {
                    // a field the JDK client refuses to send (e.g. Date): left out
                }
            }
        }
        try {
            HttpResponse<InputStream> answer = client.send(out.build(), HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = answer.body()) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            }
            if (body.length > maxBodyBytes) {
                return failure(502, "the backend's answer is larger than " + maxBodyBytes + " bytes");
            }
            SiteResponse response = new SiteResponse(answer.statusCode()).body(body);
            for (Map.Entry<String, List<String>> field : answer.headers().map().entrySet()) {
                if (!NOT_FORWARDED.contains(field.getKey().toLowerCase(Locale.ROOT))
                        && !field.getKey().startsWith(":")) {
                    field.getValue().forEach(v -> response.header(field.getKey(), v));
                }
            }
            return response;
        } catch (HttpConnectTimeoutException e) {
            return failure(504, "no connection to " + authority() + " within " + timeout.toMillis() + " ms");
        } catch (HttpTimeoutException e) {
            return failure(504, authority() + " did not answer within " + timeout.toMillis() + " ms");
        } catch (ConnectException e) {
            return failure(502, "cannot connect to " + authority() + " (" + reason(e) + ")");
        } catch (IOException e) {
            return failure(502, "the exchange with " + authority() + " failed (" + reason(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure(502, "interrupted while waiting for " + authority());
        }
    }

    private String authority() {
        return base.getScheme() + "://" + base.getRawAuthority();
    }

    private static String reason(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Whether this is the proxy's own 502/504 rather than the backend's answer. */
    static boolean isFailure(SiteResponse response) {
        return FAILED.equals(response.headerValue(FAILURE_FIELD));
    }

    private static SiteResponse failure(int status, String why) {
        return SiteResponse.text(status, "StatusLab proxy: " + why + "\n").header(FAILURE_FIELD, FAILED);
    }
}
