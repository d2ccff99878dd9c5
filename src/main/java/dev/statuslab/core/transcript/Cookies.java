package dev.statuslab.core.transcript;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cookies as HAR lists them: the pairs of the request's Cookie fields, and one cookie per
 * Set-Cookie field of the response with its attributes (RFC 6265). Expiry times are written in
 * ISO 8601; Max-Age wins over Expires, as RFC 6265 5.3 says.
 */
final class Cookies {

    /** The dash-separated date of old Netscape-style Expires values. */
    private static final DateTimeFormatter NETSCAPE =
            DateTimeFormatter.ofPattern("EEE, dd-MMM-yyyy HH:mm:ss zzz", Locale.US);

    /**
     * One HAR cookie.
     *
     * @param expires  ISO 8601, or the attribute as written when it is not a date; null when absent
     * @param httpOnly null for request cookies, which have no attributes
     */
    record Cookie(
            String name, String value, String path, String domain, String expires, Boolean httpOnly, Boolean secure) {}

    private Cookies() {}

    /** The name=value pairs of Cookie field values, in order. */
    static List<Cookie> ofRequest(List<String> cookieFields) {
        List<Cookie> out = new ArrayList<>();
        for (String field : cookieFields) {
            for (String pair : field.split(";")) {
                if (!pair.isBlank()) {
                    out.add(nameValue(pair, null, null, null, null, null));
                }
            }
        }
        return out;
    }

    /** One cookie per Set-Cookie value (lines without a name are skipped). */
    static List<Cookie> ofResponse(List<String> setCookieFields, Instant receivedAt) {
        List<Cookie> out = new ArrayList<>();
        for (String field : setCookieFields) {
            String[] parts = field.split(";");
            if (parts[0].isBlank() || parts[0].indexOf('=') == 0) {
                continue;
            }
            String path = null;
            String domain = null;
            String expires = null;
            String maxAge = null;
            boolean httpOnly = false;
            boolean secure = false;
            for (int i = 1; i < parts.length; i++) {
                String attribute = parts[i].trim();
                int eq = attribute.indexOf('=');
                String name =
                        (eq < 0 ? attribute : attribute.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
                String value = eq < 0 ? "" : attribute.substring(eq + 1).trim();
                switch (name) {
                    case "path" -> path = value;
                    case "domain" -> domain = value;
                    case "expires" -> expires = value;
                    case "max-age" -> maxAge = value;
                    case "httponly" -> httpOnly = true;
                    case "secure" -> secure = true;
                    default -> {}
                }
            }
            out.add(nameValue(parts[0], path, domain, expiry(expires, maxAge, receivedAt), httpOnly, secure));
        }
        return out;
    }

    private static Cookie nameValue(
            String pair, String path, String domain, String expires, Boolean httpOnly, Boolean secure) {
        int eq = pair.indexOf('=');
        String name = (eq < 0 ? pair : pair.substring(0, eq)).trim();
        String value = eq < 0 ? "" : pair.substring(eq + 1).trim();
        return new Cookie(name, value, path, domain, expires, httpOnly, secure);
    }

    private static String expiry(String expires, String maxAge, Instant receivedAt) {
        if (maxAge != null && maxAge.matches("-?\\d{1,18}")) {
            long seconds = Long.parseLong(maxAge);
            return (seconds <= 0 ? Instant.EPOCH : receivedAt.plusSeconds(seconds)).toString();
        }
        if (expires == null) {
            return null;
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.RFC_1123_DATE_TIME, NETSCAPE}) {
            try {
                return ZonedDateTime.parse(expires, format).toInstant().toString();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return expires;
    }
}
