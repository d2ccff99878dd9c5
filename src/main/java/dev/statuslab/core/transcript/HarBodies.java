package dev.statuslab.core.transcript;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.FormEncoding;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bodies in a HAR file: {@code response.content} and {@code request.postData}. A body is written
 * as text when it is held in memory, is at most {@link #TEXT_LIMIT} bytes and is text in the
 * charset of its Content-Type; otherwise as base64 ({@code "encoding": "base64"}; in postData,
 * which HAR 1.2 gives no encoding field, {@code "_encoding": "base64"}). The encoding field comes
 * before the text, so that a reader streaming the file knows how to decode the text as it meets it.
 */
final class HarBodies {

    /** Larger bodies are always base64: they are streamed in and out, never held as one string. */
    static final long TEXT_LIMIT = 2L * 1024 * 1024;

    static final String BASE64 = "base64";
    static final String POST_DATA_ENCODING = "_encoding";

    private HarBodies() {}

    /** {@code "content": {size, mimeType, [encoding], [text]}}; no text for an empty body. */
    static void writeContent(JsonGenerator g, Body body, String contentType) throws IOException {
        g.writeObjectFieldStart("content");
        g.writeNumberField("size", body.size());
        g.writeStringField("mimeType", contentType);
        if (!body.isEmpty()) {
            writeText(g, body, "encoding", asText(body, contentType));
        }
        g.writeEndObject();
    }

    /** {@code "postData": {mimeType, [params], [_encoding], text}}; params for a urlencoded form. */
    static void writePostData(JsonGenerator g, Body body, String contentType) throws IOException {
        String text = asText(body, contentType);
        g.writeObjectFieldStart("postData");
        g.writeStringField("mimeType", contentType);
        if (text != null && TextBodies.mediaType(contentType).equals("application/x-www-form-urlencoded")) {
            g.writeArrayFieldStart("params");
            for (FormEncoding.Pair p : FormEncoding.parse(text)) {
                g.writeStartObject();
                g.writeStringField("name", p.name());
                g.writeStringField("value", p.value());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        writeText(g, body, POST_DATA_ENCODING, text);
        g.writeEndObject();
    }

    /** The body as text when it goes into the file as text, else null (base64). */
    static String asText(Body body, String contentType) {
        if (!body.inMemory() || body.size() > TEXT_LIMIT) {
            return null;
        }
        return TextBodies.decode(body.bytes(), TextBodies.charset(contentType));
    }

    private static void writeText(JsonGenerator g, Body body, String encodingField, String text) throws IOException {
        if (text != null) {
            g.writeStringField("text", text);
            return;
        }
        g.writeStringField(encodingField, BASE64);
        g.writeFieldName("text");
        if (body.inMemory()) {
            g.writeBinary(body.bytes());
        } else {
            try (InputStream in = body.open()) {
                g.writeBinary(in, body.size() <= Integer.MAX_VALUE ? (int) body.size() : -1);
            }
        }
    }
}
