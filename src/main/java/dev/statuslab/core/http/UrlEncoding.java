package dev.statuslab.core.http;

import java.nio.charset.StandardCharsets;

/**
 * The one owner of encoding a URL as a user typed it, the way Postman and Insomnia send it: what
 * cannot stand in a URL (a space, a control character, {@code " < > \ ^ ` { | }}, anything beyond
 * ASCII, a {@code %} that does not start an escape) is percent-encoded as UTF-8, and everything
 * else (reserved characters, escapes already written) is left exactly as typed. Surrounding
 * whitespace is dropped. Query components and form bodies are {@link FormEncoding}'s.
 */
public final class UrlEncoding {

    private static final String NEVER_IN_URL = "\"<>\\^`{|}";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlEncoding() {}

    /** {@code typed} as it goes on the request line; the same string when nothing needed encoding. */
    public static String encodeTyped(String typed) {
        if (typed == null) {
            return "";
        }
        String url = typed.strip();
        StringBuilder out = null;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean encode = c <= 0x20
                    || c >= 0x7f
                    || NEVER_IN_URL.indexOf(c) >= 0
                    || c == '%' && !FormEncoding.isEscape(url, i);
            if (!encode) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(url.length() + 16).append(url, 0, i);
            }
            int end = Character.isHighSurrogate(c) && i + 1 < url.length() ? i + 2 : i + 1;
            for (byte b : url.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
            i = end - 1;
        }
        return out == null ? url : out.toString();
    }
}
