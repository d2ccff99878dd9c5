package dev.statuslab.core.transcript;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The name/value pairs of a URL's query and of an {@code application/x-www-form-urlencoded}
 * body, decoded as UTF-8 with {@code +} as a space. A name or value with a broken escape
 * ({@code %zz}) is kept as written rather than guessed at.
 */
public final class FormPairs {

    /** One decoded pair. */
    public record Pair(String name, String value) {
    }

    private FormPairs() {
    }

    /** The pairs of the query of {@code url} (between {@code ?} and {@code #}), in order. */
    public static List<Pair> ofUrl(String url) {
        int hash = url.indexOf('#');
        String beforeFragment = hash < 0 ? url : url.substring(0, hash);
        int question = beforeFragment.indexOf('?');
        return question < 0 ? List.of() : parse(beforeFragment.substring(question + 1));
    }

    /** The pairs of {@code a=1&b=2}; empty segments are skipped, a segment without "=" has an empty value. */
    public static List<Pair> parse(String encoded) {
        return Arrays.stream(encoded.split("&")).filter(s -> !s.isEmpty()).map(FormPairs::pair).toList();
    }

    private static Pair pair(String segment) {
        String[] nameValue = segment.split("=", 2);
        return new Pair(decoded(nameValue[0]), nameValue.length == 1 ? "" : decoded(nameValue[1]));
    }

    /** The urlencoded form of {@code pairs}: the body a browser would send for them. */
    public static String format(List<Pair> pairs) {
        StringBuilder out = new StringBuilder();
        for (Pair p : pairs) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(URLEncoder.encode(p.name(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(p.value(), StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    /** True when a Content-Type names a urlencoded form. */
    static boolean isForm(String contentType) {
        return TextBodies.mediaType(contentType).equals("application/x-www-form-urlencoded");
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
