package dev.statuslab.bench;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.HarWriter;
import dev.statuslab.core.transcript.Timings;
import dev.statuslab.server.SimulatorOptions;
import dev.statuslab.server.SimulatorServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/** Inputs for the transcript benchmarks: real exchanges with the simulator, and large HAR files. */
final class TranscriptFixtures {

    private TranscriptFixtures() {}

    /** One pass through the tutorial's scenarios, sent by the real client to a real simulator. */
    static List<Exchange> session() throws Exception {
        SimulatorServer server = new SimulatorServer(SimulatorOptions.loopback(0), StatusCatalog.load());
        server.start();
        try (WireClient client = new WireClient(WireClient.Options.defaults())) {
            String base = server.baseUri().toString();
            Headers form = Headers.of("Content-Type", "application/x-www-form-urlencoded", "User-Agent", "bench/1");
            Headers json = Headers.of("Content-Type", "application/json", "Accept", "application/json");
            List<HttpRequest> requests = List.of(
                    HttpRequest.get(base + "/simple/"),
                    HttpRequest.get(base + "/contact/"),
                    new HttpRequest(
                            HttpMethod.POST,
                            base + "/contact/",
                            form,
                            Body.of("name=Ada&email=ada%40example.com&message=Hello")),
                    new HttpRequest(HttpMethod.POST, base + "/contact/", form, Body.of("name=Ada")),
                    new HttpRequest(
                            HttpMethod.POST,
                            base + "/api/messages/",
                            json,
                            Body.of("{\"name\":\"Ada\",\"email\":\"ada@example.com\",\"message\":\"Hello\"}")),
                    HttpRequest.get(base + "/messages/999/"),
                    HttpRequest.get(base + "/forbidden/"),
                    HttpRequest.get(base + "/messages/"),
                    HttpRequest.get(base + "/secure/contact/"),
                    HttpRequest.get(base + "/status/103"));
            List<Exchange> out = new ArrayList<>();
            for (HttpRequest r : requests) {
                out.add(client.send(r).get(20, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            server.stop();
        }
    }

    /** {@code count} exchanges cycling through {@code session}, each with its own id and start time. */
    static List<Exchange> repeated(List<Exchange> session, int count) {
        List<Exchange> out = new ArrayList<>(count);
        Instant start = Instant.parse("2025-01-01T09:00:00Z");
        for (int i = 0; i < count; i++) {
            Exchange e = session.get(i % session.size());
            out.add(new Exchange(
                    String.format("ex-bench-%06d", i),
                    start.plusMillis(i * 37L),
                    e.request(),
                    e.response(),
                    e.failure(),
                    e.requestHead(),
                    e.responseHead(),
                    e.timings()));
        }
        return out;
    }

    /** A HAR as StatusLab writes it, with one binary body of {@code bodyBytes} (base64 in the file). */
    static Path statusLabHar(Path dir, long bodyBytes) throws IOException {
        Path body = dir.resolve("body.bin");
        byte[] chunk = new byte[1 << 20];
        new Random(7).nextBytes(chunk);
        try (OutputStream out = Files.newOutputStream(body)) {
            for (long left = bodyBytes; left > 0; left -= chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        }
        HttpRequest request = HttpRequest.get("http://127.0.0.1:8000/download");
        HttpResponse response = new HttpResponse(
                new StatusLine("HTTP/1.1", 200, "OK"),
                Headers.of("Content-Type", "application/octet-stream", "Content-Length", String.valueOf(bodyBytes)),
                Body.ofFile(body, bodyBytes));
        Exchange e = new Exchange(
                "ex-big",
                Instant.parse("2025-01-01T09:00:00Z"),
                request,
                response,
                null,
                "GET /download HTTP/1.1\r\nHost: 127.0.0.1:8000\r\n\r\n",
                "",
                new Timings(0, -1, 1, -1, 1, 5, 400));
        Path har = dir.resolve("statuslab-big.har");
        try (OutputStream out = Files.newOutputStream(har)) {
            HarWriter.write(List.of(e), StatusCatalog.load(), out);
        }
        Files.delete(body);
        return har;
    }

    /** A HAR as a browser writes it, with one plain-text body of {@code chars} characters in content.text. */
    static Path browserTextHar(Path dir, long chars) throws IOException {
        Path har = dir.resolve("browser-big-text.har");
        try (Writer w = Files.newBufferedWriter(har, StandardCharsets.UTF_8)) {
            w.write(
                    "{\"log\": {\"version\": \"1.2\", \"creator\": {\"name\": \"WebInspector\", \"version\": \"537.36\"},"
                            + " \"entries\": [{\"startedDateTime\": \"2025-01-01T09:00:00.000Z\", \"time\": 10, \"cache\": {},"
                            + " \"timings\": {\"send\": 1, \"wait\": 5, \"receive\": 4},"
                            + " \"request\": {\"method\": \"GET\", \"url\": \"https://example.org/big.txt\", \"httpVersion\": \"h2\","
                            + " \"cookies\": [], \"headers\": [], \"queryString\": [], \"headersSize\": -1, \"bodySize\": 0},"
                            + " \"response\": {\"status\": 200, \"statusText\": \"\", \"httpVersion\": \"h2\", \"cookies\": [],"
                            + " \"headers\": [{\"name\": \"content-type\", \"value\": \"text/plain\"}], \"redirectURL\": \"\","
                            + " \"headersSize\": -1, \"bodySize\": -1, \"content\": {\"size\": " + chars
                            + ", \"mimeType\": \"text/plain\", \"text\": \"");
            char[] line = "The quick brown fox jumps over the lazy dog 0123456789. ".toCharArray();
            for (long written = 0; written < chars; written += line.length) {
                w.write(line, 0, (int) Math.min(line.length, chars - written));
            }
            w.write("\"}}}]}}\n");
        }
        return har;
    }
}
