package dev.statuslab.ui.response;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.json.JsonText;
import dev.statuslab.ui.common.Formats;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Turns body bytes into what the response pane shows: the language, the text decoded with the
 * charset of Content-Type, the pretty and raw forms with their colouring. Slow (file reads,
 * pretty-printing), so it runs on the background executor only.
 */
final class BodyDecoder {

    /** The preview cap: bodies beyond 2 MiB show their first 2 MiB until "Show all". */
    static final int PREVIEW_CAP = 2 * 1024 * 1024;
    /** "Show all" refuses bodies beyond this; they can still be saved to a file. */
    static final long SHOW_ALL_LIMIT = 256L * 1024 * 1024;
    /** JSON longer than this (in characters) is shown as received, not re-indented. */
    static final int PRETTY_LIMIT = 16 * 1024 * 1024;

    private static final int SNIFF = 8 * 1024;

    /** What is shown of one body. */
    record Decoded(
            BodyLanguage language, String text, StyledText pretty, StyledText raw, boolean capped, String notice) {}

    private BodyDecoder() {}

    /** The first {@link #PREVIEW_CAP} bytes of the body, decoded. */
    static Decoded preview(Body body, Headers headers) {
        byte[] bytes = body.preview(PREVIEW_CAP);
        return decode(bytes, body.size(), body.size() > bytes.length, headers);
    }

    /**
     * The whole body, decoded; refuses one larger than {@link #SHOW_ALL_LIMIT}.
     *
     * @throws UncheckedIOException when the body cannot be read or is too large
     */
    static Decoded whole(Body body, Headers headers) {
        try {
            if (body.size() > SHOW_ALL_LIMIT) {
                throw new IOException(Formats.size(body.size()) + " is too large to show; save it to a file instead");
            }
            byte[] bytes;
            try (InputStream in = body.open()) {
                bytes = in.readAllBytes();
            }
            return decode(bytes, body.size(), false, headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Decoded decode(byte[] bytes, long size, boolean capped, Headers headers) {
        String contentType = headers.first("Content-Type").orElse("");
        BodyLanguage language = language(contentType, bytes);
        if (language == BodyLanguage.BINARY) {
            String type = mediaType(contentType);
            String notice = "Binary content" + (type.isEmpty() ? "" : " (" + type + ")") + ", " + Formats.size(size)
                    + ": save it to a file to open it elsewhere";
            return new Decoded(language, "", StyledText.EMPTY, StyledText.EMPTY, capped, notice);
        }
        Charset charset = charset(contentType);
        if (capped && charset.equals(StandardCharsets.UTF_8)) {
            bytes = Arrays.copyOf(bytes, completeUtf8Length(bytes));
        }
        String text = new String(bytes, charset);
        String notice = capped ? "Showing the first " + Formats.size(PREVIEW_CAP) + " of " + Formats.size(size) : "";
        StyledText raw = SyntaxHighlighter.highlight(text, language);
        StyledText pretty = raw;
        if (language == BodyLanguage.JSON && text.length() <= PRETTY_LIMIT) {
            pretty = JsonText.print(text, capped)
                    .map(p -> SyntaxHighlighter.highlight(p, BodyLanguage.JSON))
                    .orElse(raw);
        }
        return new Decoded(language, text, pretty, raw, capped, notice);
    }

    /** The media type of a Content-Type value, lower case, without parameters. */
    static String mediaType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    static BodyLanguage language(String contentType, byte[] sample) {
        String type = mediaType(contentType);
        if (type.equals("application/json") || type.equals("text/json") || type.endsWith("+json")) {
            return BodyLanguage.JSON;
        }
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            return BodyLanguage.HTML;
        }
        if (type.startsWith("text/")
                || type.endsWith("+xml")
                || type.equals("application/xml")
                || type.equals("application/javascript")
                || type.equals("application/x-www-form-urlencoded")) {
            return BodyLanguage.TEXT;
        }
        if (type.startsWith("image/")
                || type.startsWith("audio/")
                || type.startsWith("video/")
                || type.startsWith("font/")
                || type.equals("application/octet-stream")
                || type.equals("application/pdf")
                || type.equals("application/zip")
                || type.equals("application/gzip")) {
            return BodyLanguage.BINARY;
        }
        if (looksBinary(sample)) {
            return BodyLanguage.BINARY;
        }
        return type.isEmpty() ? sniff(sample) : BodyLanguage.TEXT;
    }

    /** The charset parameter of Content-Type, UTF-8 when absent or unknown. */
    static Charset charset(String contentType) {
        for (String param : contentType.split(";")) {
            String p = param.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String name = p.substring(8).trim().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static BodyLanguage sniff(byte[] sample) {
        String start = new String(sample, 0, Math.min(sample.length, 64), StandardCharsets.UTF_8)
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        if (start.startsWith("{") || start.startsWith("[")) {
            return BodyLanguage.JSON;
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return BodyLanguage.HTML;
        }
        return BodyLanguage.TEXT;
    }

    private static boolean looksBinary(byte[] sample) {
        int n = Math.min(sample.length, SNIFF);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = sample[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
                controls++;
            }
        }
        return n > 0 && controls * 10 > n;
    }

    /** The length of the longest prefix that does not end inside a UTF-8 sequence. */
    static int completeUtf8Length(byte[] bytes) {
        int n = bytes.length;
        for (int back = 1; back <= Math.min(4, n); back++) {
            int b = bytes[n - back] & 0xff;
            if (b < 0x80) {
                return n;
            }
            if (b >= 0xc0) {
                int needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
                return needed <= back ? n : n - back;
            }
        }
        return n;
    }
}
