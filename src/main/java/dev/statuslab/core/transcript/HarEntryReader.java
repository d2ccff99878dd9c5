package dev.statuslab.core.transcript;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.io.Spool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads one HAR entry into an exchange. An entry StatusLab wrote carries {@code _statuslab} data
 * and is restored exactly; any other gets an id made from its content (the same entry imported
 * twice gets the same id) and heads rebuilt from its fields, with the
 * protocol versions browsers export ({@code h2}, {@code http/2.0}, "") normalised. Status 0 (a
 * request the browser blocked or that got no answer) becomes a failed exchange.
 */
final class HarEntryReader {

    static final String NO_RESPONSE = "no response (the HAR entry has status 0)";

    private final HarInput in;
    private final Spool spool;

    HarEntryReader(HarInput in, Spool spool) {
        this.in = in;
        this.spool = spool;
    }

    /** The parts of one entry, as they come (HAR does not fix the order of fields). */
    private static final class Parts {
        Instant startedAt;
        HttpMethod method;
        String url;
        String requestVersion;
        Headers requestHeaders;
        Body requestBody = Body.empty();
        int status;
        String statusText;
        String responseVersion;
        Headers responseHeaders;
        Body responseBody;
        String error;
        Timings timings;
        StatusLabFields.Data data;
    }

    Exchange read() throws IOException {
        Parts e = new Parts();
        in.object(
                field -> {
                    switch (field) {
                        case "startedDateTime" -> e.startedAt = startedAt();
                        case "time" -> in.number();
                        case "request" -> request(e);
                        case "response" -> response(e);
                        case "cache" -> in.object(f -> in.skip());
                        case "timings" -> e.timings = HarTimings.read(in);
                        case StatusLabFields.FIELD -> e.data = StatusLabFields.read(in);
                        default -> in.skip();
                    }
                },
                "startedDateTime",
                "time",
                "request",
                "response",
                "cache",
                "timings");
        return exchange(e);
    }

    private Instant startedAt() throws IOException {
        String text = in.string();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException ex) {
            throw in.error("expected an ISO 8601 date and time with offset (2024-05-01T09:15:30.123+02:00), not \""
                    + text + "\"");
        }
    }

    private void request(Parts e) throws IOException {
        in.object(
                field -> {
                    switch (field) {
                        case "method" -> e.method = method();
                        case "url" -> e.url = in.string();
                        case "httpVersion" -> e.requestVersion = in.string();
                        case "cookies", "queryString" -> in.pairs();
                        case "headers" -> e.requestHeaders = in.headers();
                        case "postData" -> e.requestBody = HarBodyReader.postData(in, spool);
                        case "headersSize", "bodySize" -> in.wholeNumber();
                        default -> in.skip();
                    }
                },
                "method",
                "url",
                "httpVersion",
                "cookies",
                "headers",
                "queryString",
                "headersSize",
                "bodySize");
    }

    private HttpMethod method() throws IOException {
        String name = in.string();
        try {
            return HttpMethod.of(name);
        } catch (IllegalArgumentException ex) {
            throw in.error("not a method token: \"" + name + "\"");
        }
    }

    private void response(Parts e) throws IOException {
        in.object(
                field -> {
                    switch (field) {
                        case "status" -> e.status = status();
                        case "statusText" -> e.statusText = in.string();
                        case "httpVersion" -> e.responseVersion = in.string();
                        case "cookies" -> in.pairs();
                        case "headers" -> e.responseHeaders = in.headers();
                        case "content" -> e.responseBody = HarBodyReader.content(in, spool);
                        case "redirectURL" -> in.string();
                        case "headersSize", "bodySize" -> in.wholeNumber();
                        case "_error" -> e.error = in.optionalString();
                        default -> in.skip();
                    }
                },
                "status",
                "statusText",
                "httpVersion",
                "cookies",
                "headers",
                "content",
                "redirectURL",
                "headersSize",
                "bodySize");
    }

    private int status() throws IOException {
        long code = in.wholeNumber();
        if (code != 0 && (code < 100 || code > 999)) {
            throw in.error("expected 0 (no response) or a status code from 100 to 999, not " + code);
        }
        return (int) code;
    }

    /** Called on the entry's closing token, so errors name the entry. */
    private Exchange exchange(Parts e) throws IOException {
        StatusLabFields.Data data = e.data;
        boolean ours = data != null;
        HttpRequest request = new HttpRequest(e.method, e.url, e.requestHeaders, e.requestBody);
        HttpResponse response = null;
        String failure = null;
        if (e.status == 0) {
            failure = firstNonBlank(ours ? data.failure() : null, e.error, NO_RESPONSE);
            spool.discard(e.responseBody);
        } else {
            String version = ours ? e.responseVersion : Heads.normalised(e.responseVersion);
            List<HttpResponse.Interim> interim = ours ? data.interim() : List.of();
            response = new HttpResponse(
                    interim, new StatusLine(version, e.status, e.statusText), e.responseHeaders, e.responseBody);
        }
        String requestHead = ours && data.requestHead() != null
                ? data.requestHead()
                : Heads.request(request, Heads.normalised(e.requestVersion));
        String responseHead = ours && data.responseHead() != null
                ? data.responseHead()
                : response == null ? "" : Heads.response(response);
        Timings timings = ours && data.timings() != null ? data.timings() : e.timings;
        String id = ours && data.id() != null
                ? data.id()
                : contentId(e.startedAt, requestHead, responseHead, response, failure);
        String simulatorTarget = ours ? data.simulatorTarget() : null;
        String django = ours ? data.django() : null;
        return new Exchange(
                id,
                e.startedAt,
                request,
                response,
                failure,
                requestHead,
                responseHead,
                timings,
                simulatorTarget,
                django,
                ours ? data.tls() : null);
    }

    /**
     * The id of an entry StatusLab did not write, made from what it holds: the same entry imported
     * twice gets the same id, so the history can recognise it.
     */
    static String contentId(
            Instant startedAt, String requestHead, String responseHead, HttpResponse response, String failure) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        String key = startedAt.toEpochMilli() + "\n" + requestHead + "\n" + responseHead + "\n"
                + (response == null ? "-" : response.body().size()) + "\n" + failure;
        return "har-" + HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)), 0, 8);
    }

    private static String firstNonBlank(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return candidates[candidates.length - 1];
    }
}
