package dev.statuslab.core.http;

/** Grammar checks from RFC 9110 section 5.6 shared by methods and field names. */
public final class Tokens {

    private Tokens() {}

    /** True for a non-empty RFC 9110 token (tchar+). */
    public static boolean isToken(CharSequence s) {
        if (s == null || s.length() == 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isTchar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public static boolean isTchar(char c) {
        if (c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
            return true;
        }
        return "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    /**
     * Why a field value cannot go on the wire, or {@code null} when it can: CR, LF and NUL are
     * never allowed (RFC 9110 5.5), nor other controls except horizontal tab.
     */
    public static String fieldValueProblem(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n') {
                return "a line break (CR or LF) cannot be part of a header value";
            }
            if (c == 0) {
                return "a NUL character cannot be part of a header value";
            }
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                return String.format("control character U+%04X is not allowed in a header value", (int) c);
            }
            if (c > 0xff) {
                return "character '" + c + "' is outside ISO-8859-1; encode it first";
            }
        }
        return null;
    }
}
