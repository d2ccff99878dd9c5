package dev.statuslab.core.lint;

import dev.statuslab.core.http.Tokens;
import java.util.Locale;

/**
 * Cookies (RFC 6265 §4.1, with the Secure, SameSite and prefix rules of RFC 6265bis): the syntax of
 * Set-Cookie, Secure over plain HTTP, SameSite=None without Secure, and the {@code __Host-} and
 * {@code __Secure-} prefixes.
 */
final class CookieRules implements RuleSet {

    static final String SYNTAX = "cookie.syntax";
    static final String SECURE_OVER_HTTP = "cookie.secure-over-http";
    static final String SAMESITE_NONE = "cookie.samesite-none";
    static final String PREFIX = "cookie.prefix";

    @Override
    public void check(Subject s, Report report) {
        for (String line : s.headers().all("Set-Cookie")) {
            cookie(line, "https".equals(s.scheme()), report);
        }
    }

    private static void cookie(String line, boolean https, Report report) {
        String[] parts = line.split(";");
        String[] nv = Syntax.pair(parts[0]);
        String name = nv[0];
        if (!Tokens.isToken(name) || nv[1] == null || !isCookieValue(nv[1])) {
            report.add(
                    SYNTAX,
                    "Set-Cookie " + Syntax.quote(line) + ": the cookie is not name=value with a token "
                            + "name and a value without spaces, quotes, commas, semicolons or backslashes");
            return;
        }
        boolean secure = false;
        String sameSite = null;
        String path = null;
        boolean domain = false;
        for (int i = 1; i < parts.length; i++) {
            String[] attr = Syntax.pair(parts[i]);
            String a = attr[0].toLowerCase(Locale.ROOT);
            switch (a) {
                case "secure" -> secure = true;
                case "samesite" -> sameSite = attr[1];
                case "path" -> path = attr[1];
                case "domain" -> domain = true;
                case "max-age" -> {
                    if (attr[1] == null || !attr[1].matches("-?\\d+")) {
                        report.add(
                                SYNTAX,
                                "Set-Cookie " + name + ": Max-Age " + Syntax.quote(String.valueOf(attr[1]))
                                        + " is not a whole number of seconds");
                    }
                }
                case "expires", "httponly", "partitioned", "priority", "" -> {
                    // known, or an empty attribute after a trailing semicolon
                }
                default ->
                    report.add(
                            SYNTAX,
                            "Set-Cookie " + name + ": unknown attribute " + Syntax.quote(attr[0])
                                    + "; browsers ignore it");
            }
        }
        if (secure && !https) {
            report.add(
                    SECURE_OVER_HTTP,
                    "Set-Cookie " + name + " is Secure but came over plain HTTP; browsers " + "ignore it");
        }
        if (sameSite != null && sameSite.equalsIgnoreCase("None") && !secure) {
            report.add(SAMESITE_NONE, "Set-Cookie " + name + " has SameSite=None without Secure; browsers reject it");
        }
        if (name.startsWith("__Host-") && (!secure || domain || !"/".equals(path))) {
            report.add(PREFIX, "Set-Cookie " + name + ": a __Host- cookie needs Secure, Path=/ and no Domain");
        } else if (name.startsWith("__Secure-") && !secure) {
            report.add(PREFIX, "Set-Cookie " + name + ": a __Secure- cookie needs Secure");
        }
    }

    /** cookie-value = *cookie-octet / ( DQUOTE *cookie-octet DQUOTE ). */
    private static boolean isCookieValue(String v) {
        String t = v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c <= 0x20 || c == '"' || c == ',' || c == ';' || c == '\\' || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }
}
