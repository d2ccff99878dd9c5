package dev.statuslab.core.workbench;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A Set-Cookie field value parsed by RFC 6265 5.2: the name and value before the first
 * semicolon, then the attributes, each recognised by its name in any case, the last of a kind
 * winning; an attribute that cannot be understood is ignored, not the cookie.
 *
 * @param domain  the Domain attribute without a leading dot, lower case; null when absent
 * @param path    the Path attribute; null when absent or not starting with "/"
 * @param maxAge  seconds, or null; at most zero means "expire now"
 * @param expires the Expires date, or null when absent or not a date
 */
record SetCookie(
        String name,
        String value,
        String domain,
        String path,
        Long maxAge,
        Instant expires,
        boolean secure,
        boolean httpOnly,
        String sameSite) {

    /** The cookie of one Set-Cookie value, or empty when RFC 6265 says to ignore the whole line. */
    static Optional<SetCookie> parse(String field) {
        int semicolon = field.indexOf(';');
        String pair = semicolon < 0 ? field : field.substring(0, semicolon);
        int eq = pair.indexOf('=');
        if (eq < 0) {
            return Optional.empty();
        }
        String name = trim(pair.substring(0, eq));
        String value = trim(pair.substring(eq + 1));
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String domain = null;
        String path = null;
        Long maxAge = null;
        Instant expires = null;
        boolean secure = false;
        boolean httpOnly = false;
        String sameSite = null;
        String rest = semicolon < 0 ? "" : field.substring(semicolon + 1);
        for (String attribute : rest.split(";", -1)) {
            int at = attribute.indexOf('=');
            String key = trim(at < 0 ? attribute : attribute.substring(0, at)).toLowerCase(Locale.ROOT);
            String arg = at < 0 ? "" : trim(attribute.substring(at + 1));
            switch (key) {
                case "expires" -> expires = CookieDates.parse(arg).orElse(expires);
                case "max-age" -> maxAge = maxAge(arg, maxAge);
                case "domain" -> {
                    if (!arg.isEmpty()) {
                        domain = (arg.startsWith(".") ? arg.substring(1) : arg).toLowerCase(Locale.ROOT);
                    }
                }
                case "path" -> path = arg.startsWith("/") ? arg : null;
                case "secure" -> secure = true;
                case "httponly" -> httpOnly = true;
                case "samesite" -> sameSite = sameSite(arg, sameSite);
                default -> {}
            }
        }
        return Optional.of(new SetCookie(name, value, domain, path, maxAge, expires, secure, httpOnly, sameSite));
    }

    /** When the cookie expires: Max-Age wins over Expires; null for a session cookie. */
    Instant expiry(Instant now) {
        if (maxAge != null) {
            return maxAge <= 0 ? Instant.EPOCH : now.plusSeconds(Math.min(maxAge, 400L * 24 * 3600 * 100));
        }
        return expires;
    }

    private static Long maxAge(String arg, Long previous) {
        if (!arg.matches("-?\\d{1,18}")) {
            return previous;
        }
        return Long.parseLong(arg);
    }

    private static String sameSite(String arg, String previous) {
        return switch (arg.toLowerCase(Locale.ROOT)) {
            case "strict" -> "Strict";
            case "lax" -> "Lax";
            case "none" -> "None";
            default -> previous;
        };
    }

    /** Leading and trailing spaces and tabs (WSP) removed. */
    private static String trim(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && (s.charAt(from) == ' ' || s.charAt(from) == '\t')) {
            from++;
        }
        while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '\t')) {
            to--;
        }
        return s.substring(from, to);
    }
}
