package dev.statuslab.core.lint;

import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.Tokens;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Caching (RFC 9111) and validators (RFC 9110 §8.8): freshness information, Cache-Control syntax, Expires
 * beside max-age, Vary, ETag and Last-Modified, and what a 304 must repeat.
 */
final class CachingRules implements RuleSet {

    static final String NO_FRESHNESS = "cache.no-freshness";
    static final String DIRECTIVES = "cache.directive-syntax";
    static final String EXPIRES_MAX_AGE = "cache.expires-with-max-age";
    static final String VARY = "cache.vary";
    static final String ETAG = "cache.etag";
    static final String LAST_MODIFIED = "cache.last-modified";
    static final String NOT_MODIFIED = "cache.304-fields";

    /** Codes a cache may store without explicit freshness (RFC 9110 §15.1). */
    private static final Set<Integer> HEURISTIC = Set.of(200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501);

    private static final Set<String> SECONDS =
            Set.of("max-age", "s-maxage", "stale-while-revalidate", "stale-if-error", "max-stale", "min-fresh");

    @Override
    public void check(Subject s, Report report) {
        Headers h = s.headers();
        List<String> cacheControl = h.all("Cache-Control");
        boolean maxAge = directives(cacheControl, report);
        Instant date = h.first("Date").map(v -> Syntax.imfFixdate(v.trim())).orElse(null);
        Optional<String> expires = h.first("Expires");
        if (cacheControl.isEmpty()
                && expires.isEmpty()
                && HEURISTIC.contains(s.code())
                && (s.method().equalsIgnoreCase("GET") || s.head())) {
            report.add(
                    NO_FRESHNESS,
                    "a " + s.code() + " without Cache-Control or Expires: caches may keep it for a "
                            + "time of their own choosing");
        }
        if (maxAge && expires.isPresent()) {
            Instant e = Syntax.imfFixdate(expires.get().trim());
            if (e == null || date != null && e.isBefore(date)) {
                report.add(
                        EXPIRES_MAX_AGE,
                        "Expires " + Syntax.quote(expires.get())
                                + " is in the past while Cache-Control has max-age; HTTP/1.1 caches use max-age, older ones "
                                + "treat the response as stale");
            }
        }
        vary(h, report);
        h.first("ETag").ifPresent(v -> {
            if (!isEntityTag(v.trim())) {
                report.add(ETAG, "ETag " + Syntax.quote(v) + " is not a quoted entity tag such as \"v1\" or W/\"v1\"");
            }
        });
        h.first("Last-Modified").ifPresent(v -> {
            Instant lm = Syntax.imfFixdate(v.trim());
            if (lm != null && date != null && lm.isAfter(date)) {
                report.add(
                        LAST_MODIFIED, "Last-Modified " + Syntax.quote(v) + " is later than the Date of the response");
            }
        });
        if (s.code() == 304) {
            notModified(s, report);
        }
    }

    /** Reports bad directives; whether a max-age or s-maxage was given. */
    private static boolean directives(List<String> lines, Report report) {
        boolean maxAge = false;
        for (String line : lines) {
            List<String> items = Syntax.list(line);
            if (items == null) {
                report.add(
                        DIRECTIVES, "Cache-Control " + Syntax.quote(line) + " has a quoted string that is not closed");
                continue;
            }
            for (String item : items) {
                String[] nv = Syntax.pair(item);
                String name = nv[0].toLowerCase(Locale.ROOT);
                if (!Tokens.isToken(nv[0]) || nv[1] != null && !Syntax.isTokenOrQuoted(nv[1])) {
                    report.add(
                            DIRECTIVES,
                            "Cache-Control directive " + Syntax.quote(item) + " is not a token or token=value");
                } else if (SECONDS.contains(name) && (nv[1] == null || !Syntax.isDigits(nv[1]))) {
                    report.add(
                            DIRECTIVES,
                            "Cache-Control " + name + " needs a whole number of seconds, not "
                                    + (nv[1] == null ? "nothing" : Syntax.quote(nv[1])));
                } else if (name.equals("max-age") || name.equals("s-maxage")) {
                    maxAge = true;
                }
            }
        }
        return maxAge;
    }

    private static void vary(Headers h, Report report) {
        List<String> names = Syntax.elements(h.all("Vary"));
        if (names.contains("*") && names.size() > 1) {
            report.add(
                    VARY, "Vary lists \"*\" beside field names (" + String.join(", ", names) + "); \"*\" stands alone");
        } else if (names.contains("*")) {
            report.add(VARY, "Vary: * — no cache can ever reuse this response; name the request fields instead");
        }
    }

    /** entity-tag = [ W/ ] DQUOTE *etagc DQUOTE, etagc = %x21 / %x23-7E / obs-text (RFC 9110 §8.8.3). */
    static boolean isEntityTag(String v) {
        String t = v.startsWith("W/") ? v.substring(2) : v;
        if (t.length() < 2 || t.charAt(0) != '"' || t.charAt(t.length() - 1) != '"') {
            return false;
        }
        for (int i = 1; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if (c == '"' || c <= 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static void notModified(Subject s, Report report) {
        Headers h = s.headers();
        if (h.first("Content-Length").map(String::trim).filter("0"::equals).isPresent()) {
            report.add(
                    NOT_MODIFIED,
                    "Content-Length: 0 on a 304; it must be the length of the 200's content, and "
                            + "some caches empty the stored response");
        }
        if (s.requestHeaders().has("If-None-Match") && !h.has("ETag")) {
            report.add(NOT_MODIFIED, "a 304 to If-None-Match without the ETag the 200 would have sent");
        }
    }
}
