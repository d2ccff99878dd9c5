package dev.statuslab.core.transcript;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.lint.Finding;
import dev.statuslab.core.lint.Linter;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.status.StatusInfo;
import dev.statuslab.core.tls.TlsInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code _statuslab} object of a HAR entry: what HAR 1.2 has no field for, enough to restore
 * the exchange exactly (id, interim responses, the heads as on the wire, the failure, phases that
 * did not apply), plus the explanation of the status code for readers of the file.
 *
 * <pre>
 * "_statuslab": {
 *   "id": "ex-1a2b-000001",
 *   "django": "5.2",                                          (answered by the simulator as Django 5.2)
 *   "explanationId": 302, "statusClass": "Redirection", "title": "Found",
 *   "rfc": "RFC 9110 §15.4.3", "rfcUrl": "https://…", "summary": "…",
 *   "interim": [{"httpVersion": "HTTP/1.1", "status": 103, "statusText": "Early Hints", "headers": […]}],
 *   "findings": [{"id": "status.required-field", "level": "error", "rfc": "RFC 9110 §15.4.3", "rfcUrl": "…",
 *                 "message": "302 without Location: …", "fix": "…"}],   (errors first; read back as nothing)
 *   "requestHead": "GET / HTTP/1.1\r\n…\r\n\r\n", "responseHead": "HTTP/1.1 302 Found\r\n…",
 *   "failure": "connection refused by 127.0.0.1:9",           (failed exchanges only)
 *   "simulatorTarget": "{{simulator}}/contact/",              (only for exchanges with the simulator)
 *   "timings": {"blocked": 0, …, "send": -1, …}                (only when send, wait or receive was -1)
 * }
 * </pre>
 */
final class StatusLabFields {

    static final String FIELD = "_statuslab";

    /** What an entry's {@code _statuslab} object restores; any part may be missing (null). */
    record Data(
            String id,
            List<HttpResponse.Interim> interim,
            String requestHead,
            String responseHead,
            String failure,
            Timings timings,
            String simulatorTarget,
            String django,
            TlsInfo tls) {}

    private StatusLabFields() {}

    static void write(JsonGenerator g, Exchange e, StatusCatalog catalog) throws IOException {
        g.writeObjectFieldStart(FIELD);
        g.writeStringField("id", e.id());
        HarWriter.optional(g, "django", e.django());
        if (!e.failed()) {
            explanation(g, e.code(), catalog);
            g.writeArrayFieldStart("interim");
            for (HttpResponse.Interim i : e.response().interim()) {
                g.writeStartObject();
                g.writeStringField("httpVersion", i.statusLine().version());
                g.writeNumberField("status", i.statusLine().code());
                g.writeStringField("statusText", i.statusLine().reason());
                HarWriter.headers(g, "headers", i.headers());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        findings(g, ExchangeFindings.of(e, new Linter(catalog)));
        g.writeStringField("requestHead", e.requestHead());
        g.writeStringField("responseHead", e.responseHead());
        HarWriter.optional(g, "failure", e.failure());
        HarWriter.optional(g, "simulatorTarget", e.simulatorTarget());
        if (e.tls() != null) {
            HarTls.write(g, e.tls());
        }
        Timings t = e.timings();
        if (t.send() < 0 || t.waiting() < 0 || t.receive() < 0) {
            g.writeObjectFieldStart("timings");
            g.writeNumberField("blocked", t.blocked());
            g.writeNumberField("dns", t.dns());
            g.writeNumberField("connect", t.connect());
            g.writeNumberField("ssl", t.ssl());
            g.writeNumberField("send", t.send());
            g.writeNumberField("wait", t.waiting());
            g.writeNumberField("receive", t.receive());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** What the linter found, errors first, in the shape of {@code statuslab lint --json}. */
    private static void findings(JsonGenerator g, List<Finding> findings) throws IOException {
        g.writeArrayFieldStart("findings");
        for (Finding f : findings) {
            g.writeStartObject();
            g.writeStringField("id", f.id());
            g.writeStringField("level", f.level().id());
            g.writeStringField("rfc", f.rule().rfc());
            g.writeStringField("rfcUrl", f.rule().url());
            g.writeStringField("message", f.message());
            g.writeStringField("fix", f.fix());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void explanation(JsonGenerator g, int code, StatusCatalog catalog) throws IOException {
        g.writeNumberField("explanationId", code);
        if (code > 599) {
            return; // outside every status class: nothing to explain
        }
        StatusInfo info = catalog.describe(code);
        g.writeStringField("statusClass", info.statusClass().title());
        g.writeStringField("title", info.reason());
        g.writeStringField("rfc", info.rfc() + " §" + info.section());
        g.writeStringField("rfcUrl", info.rfcUrl());
        g.writeStringField("summary", info.meaning());
    }

    /** Reads the object; the explanation fields are for people and are skipped. */
    static Data read(HarInput in) throws IOException {
        String[] text = new String[6];
        List<HttpResponse.Interim> interim = new ArrayList<>();
        Timings[] timings = {null};
        TlsInfo[] tls = {null};
        in.object(field -> {
            switch (field) {
                case "id" -> text[0] = in.optionalString();
                case "requestHead" -> text[1] = in.optionalString();
                case "responseHead" -> text[2] = in.optionalString();
                case "failure" -> text[3] = in.optionalString();
                case "simulatorTarget" -> text[4] = in.optionalString();
                case "django" -> text[5] = in.optionalString();
                case "interim" -> in.array(() -> interim.add(interim(in)));
                case "timings" -> timings[0] = HarTimings.read(in);
                case "tls" -> tls[0] = HarTls.read(in);
                default -> in.skip();
            }
        });
        return new Data(text[0], List.copyOf(interim), text[1], text[2], text[3], timings[0], text[4], text[5], tls[0]);
    }

    private static HttpResponse.Interim interim(HarInput in) throws IOException {
        Object[] parts = new Object[4];
        in.object(
                field -> {
                    switch (field) {
                        case "httpVersion" -> parts[0] = in.string();
                        case "status" -> parts[1] = (int) in.wholeNumber();
                        case "statusText" -> parts[2] = in.string();
                        case "headers" -> parts[3] = in.headers();
                        default -> in.skip();
                    }
                },
                "httpVersion",
                "status",
                "statusText",
                "headers");
        int code = (Integer) parts[1];
        if (code < 100 || code > 199) {
            throw in.errorAt("status", "an interim response has a 1xx status, not " + code);
        }
        return new HttpResponse.Interim(new StatusLine((String) parts[0], code, (String) parts[2]), (Headers) parts[3]);
    }
}
