package dev.statuslab.core.transcript;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.FormEncoding;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.io.Spool;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads {@code response.content} or {@code request.postData} into a body. When the encoding is
 * known to be base64 before the text comes (as StatusLab writes it), the text is decoded as it
 * streams in, straight to the spool. Otherwise the text is kept (large texts in the spool, as
 * UTF-8) until the end of the object says how to decode it. Jackson 2 holds one string value in
 * its own buffer while reading it, so only base64 avoids that transient copy.
 */
final class HarBodyReader {

    private static final Base64Variant BASE64 = Base64Variants.MIME_NO_LINEFEEDS.withPaddingAllowed();
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final HarInput in;
    private final Spool spool;
    private final String encodingField;
    private String mimeType = "";
    private String encoding;
    private String pendingText;
    private Body pendingUtf8;
    private Body decoded;
    private List<Header> params;

    private HarBodyReader(HarInput in, Spool spool, String encodingField) {
        this.in = in;
        this.spool = spool;
        this.encodingField = encodingField;
    }

    /** The body of {@code response.content}. */
    static Body content(HarInput in, Spool spool) throws IOException {
        HarBodyReader r = new HarBodyReader(in, spool, "encoding");
        in.object(
                field -> {
                    switch (field) {
                        case "size" -> in.wholeNumber();
                        case "mimeType" -> r.mimeType = in.string();
                        case "compression" -> in.number(0);
                        default -> r.common(field);
                    }
                },
                "size",
                "mimeType");
        return r.finish();
    }

    /** The body of {@code request.postData}; a form given only as params is encoded again. */
    static Body postData(HarInput in, Spool spool) throws IOException {
        HarBodyReader r = new HarBodyReader(in, spool, HarBodies.POST_DATA_ENCODING);
        in.object(
                field -> {
                    switch (field) {
                        case "mimeType" -> r.mimeType = in.string();
                        case "params" -> r.params = r.params();
                        default -> r.common(field);
                    }
                },
                "mimeType");
        return r.finish();
    }

    private void common(String field) throws IOException {
        if (field.equals("text")) {
            text();
        } else if (field.equals(encodingField)) {
            String e = in.optionalString();
            encoding = e == null ? null : e.trim().toLowerCase(Locale.ROOT);
        } else {
            in.skip();
        }
    }

    private void text() throws IOException {
        JsonParser p = in.parser();
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw in.error("expected a string"); // checked without getText(), which would buffer the whole value
        }
        if (isBase64()) {
            Spool.Sink sink = spool.sink();
            try {
                p.readBinaryValue(BASE64, sink);
            } catch (StreamReadException | IllegalArgumentException e) {
                sink.close();
                String why = e instanceof StreamReadException s ? s.getOriginalMessage() : e.getMessage();
                throw in.error("not valid base64: " + why);
            }
            decoded = sink.finish();
        } else if (p.getTextLength() <= Spool.MEMORY_CAP / 4) {
            pendingText = p.getText();
        } else {
            Spool.Sink sink = spool.sink();
            try (Writer w = new OutputStreamWriter(sink, StandardCharsets.UTF_8)) {
                p.getText(w);
            }
            pendingUtf8 = sink.finish();
        }
    }

    /** HAR's params: name required, value, fileName and contentType optional. */
    private List<Header> params() throws IOException {
        List<Header> out = new ArrayList<>();
        in.array(() -> {
            String[] nameValue = {null, ""};
            in.object(
                    field -> {
                        switch (field) {
                            case "name" -> nameValue[0] = in.string();
                            case "value" -> nameValue[1] = nullToEmpty(in.optionalString());
                            default -> in.skip();
                        }
                    },
                    "name");
            out.add(new Header(nameValue[0], nameValue[1]));
        });
        return out;
    }

    private boolean isBase64() {
        return HarBodies.BASE64.equals(encoding);
    }

    private Body finish() throws IOException {
        if (decoded != null) {
            return decoded;
        }
        if (pendingText != null) {
            return isBase64() ? spool.body(base64(pendingText)) : spool.body(pendingText.getBytes(charset()));
        }
        if (pendingUtf8 != null) {
            return fromSpooledText();
        }
        if (params != null && !params.isEmpty()) {
            List<FormEncoding.Pair> pairs = params.stream()
                    .map(h -> new FormEncoding.Pair(h.name(), h.value()))
                    .toList();
            return spool.body(FormEncoding.formatForm(pairs).getBytes(StandardCharsets.UTF_8));
        }
        return Body.empty();
    }

    /** A large text that came before its encoding: decode or transcode it from the spool. */
    private Body fromSpooledText() throws IOException {
        if (!isBase64() && charset().equals(StandardCharsets.UTF_8)) {
            return pendingUtf8;
        }
        Spool.Sink sink = spool.sink();
        try (InputStream text = pendingUtf8.open()) {
            if (isBase64()) {
                Base64.getMimeDecoder().wrap(text).transferTo(sink);
            } else {
                try (Reader r = new InputStreamReader(text, StandardCharsets.UTF_8);
                        Writer w = new OutputStreamWriter(sink, charset())) {
                    r.transferTo(w);
                }
            }
        } catch (IllegalArgumentException e) {
            sink.close();
            throw in.errorAt("text", "not valid base64: " + e.getMessage());
        }
        spool.discard(pendingUtf8);
        return sink.finish();
    }

    private byte[] base64(String text) throws HarFormatException {
        try {
            return Base64.getDecoder().decode(WHITESPACE.matcher(text).replaceAll(""));
        } catch (IllegalArgumentException e) {
            throw in.errorAt("text", "not valid base64: " + e.getMessage());
        }
    }

    private Charset charset() {
        return TextBodies.charset(mimeType);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
