package dev.statuslab.ui.composer;

import dev.statuslab.ui.common.NameValueRow;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The query of a URL as name/value pairs: split a URL around its query, read pairs (decoding
 * {@code %XX} as UTF-8 and {@code +} as a space, as Django's QueryDict does) and write them
 * (percent-encoding everything a query component cannot hold as is; a space becomes {@code %20}).
 */
final class QueryString {

    /** Characters written as they are: RFC 3986 unreserved, plus sub-delimiters safe inside a query value. */
    private static final String SAFE = "-._~!$'()*,;:@/?";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** One name/value pair, decoded. */
    record Pair(String name, String value) {
    }

    /**
     * A URL cut around its query.
     *
     * @param base     everything before the {@code ?} (or before the fragment when there is no query)
     * @param query    the text between {@code ?} and {@code #}, or {@code null} when there is no {@code ?}
     * @param fragment {@code #} and what follows, or ""
     */
    record Parts(String base, String query, String fragment) {

        /** The URL with another query; an empty query drops the {@code ?}. */
        String withQuery(String newQuery) {
            return base + (newQuery.isEmpty() ? "" : "?" + newQuery) + fragment;
        }
    }

    private QueryString() {
    }

    static Parts split(String url) {
        String u = url == null ? "" : url;
        int hash = u.indexOf('#');
        String fragment = hash < 0 ? "" : u.substring(hash);
        String rest = hash < 0 ? u : u.substring(0, hash);
        int question = rest.indexOf('?');
        if (question < 0) {
            return new Parts(rest, null, fragment);
        }
        return new Parts(rest.substring(0, question), rest.substring(question + 1), fragment);
    }

    /** The pairs of a query, in order; empty segments ("a=1&&b=2") are skipped. */
    static List<Pair> parse(String query) {
        List<Pair> out = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return out;
        }
        for (String segment : query.split("&", -1)) {
            if (segment.isEmpty()) {
                continue;
            }
            int eq = segment.indexOf('=');
            String name = eq < 0 ? segment : segment.substring(0, eq);
            String value = eq < 0 ? "" : segment.substring(eq + 1);
            out.add(new Pair(decode(name), decode(value)));
        }
        return out;
    }

    /** The query for the active rows (on and not blank), each written {@code name=value}. */
    static String format(List<? extends NameValueRow> rows) {
        StringBuilder out = new StringBuilder();
        for (NameValueRow row : rows) {
            if (!row.isActive()) {
                continue;
            }
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(encode(row.getName())).append('=').append(encode(row.getValue()));
        }
        return out.toString();
    }

    /** Percent-encodes a name or value for a query, as UTF-8. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || SAFE.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    /** Decodes {@code %XX} (as UTF-8) and {@code +}; a {@code %} not followed by two hex digits stays as it is. */
    static String decode(String text) {
        if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%' && isEscape(text, i)) {
                bytes.write(hex(text.charAt(i + 1)) << 4 | hex(text.charAt(i + 2)));
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    utf8 = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(utf8, 0, utf8.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** True when a {@code %} at {@code i} starts a valid escape: two hex digits follow. */
    static boolean isEscape(CharSequence text, int i) {
        return i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0;
    }

    static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
