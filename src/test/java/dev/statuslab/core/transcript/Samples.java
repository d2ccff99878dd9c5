package dev.statuslab.core.transcript;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.http.StatusLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Exchanges built by hand for the transcript tests, heads written as they would be on the wire. */
final class Samples {

    static final String BASE = "http://127.0.0.1:8000";
    static final Instant STARTED = Instant.parse("2024-05-01T09:15:30.123Z");
    /** 0.25 + 1.5 + 0.5 + 5 + 0.75 = 8 ms; no DNS look-up, no TLS. */
    static final Timings TIMINGS = new Timings(0.25, -1, 1.5, -1, 0.5, 5, 0.75);
    /** A first PNG byte run: not text in any charset. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};

    private Samples() {}

    static HttpRequest request(String method, String path, Headers headers, Body body) {
        return new HttpRequest(
                HttpMethod.of(method), BASE + path, headers.has("Host") ? headers : withHostFirst(headers), body);
    }

    private static Headers withHostFirst(Headers headers) {
        List<Header> lines = new ArrayList<>();
        lines.add(new Header("Host", "127.0.0.1:8000"));
        lines.addAll(headers.asList());
        return Headers.of(lines);
    }

    static Exchange exchange(String id, HttpRequest request, HttpResponse response) {
        return new Exchange(
                id,
                STARTED,
                request,
                response,
                null,
                Heads.request(request, "HTTP/1.1"),
                Heads.response(response),
                TIMINGS);
    }

    static HttpResponse response(int code, String reason, Headers headers, Body body) {
        return new HttpResponse(new StatusLine("HTTP/1.1", code, reason), headers, body);
    }

    static Exchange get200() {
        HttpRequest r = request(
                "GET",
                "/simple/?q=a+b&lang=%C3%A9t%C3%A9&flag",
                Headers.of("Accept", "*/*", "Cookie", "sessionid=abc; csrftoken=xyz"),
                Body.empty());
        return exchange(
                "ex-test-000001",
                r,
                response(
                        200,
                        "OK",
                        Headers.of("Content-Type", "text/html; charset=utf-8", "Content-Length", "2"),
                        Body.of("OK")));
    }

    static Exchange formPost302() {
        String form = "name=Ada+Lovelace&email=ada%40example.com&message=Hello%21";
        HttpRequest r = request(
                "POST",
                "/contact/",
                Headers.of(
                        "Content-Type",
                        "application/x-www-form-urlencoded",
                        "Content-Length",
                        String.valueOf(form.length())),
                Body.of(form));
        return exchange(
                "ex-test-000002",
                r,
                response(
                        302,
                        "Found",
                        Headers.of(
                                "Content-Type",
                                "text/html; charset=utf-8",
                                "Location",
                                "/contact/",
                                "Set-Cookie",
                                "messages=\"saved\"; Path=/; HttpOnly; SameSite=Lax",
                                "Set-Cookie",
                                "csrftoken=tok; expires=Wed, 30 Apr 2025 09:15:30 GMT; Max-Age=31449600; Path=/; Secure",
                                "Content-Length",
                                "0"),
                        Body.empty()));
    }

    static Exchange json201() {
        String json = "{\"name\":\"Ada\",\"email\":\"ada@example.com\",\"message\":\"Hello ```\"}";
        HttpRequest r = request(
                "POST",
                "/api/messages/",
                Headers.of("Content-Type", "application/json", "X-Demo-Header", "1"),
                Body.of(json));
        return exchange(
                "ex-test-000003",
                r,
                response(
                        201,
                        "Created",
                        Headers.of("Content-Type", "application/json"),
                        Body.of("{\"message\": \"Created\"}")));
    }

    static Exchange binaryPng() {
        return exchange(
                "ex-test-000004",
                request("GET", "/logo.png", Headers.empty(), Body.empty()),
                response(200, "OK", Headers.of("Content-Type", "image/png"), Body.of(PNG)));
    }

    /** An odd reason phrase (two spaces, trailing space) and a field name in odd case. */
    static Exchange oddReason() {
        return exchange(
                "ex-test-000005",
                request("GET", "/raw", Headers.empty(), Body.empty()),
                response(299, "Quite  Fine ", Headers.of("x-odd-CASE", "v"), Body.of("until close")));
    }

    static Exchange earlyHints() {
        HttpResponse.Interim hint = new HttpResponse.Interim(
                new StatusLine("HTTP/1.1", 103, "Early Hints"),
                Headers.of("Link", "</style.css>; rel=preload; as=style"));
        HttpResponse r = new HttpResponse(
                List.of(hint),
                new StatusLine("HTTP/1.1", 200, "OK"),
                Headers.of("Content-Type", "text/plain", "Link", "</style.css>; rel=preload; as=style"),
                Body.of("interim 103 then 200"));
        return exchange("ex-test-000006", request("GET", "/status/103", Headers.empty(), Body.empty()), r);
    }

    /** Refused before anything was written: no heads, send/wait/receive not applicable. */
    static Exchange refused() {
        return new Exchange(
                "ex-test-000007",
                STARTED.plusMillis(10),
                request("GET", "/", Headers.empty(), Body.empty()).withUrl("http://127.0.0.1:9/"),
                null,
                "connection refused by 127.0.0.1:9",
                "",
                "",
                new Timings(0.1, -1, 0.4, -1, -1, -1, -1));
    }

    /** Timed out: the request went out, nothing came back. */
    static Exchange timedOut() {
        HttpRequest r = request("GET", "/delay/3000", Headers.empty(), Body.empty());
        return new Exchange(
                "ex-test-000008",
                STARTED.plusMillis(20),
                r,
                null,
                "no response within 300 ms",
                Heads.request(r, "HTTP/1.1"),
                "",
                new Timings(0, -1, 0.3, -1, 0.1, 300.5, -1));
    }

    /** A response of 204 to a PUT whose body is a text in ISO-8859-1. */
    static Exchange latin1Put() {
        byte[] latin1 = "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1);
        HttpRequest r = request(
                "PUT", "/anything", Headers.of("Content-Type", "text/plain; charset=ISO-8859-1"), Body.of(latin1));
        return exchange("ex-test-000009", r, response(204, "No Content", Headers.empty(), Body.empty()));
    }

    /** A response body of {@code size} bytes in a file (as the client spools large bodies). */
    static Exchange fileBacked(Path dir, int size) throws IOException {
        Path file = Files.createTempFile(dir, "big-", ".bin");
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        Files.write(file, bytes);
        return exchange(
                "ex-test-000010",
                request("GET", "/big", Headers.empty(), Body.empty()),
                response(
                        200,
                        "OK",
                        Headers.of("Content-Type", "text/plain", "Content-Length", String.valueOf(size)),
                        Body.ofFile(file, size)));
    }

    /** Every hand-built kind above (without the file-backed one). */
    static List<Exchange> all() {
        return List.of(
                get200(),
                formPost302(),
                json201(),
                binaryPng(),
                oddReason(),
                earlyHints(),
                refused(),
                timedOut(),
                latin1Put());
    }
}
