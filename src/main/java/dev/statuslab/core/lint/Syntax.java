package dev.statuslab.core.lint;

import dev.statuslab.core.http.Tokens;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The field-value grammar of RFC 9110 §5.6 the rules need: lists, quoted strings, parameters, dates. */
final class Syntax {

    private static final String DAYS = "MonTueWedThuFriSatSun";
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    private Syntax() {}

    /**
     * The elements of a comma-separated list (RFC 9110 §5.6.1), commas inside quoted strings kept, empty
     * elements dropped, each trimmed; {@code null} when a quoted string is not closed.
     */
    static List<String> list(String value) {
        List<String> out = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted) {
                item.append(c);
                if (c == '\\' && i + 1 < value.length()) {
                    item.append(value.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == ',') {
                add(out, item);
                item.setLength(0);
            } else {
                if (c == '"') {
                    quoted = true;
                }
                item.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        add(out, item);
        return out;
    }

    private static void add(List<String> out, StringBuilder item) {
        String s = item.toString().trim();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }

    /** Every element of every line of a list field. */
    static List<String> elements(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            List<String> items = list(line);
            if (items != null) {
                out.addAll(items);
            }
        }
        return out;
    }

    /** Whether the text is a whole quoted-string (RFC 9110 §5.6.4). */
    static boolean isQuotedString(String s) {
        if (s.length() < 2 || s.charAt(0) != '"' || s.charAt(s.length() - 1) != '"') {
            return false;
        }
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
                if (i >= s.length() - 1) {
                    return false;
                }
            } else if (c == '"' || c < 0x20 && c != '\t' || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text is a token or a quoted-string. */
    static boolean isTokenOrQuoted(String s) {
        return Tokens.isToken(s) || isQuotedString(s);
    }

    /** Whether a text is one or more digits. */
    static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The instant of an IMF-fixdate ({@code Sun, 06 Nov 1994 08:49:37 GMT}, RFC 9110 §5.6.7), or null when
     * the text is not one, obsolete formats included (senders must generate IMF-fixdate).
     */
    static Instant imfFixdate(String s) {
        if (s.length() != 29
                || s.charAt(3) != ','
                || s.charAt(4) != ' '
                || s.charAt(7) != ' '
                || s.charAt(11) != ' '
                || s.charAt(16) != ' '
                || s.charAt(19) != ':'
                || s.charAt(22) != ':'
                || s.charAt(25) != ' '
                || !s.endsWith("GMT")) {
            return null;
        }
        int day = DAYS.indexOf(s.substring(0, 3));
        int month = MONTHS.indexOf(s.substring(8, 11));
        if (day < 0 || day % 3 != 0 || month < 0 || month % 3 != 0) {
            return null;
        }
        String dd = s.substring(5, 7);
        String yyyy = s.substring(12, 16);
        String hh = s.substring(17, 19);
        String mm = s.substring(20, 22);
        String ss = s.substring(23, 25);
        if (!isDigits(dd) || !isDigits(yyyy) || !isDigits(hh) || !isDigits(mm) || !isDigits(ss)) {
            return null;
        }
        try {
            LocalDateTime t = LocalDateTime.of(
                    Integer.parseInt(yyyy),
                    month / 3 + 1,
                    Integer.parseInt(dd),
                    Integer.parseInt(hh),
                    Integer.parseInt(mm),
                    Integer.parseInt(ss));
            if (t.getDayOfWeek().getValue() - 1 != day / 3) {
                return null; // the day name does not match the date
            }
            return t.toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Splits "name=value" at the first '='; the value is null when there is no '='. */
    static String[] pair(String s) {
        int eq = s.indexOf('=');
        return eq < 0
                ? new String[] {s.trim(), null}
                : new String[] {s.substring(0, eq).trim(), s.substring(eq + 1).trim()};
    }

    /** A short quotation of a value for a message: at most 60 characters. */
    static String quote(String s) {
        return "\"" + (s.length() > 60 ? s.substring(0, 57) + "…" : s) + "\"";
    }
}
