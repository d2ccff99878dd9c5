package dev.statuslab.ui.response;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.Timings;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Exchanges built by hand for the UI tests, with the head written as it would be on the wire. */
public final class Exchanges {

    /** 0 + 1 + 1 + 5 + 1 = 8 ms in all. */
    public static final Timings TIMINGS = new Timings(0, -1, 1, -1, 1, 5, 1);

    public static final Instant STARTED = Instant.parse("2024-05-01T09:15:30Z");
    private static final AtomicInteger IDS = new AtomicInteger();

    private Exchanges() {}

    public static HttpRequest get(String path) {
        return HttpRequest.get("http://127.0.0.1:8000" + path);
    }

    public static HttpRequest request(String method, String path) {
        return new HttpRequest(HttpMethod.of(method), "http://127.0.0.1:8000" + path, Headers.empty(), Body.empty());
    }

    /** A response exchange with the head rebuilt exactly from the status line and headers. */
    public static Exchange response(HttpRequest request, StatusLine line, Headers headers, Body body) {
        return response(request, List.of(), line, headers, body);
    }

    public static Exchange response(
            HttpRequest request, List<HttpResponse.Interim> interim, StatusLine line, Headers headers, Body body) {
        StringBuilder head = new StringBuilder();
        for (HttpResponse.Interim i : interim) {
            appendMessageHead(head, i.statusLine(), i.headers());
        }
        appendMessageHead(head, line, headers);
        return new Exchange(
                "e" + IDS.incrementAndGet(),
                STARTED,
                request,
                new HttpResponse(interim, line, headers, body),
                null,
                request.method() + " " + request.url() + " HTTP/1.1\r\n\r\n",
                head.toString(),
                TIMINGS);
    }

    public static Exchange response(int code, String reason, Headers headers, String body) {
        return response(get("/x/"), new StatusLine("HTTP/1.1", code, reason), headers, Body.of(body));
    }

    public static Exchange failed(HttpRequest request, String failure) {
        return new Exchange("e" + IDS.incrementAndGet(), STARTED, request, null, failure, "", "", TIMINGS);
    }

    private static void appendMessageHead(StringBuilder head, StatusLine line, Headers headers) {
        head.append(line.version()).append(' ').append(line.code());
        if (!line.reason().isEmpty()) {
            head.append(' ').append(line.reason());
        }
        head.append("\r\n");
        for (Header h : headers) {
            head.append(h.name()).append(": ").append(h.value()).append("\r\n");
        }
        head.append("\r\n");
    }
}
