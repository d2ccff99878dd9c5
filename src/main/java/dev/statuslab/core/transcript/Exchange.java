package dev.statuslab.core.transcript;

import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.tls.TlsInfo;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One request and what came of it: the response as received, or the reason there was none
 * (refused, timed out, cancelled), the heads exactly as they crossed the wire, and timings.
 *
 * @param id            unique within a transcript
 * @param startedAt     when sending began
 * @param request       the request as sent (absolute URL)
 * @param response      the response, or null when the exchange failed
 * @param failure       why there is no response, or null
 * @param requestHead   the request line and fields as written to the wire (ISO-8859-1 text)
 * @param responseHead  the interim and final status lines and fields as read (ISO-8859-1 text)
 * @param timings       where the time went
 * @param tls           the TLS side of an {@code https://} exchange (also of a failed handshake), or null
 */
public record Exchange(String id, Instant startedAt, HttpRequest request, HttpResponse response, String failure,
                       String requestHead, String responseHead, Timings timings, TlsInfo tls) {

    /** An exchange without TLS. */
    public Exchange(String id, Instant startedAt, HttpRequest request, HttpResponse response, String failure,
                    String requestHead, String responseHead, Timings timings) {
        this(id, startedAt, request, response, failure, requestHead, responseHead, timings, null);
    }

    public Exchange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(timings, "timings");
        requestHead = requestHead == null ? "" : requestHead;
        responseHead = responseHead == null ? "" : responseHead;
        if ((response == null) == (failure == null)) {
            throw new IllegalArgumentException("an exchange has either a response or a failure");
        }
    }

    public Optional<HttpResponse> responseIfAny() {
        return Optional.ofNullable(response);
    }

    public Optional<TlsInfo> tlsIfAny() {
        return Optional.ofNullable(tls);
    }

    public boolean failed() {
        return response == null;
    }

    /** The final status code, or 0 when there was no response. */
    public int code() {
        return response == null ? 0 : response.code();
    }
}
