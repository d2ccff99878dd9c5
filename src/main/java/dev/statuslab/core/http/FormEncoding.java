package dev.statuslab.core.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one codec of URL queries and {@code application/x-www-form-urlencoded} bodies, as UTF-8.
 * Reading decodes {@code %XX} and {@code +} as Django's {@code QueryDict} does: an escape that is
 * not two hex digits ({@code %zz}) is kept as written, and bytes that are not UTF-8 become U+FFFD.
 * Writing a query percent-encodes what a query component cannot hold (a space is {@code %20});
 * writing a form body encodes as a browser does (a space is {@code +}).
 */
public final class FormEncoding {

    /** RFC 3986 unreserved characters, plus sub-delimiters safe inside a query value. */
    private static final String QUERY_SAFE = "-._~!$'()*,;:@/?";
    /** What a browser leaves as is in a form body (the HTML URL-encoded serializer). */
    private static final String FORM_SAFE = "-._*";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** One decoded name/value pair. */
    public record Pair(String name, String value) {}

    private FormEncoding() {}

    /** The pairs of {@code a=1&b=2}, in order; empty segments are skipped, a segment without "=" has an empty value. */
    public static List<Pair> parse(String encoded) {
        List<Pair> out = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) {
            return out;
        }
        for (String segment : encoded.split("&", -1)) {
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

    /** The pairs as Django's {@code QueryDict}: by name in first-seen order, repeated names keeping every value. */
    public static Map<String, List<String>> parseToMap(String encoded) {
        List<Pair> pairs = parse(encoded);
        if (pairs.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Pair p : pairs) {
            out.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p.value());
        }
        out.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return Collections.unmodifiableMap(out);
    }

    /** The pairs of the query of {@code url} (between {@code ?} and {@code #}), in order. */
    public static List<Pair> queryOf(String url) {
        int hash = url.indexOf('#');
        String beforeFragment = hash < 0 ? url : url.substring(0, hash);
        int question = beforeFragment.indexOf('?');
        return question < 0 ? List.of() : parse(beforeFragment.substring(question + 1));
    }

    /** A query of {@code name=value} pairs, each percent-encoded for a query component. */
    public static String formatQuery(List<Pair> pairs) {
        return format(pairs, false);
    }

    /** The urlencoded form of {@code pairs}: the body a browser would send for them. */
    public static String formatForm(List<Pair> pairs) {
        return format(pairs, true);
    }

    private static String format(List<Pair> pairs, boolean form) {
        StringBuilder out = new StringBuilder();
        for (Pair p : pairs) {
            if (out.length() > 0) {
                out.append('&');
            }
            encode(p.name(), form, out);
            out.append('=');
            encode(p.value(), form, out);
        }
        return out.toString();
    }

    /** Percent-encodes a name or value for a query, as UTF-8 (a space is {@code %20}). */
    public static String encodeQueryComponent(String text) {
        StringBuilder out = new StringBuilder(text.length());
        encode(text, false, out);
        return out.toString();
    }

    /** Encodes a name or value as a browser does in a form body (a space is {@code +}). */
    public static String encodeFormComponent(String text) {
        StringBuilder out = new StringBuilder(text.length());
        encode(text, true, out);
        return out.toString();
    }

    private static void encode(String text, boolean form, StringBuilder out) {
        String safe = form ? FORM_SAFE : QUERY_SAFE;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || safe.indexOf(c) >= 0)) {
                out.append((char) c);
            } else if (form && c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
    }

    /** Decodes {@code %XX} (as UTF-8) and {@code +}; a {@code %} not followed by two hex digits stays as it is. */
    public static String decode(String text) {
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
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                byte[] utf8 = text.substring(i, end).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
                i = end - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** True when a {@code %} at {@code i} starts a valid escape: two hex digits follow. */
    public static boolean isEscape(CharSequence text, int i) {
        return i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0;
    }

    private static int hex(char c) {
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
