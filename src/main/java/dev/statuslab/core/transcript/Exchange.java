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
 * @param django        the Django release line that answered ("5.2") when StatusLab's simulator
 *                      did, or null
 * @param tls           the TLS side of an {@code https://} exchange (also of a failed handshake), or null
 * @param simulatorTarget the request's target relative to the simulator ({@code {{simulator}}/contact/}) when it
 *                      was sent to the running simulator, so that it can go to the simulator of a later launch
 *                      (on another port); null for any other host
 */
public record Exchange(
        String id,
        Instant startedAt,
        HttpRequest request,
        HttpResponse response,
        String failure,
        String requestHead,
        String responseHead,
        Timings timings,
        String simulatorTarget,
        String django,
        TlsInfo tls) {

    public Exchange(
            String id,
            Instant startedAt,
            HttpRequest request,
            HttpResponse response,
            String failure,
            String requestHead,
            String responseHead,
            Timings timings) {
        this(id, startedAt, request, response, failure, requestHead, responseHead, timings, null, null, null);
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

    /** This exchange, marked as sent to the simulator at {@code target} (or unmarked with null). */
    public Exchange withSimulatorTarget(String target) {
        return new Exchange(
                id, startedAt, request, response, failure, requestHead, responseHead, timings, target, django, tls);
    }

    public Optional<String> simulatorTargetIfAny() {
        return Optional.ofNullable(simulatorTarget);
    }

    /** The same exchange, recorded as answered by the simulator as Django {@code version} ("5.2"). */
    public Exchange answeredByDjango(String version) {
        return new Exchange(
                id,
                startedAt,
                request,
                response,
                failure,
                requestHead,
                responseHead,
                timings,
                simulatorTarget,
                version,
                tls);
    }

    public Optional<String> djangoIfAny() {
        return Optional.ofNullable(django);
    }

    public Optional<HttpResponse> responseIfAny() {
        return Optional.ofNullable(response);
    }

    /** An exchange over TLS (or a failed handshake), made by the client. */
    public static Exchange overTls(
            String id,
            Instant startedAt,
            HttpRequest request,
            HttpResponse response,
            String failure,
            String requestHead,
            String responseHead,
            Timings timings,
            TlsInfo tls) {
        return new Exchange(
                id, startedAt, request, response, failure, requestHead, responseHead, timings, null, null, tls);
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
