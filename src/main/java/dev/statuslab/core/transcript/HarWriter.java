package dev.statuslab.core.transcript;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.statuslab.core.http.FormEncoding;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.http.Product;
import dev.statuslab.core.status.StatusCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Writes exchanges as a HAR 1.2 file (UTF-8 JSON), streaming: one entry at a time straight to
 * the output, bodies on disk copied through in chunks, so no tree of the whole file is built.
 *
 * <p>Every field HAR 1.2 requires is written. What HAR has no place for (the raw heads, interim
 * responses, the reason of a failure, the explanation of the code) goes in an entry's
 * {@code _statuslab} object, which browsers and other tools ignore. A failed exchange has
 * status 0, an empty statusText, content size 0 and the reason in {@code response._error}.
 * Bodies are text when they are text in their charset and at most {@link HarBodies#TEXT_LIMIT}
 * bytes, base64 otherwise. See docs/decisions/0007-har-transcript.md.
 */
public final class HarWriter {

    static final String VERSION = "1.2";
    static final String CREATOR = "StatusLab";
    private static final JsonFactory JSON =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final DateTimeFormatter STARTED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);

    private HarWriter() {}

    /**
     * Writes {@code exchanges}, in order, as one HAR log to {@code out}, which is flushed and left open.
     *
     * @param catalog explains each status code in the entries' {@code _statuslab} data
     * @throws IOException when writing fails or the file of a body cannot be read
     */
    public static void write(List<Exchange> exchanges, StatusCatalog catalog, OutputStream out) throws IOException {
        Objects.requireNonNull(exchanges, "exchanges");
        Objects.requireNonNull(catalog, "catalog");
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(prettyPrinter());
            g.writeStartObject();
            g.writeObjectFieldStart("log");
            g.writeStringField("version", VERSION);
            g.writeObjectFieldStart("creator");
            g.writeStringField("name", CREATOR);
            g.writeStringField("version", creatorVersion());
            g.writeEndObject();
            g.writeArrayFieldStart("entries");
            for (Exchange e : exchanges) {
                entry(g, e, catalog);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        out.flush();
    }

    private static void entry(JsonGenerator g, Exchange e, StatusCatalog catalog) throws IOException {
        g.writeStartObject();
        g.writeStringField("startedDateTime", STARTED.format(e.startedAt()));
        g.writeNumberField("time", e.timings().total());
        request(g, e);
        if (e.failed()) {
            failedResponse(g, e.failure());
        } else {
            response(g, e);
        }
        g.writeObjectFieldStart("cache");
        g.writeEndObject();
        timings(g, e.timings());
        StatusLabFields.write(g, e, catalog);
        g.writeEndObject();
    }

    private static void request(JsonGenerator g, Exchange e) throws IOException {
        HttpRequest r = e.request();
        g.writeObjectFieldStart("request");
        g.writeStringField("method", r.method().name());
        g.writeStringField("url", r.url());
        g.writeStringField("httpVersion", Heads.requestVersion(e.requestHead()));
        g.writeArrayFieldStart("cookies");
        for (Cookies.Cookie c : Cookies.ofRequest(r.headers().all("Cookie"))) {
            cookie(g, c);
        }
        g.writeEndArray();
        headers(g, "headers", r.headers());
        g.writeArrayFieldStart("queryString");
        for (FormEncoding.Pair p : FormEncoding.queryOf(r.url())) {
            g.writeStartObject();
            g.writeStringField("name", p.name());
            g.writeStringField("value", p.value());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!r.body().isEmpty()) {
            HarBodies.writePostData(
                    g, r.body(), r.headers().first("Content-Type").orElse(""));
        }
        g.writeNumberField(
                "headersSize", e.requestHead().isEmpty() ? -1 : e.requestHead().length());
        g.writeNumberField("bodySize", r.body().size());
        g.writeEndObject();
    }

    private static void response(JsonGenerator g, Exchange e) throws IOException {
        HttpResponse r = e.response();
        g.writeObjectFieldStart("response");
        g.writeNumberField("status", r.code());
        g.writeStringField("statusText", r.statusLine().reason());
        g.writeStringField("httpVersion", r.statusLine().version());
        g.writeArrayFieldStart("cookies");
        for (Cookies.Cookie c : Cookies.ofResponse(r.headers().all("Set-Cookie"), e.startedAt())) {
            cookie(g, c);
        }
        g.writeEndArray();
        headers(g, "headers", r.headers());
        HarBodies.writeContent(g, r.body(), r.headers().first("Content-Type").orElse(""));
        g.writeStringField("redirectURL", r.headers().first("Location").orElse(""));
        g.writeNumberField(
                "headersSize",
                e.responseHead().isEmpty() ? -1 : e.responseHead().length());
        g.writeNumberField("bodySize", r.body().size());
        g.writeEndObject();
    }

    /** No response: status 0 as browsers write it, the reason where Chrome puts its net error. */
    private static void failedResponse(JsonGenerator g, String failure) throws IOException {
        g.writeObjectFieldStart("response");
        g.writeNumberField("status", 0);
        g.writeStringField("statusText", "");
        g.writeStringField("httpVersion", "");
        g.writeArrayFieldStart("cookies");
        g.writeEndArray();
        g.writeArrayFieldStart("headers");
        g.writeEndArray();
        g.writeObjectFieldStart("content");
        g.writeNumberField("size", 0);
        g.writeStringField("mimeType", "");
        g.writeEndObject();
        g.writeStringField("redirectURL", "");
        g.writeNumberField("headersSize", -1);
        g.writeNumberField("bodySize", -1);
        g.writeStringField("_error", failure);
        g.writeEndObject();
    }

    /** HAR's phases; send, wait and receive are required numbers, so "not applicable" is written 0 there. */
    private static void timings(JsonGenerator g, Timings t) throws IOException {
        g.writeObjectFieldStart("timings");
        g.writeNumberField("blocked", t.blocked());
        g.writeNumberField("dns", t.dns());
        g.writeNumberField("connect", t.connect());
        g.writeNumberField("send", Math.max(0, t.send()));
        g.writeNumberField("wait", Math.max(0, t.waiting()));
        g.writeNumberField("receive", Math.max(0, t.receive()));
        g.writeNumberField("ssl", t.ssl());
        g.writeEndObject();
    }

    static void headers(JsonGenerator g, String field, Headers headers) throws IOException {
        g.writeArrayFieldStart(field);
        for (Header h : headers) {
            g.writeStartObject();
            g.writeStringField("name", h.name());
            g.writeStringField("value", h.value());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void cookie(JsonGenerator g, Cookies.Cookie c) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", c.name());
        g.writeStringField("value", c.value());
        optional(g, "path", c.path());
        optional(g, "domain", c.domain());
        optional(g, "expires", c.expires());
        if (c.httpOnly() != null) {
            g.writeBooleanField("httpOnly", c.httpOnly());
            g.writeBooleanField("secure", c.secure());
        }
        g.writeEndObject();
    }

    static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    private static String creatorVersion() {
        return Product.version();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }
}
