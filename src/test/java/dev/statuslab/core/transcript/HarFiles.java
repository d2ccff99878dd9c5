package dev.statuslab.core.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.status.StatusCatalog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Export, parse and compare helpers for the HAR tests. */
public final class HarFiles {

    public static final ObjectMapper JSON = new ObjectMapper();

    private HarFiles() {}

    public static byte[] export(List<Exchange> exchanges) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HarWriter.write(exchanges, StatusCatalog.load(), out);
        return out.toByteArray();
    }

    public static JsonNode tree(byte[] har) throws IOException {
        return JSON.readTree(har);
    }

    public static List<Exchange> read(byte[] har, Path spool) throws IOException {
        return HarReader.read(new ByteArrayInputStream(har), spool);
    }

    public static List<Exchange> read(String har, Path spool) throws IOException {
        return read(har.getBytes(StandardCharsets.UTF_8), spool);
    }

    /**
     * The exchange as the round trip keeps it: startedAt to the millisecond, bodies by content
     * (a body read back from a file equals one held in memory with the same bytes).
     */
    public static Exchange comparable(Exchange e) {
        HttpResponse r = e.response();
        HttpResponse response =
                r == null ? null : new HttpResponse(r.interim(), r.statusLine(), r.headers(), inMemory(r.body()));
        return new Exchange(
                e.id(),
                e.startedAt().truncatedTo(ChronoUnit.MILLIS),
                e.request().withBody(inMemory(e.request().body())),
                response,
                e.failure(),
                e.requestHead(),
                e.responseHead(),
                e.timings());
    }

    private static Body inMemory(Body body) {
        return body.inMemory() ? body : Body.of(body.bytes());
    }
}
