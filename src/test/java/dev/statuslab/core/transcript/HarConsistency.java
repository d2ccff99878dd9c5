package dev.statuslab.core.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statuslab.core.http.Body;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * What a schema cannot say about a HAR file StatusLab wrote: the numbers and fields that must
 * agree with each other, and with the exchanges the file was written from.
 */
public final class HarConsistency {

    private static final String[] PHASES = {"blocked", "dns", "connect", "send", "wait", "receive"};

    private HarConsistency() {}

    /** Disagreements inside the file, one line each naming the entry. */
    public static List<String> problems(JsonNode har) {
        List<String> out = new ArrayList<>();
        JsonNode entries = har.path("log").path("entries");
        for (int i = 0; i < entries.size(); i++) {
            entry(entries.get(i), "entries[" + i + "]", out);
        }
        return out;
    }

    /** {@link #problems(JsonNode)}, plus: one entry per exchange, and base64 exactly where the body is not text. */
    public static List<String> problems(JsonNode har, List<Exchange> exchanges) {
        List<String> out = new ArrayList<>(problems(har));
        JsonNode entries = har.path("log").path("entries");
        if (entries.size() != exchanges.size()) {
            out.add(entries.size() + " entries for " + exchanges.size() + " exchanges");
            return out;
        }
        for (int i = 0; i < entries.size(); i++) {
            Exchange e = exchanges.get(i);
            String at = "entries[" + i + "]";
            JsonNode request = entries.get(i).path("request");
            encoding(
                    e.request().body(),
                    e.request().headers().first("Content-Type").orElse(""),
                    request.path("postData").path("_encoding"),
                    at + ".request.postData",
                    out);
            if (!e.failed()) {
                encoding(
                        e.response().body(),
                        e.response().headers().first("Content-Type").orElse(""),
                        entries.get(i).path("response").path("content").path("encoding"),
                        at + ".response.content",
                        out);
            }
            if (!entries.get(i).path("_statuslab").path("id").asText().equals(e.id())) {
                out.add(at + "._statuslab.id is not " + e.id());
            }
        }
        return out;
    }

    private static void entry(JsonNode entry, String at, List<String> out) {
        double sum = 0;
        for (String phase : PHASES) {
            double t = entry.path("timings").path(phase).asDouble();
            if (t != -1) {
                sum += t;
            }
        }
        if (Math.abs(entry.path("time").asDouble() - sum) > 1e-6) {
            out.add(at + ".time " + entry.path("time") + " is not the sum of its timings, " + sum);
        }
        JsonNode request = entry.path("request");
        JsonNode response = entry.path("response");
        headSize(request, entry.path("_statuslab").path("requestHead").asText(""), at + ".request", out);
        if (response.path("status").asInt() == 0) {
            if (!response.path("statusText").asText().isEmpty()
                    || response.path("content").path("size").asLong() != 0
                    || entry.path("_statuslab").path("failure").asText("").isEmpty()) {
                out.add(at + ": a failed entry has statusText \"\", content size 0 and _statuslab.failure");
            }
            return;
        }
        headSize(response, entry.path("_statuslab").path("responseHead").asText(""), at + ".response", out);
        String location = "";
        for (JsonNode h : response.path("headers")) {
            if (h.path("name").asText().equalsIgnoreCase("Location")) {
                location = h.path("value").asText();
                break;
            }
        }
        if (!response.path("redirectURL").asText().equals(location)) {
            out.add(at + ".response.redirectURL is not the Location field \"" + location + "\"");
        }
        JsonNode content = response.path("content");
        long decoded = decodedLength(content, content.path("encoding"));
        if (content.path("size").asLong() != decoded) {
            out.add(at + ".response.content.size " + content.path("size") + " is not the decoded length " + decoded);
        }
        if (response.path("bodySize").asLong() != decoded) {
            out.add(at + ".response.bodySize " + response.path("bodySize") + " is not the body length " + decoded);
        }
        JsonNode postData = request.path("postData");
        long sent = postData.isMissingNode() ? 0 : decodedLength(postData, postData.path("_encoding"));
        if (request.path("bodySize").asLong() != sent) {
            out.add(at + ".request.bodySize " + request.path("bodySize") + " is not the postData length " + sent);
        }
    }

    private static void headSize(JsonNode message, String head, String at, List<String> out) {
        long expected = head.isEmpty() ? -1 : head.length();
        if (message.path("headersSize").asLong() != expected) {
            out.add(at + ".headersSize " + message.path("headersSize") + " is not the head's length " + expected);
        }
    }

    private static long decodedLength(JsonNode holder, JsonNode encoding) {
        if (!holder.has("text")) {
            return 0;
        }
        String text = holder.path("text").asText();
        if (encoding.asText("").equals("base64")) {
            return Base64.getDecoder().decode(text).length;
        }
        Charset charset = TextBodies.charset(holder.path("mimeType").asText());
        return text.getBytes(charset).length;
    }

    private static void encoding(Body body, String contentType, JsonNode encoding, String at, List<String> out) {
        if (body.isEmpty()) {
            return;
        }
        boolean text = body.inMemory()
                && body.size() <= HarBodies.TEXT_LIMIT
                && TextBodies.decode(body.bytes(), TextBodies.charset(contentType)) != null;
        boolean base64 = encoding.asText("").equals("base64");
        if (text == base64) {
            out.add(at + (text ? " is text but written as base64" : " is not text but has no base64 encoding"));
        }
    }
}
