package dev.statuslab.core.transcript;

import dev.statuslab.core.io.StrictText;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;

/**
 * When a body can be shown (or exported) as text: its bytes decode without error in the charset
 * of its Content-Type (UTF-8 when none is given), encode back to the same bytes, and hold no
 * control characters other than tab, line feed and carriage return.
 */
final class TextBodies {

    private TextBodies() {}

    /** The charset parameter of a Content-Type value; UTF-8 when absent, unknown or malformed. */
    static Charset charset(String contentType) {
        if (contentType == null) {
            return StandardCharsets.UTF_8;
        }
        for (String param : contentType.split(";")) {
            int eq = param.indexOf('=');
            if (eq > 0 && param.substring(0, eq).trim().equalsIgnoreCase("charset")) {
                String name = param.substring(eq + 1).trim().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** The media type of a Content-Type value, lower case, without parameters; "" for none. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** True for UTF-8 text (see the class comment). */
    static boolean isText(byte[] bytes) {
        return decode(bytes, StandardCharsets.UTF_8) != null;
    }

    /** {@code bytes} as text in {@code charset}, or null when they are not text in it. */
    static String decode(byte[] bytes, Charset charset) {
        String text = StrictText.decode(bytes, charset);
        if (text == null) {
            return null;
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f)) {
            return null;
        }
        boolean exact = charset.equals(StandardCharsets.UTF_8)
                || charset.equals(StandardCharsets.ISO_8859_1)
                || Arrays.equals(text.getBytes(charset), bytes);
        return exact ? text : null;
    }
}
