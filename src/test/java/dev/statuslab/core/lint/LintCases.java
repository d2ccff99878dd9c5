package dev.statuslab.core.lint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * One response that breaks each rule and one that follows it, as the raw bytes a server sends (the
 * connection closes after them). Shared by the rule table and the deliberately broken server the
 * command line is tested against.
 *
 * @param rule          the rule id
 * @param method        the request method
 * @param requestHeader one request field ("Name: value") or null
 * @param scheme        "http", or "https" for rows only the table can play
 * @param bad           a response that breaks the rule
 * @param good          a response that does not
 */
public record LintCases(String rule, String method, String requestHeader, String scheme, byte[] bad, byte[] good) {

    /** A valid IMF-fixdate. */
    public static final String DATE = "Fri, 04 Dec 2026 16:36:27 GMT";

    @Override
    public String toString() {
        return rule
                + (method.equals("GET") ? "" : " (" + method + ")")
                + (scheme.equals("http") ? "" : " over " + scheme);
    }

    private static LintCases of(String rule, byte[] bad, byte[] good) {
        return new LintCases(rule, "GET", null, "http", bad, good);
    }

    /** Every case, at least one per rule. */
    public static List<LintCases> all() {
        List<LintCases> c = new ArrayList<>();
        c.add(of("status.required-field", r("302 Found", ""), r("302 Found", "", "Location: /x/")));
        c.add(of(
                "status.recommended-field",
                r("201 Created", "{}", "Content-Type: application/json"),
                r("201 Created", "{}", "Content-Type: application/json", "Location: /api/1/")));
        c.add(of(
                "status.forbidden-field",
                r("204 No Content", "", "Content-Length: 0"),
                r("204 No Content", "", "-Content-Length")));
        c.add(of(
                "status.no-content",
                r("204 No Content", "oops", "-Content-Length"),
                r("204 No Content", "", "-Content-Length")));
        c.add(new LintCases(
                "status.no-content",
                "HEAD",
                null,
                "http",
                r("200 OK", "body on HEAD", "-Content-Length"),
                r("200 OK", "", "Content-Length: 11")));
        c.add(of("status.unregistered-code", r("299 Odd", "x"), r("200 OK", "x")));
        c.add(of(
                "status.retry-after",
                r("503 Service Unavailable", "x", "Retry-After: soon"),
                r("503 Service Unavailable", "x", "Retry-After: 120")));
        c.add(of(
                "status.content-range",
                r("206 Partial Content", "abcd", "Content-Range: bytes 0-3"),
                r("206 Partial Content", "abcd", "Content-Range: bytes 0-3/10")));
        c.add(of("framing.unparsable", ascii("garbage, not HTTP\r\n\r\n"), r("200 OK", "x")));
        c.add(of("framing.incomplete", ascii("HTTP/1.1 200 OK\r\nContent-Ty"), r("200 OK", "x")));
        c.add(of(
                "framing.content-length",
                r("200 OK", "abc", "Content-Length: 10"),
                r("200 OK", "abc", "Content-Length: 3")));
        c.add(of(
                "framing.te-with-cl",
                r("200 OK", "5\r\nhello\r\n0\r\n\r\n", "Transfer-Encoding: chunked", "Content-Length: 5"),
                r("200 OK", "5\r\nhello\r\n0\r\n\r\n", "Transfer-Encoding: chunked")));
        c.add(of(
                "framing.chunked-http10",
                http10("200 OK", "5\r\nhello\r\n0\r\n\r\n", "Transfer-Encoding: chunked"),
                http10("200 OK", "hello")));
        c.add(of("framing.no-length", r("200 OK", "abc", "-Content-Length"), r("200 OK", "abc")));
        c.add(of("field.name", r("200 OK", "x", "Bad Name: 1"), r("200 OK", "x", "Good-Name: 1")));
        c.add(of("field.value", r("200 OK", "x", "X-Note: a\u0001b"), r("200 OK", "x", "X-Note: ab")));
        c.add(of(
                "field.list",
                r("405 Method Not Allowed", "x", "Allow: GET HEAD"),
                r("405 Method Not Allowed", "x", "Allow: GET, HEAD")));
        c.add(of("field.date", r("200 OK", "x", "Date: 2026-12-04T16:36:27Z"), r("200 OK", "x")));
        c.add(of(
                "field.singleton",
                r("200 OK", "x", "Content-Type: text/html; charset=utf-8", "Content-Type: text/plain; charset=utf-8"),
                r("200 OK", "x")));
        c.add(of("field.missing-date", r("200 OK", "x", "-Date"), r("200 OK", "x")));
        c.add(of("content.missing-type", r("200 OK", "x", "-Content-Type"), r("200 OK", "x")));
        c.add(of(
                "content.type-syntax",
                r("200 OK", "{}", "-Content-Type", "Content-Type: json"),
                r("200 OK", "{}", "-Content-Type", "Content-Type: application/json")));
        c.add(of(
                "content.text-charset",
                r("200 OK", "x", "-Content-Type", "Content-Type: text/plain"),
                r("200 OK", "x")));
        c.add(of(
                "content.sniffed-type",
                r("200 OK", "<!DOCTYPE html><html></html>", "-Content-Type", "Content-Type: application/json"),
                r("200 OK", "{\"a\": 1}", "-Content-Type", "Content-Type: application/json")));
        c.add(of(
                "content.encoding",
                r("200 OK", "not gzip at all", "Content-Encoding: gzip"),
                r("200 OK", gzip("zipped text"), "Content-Encoding: gzip")));
        c.add(of("cache.no-freshness", r("200 OK", "x", "-Cache-Control"), r("200 OK", "x")));
        c.add(of(
                "cache.directive-syntax",
                r("200 OK", "x", "-Cache-Control", "Cache-Control: max-age=soon"),
                r("200 OK", "x")));
        c.add(of(
                "cache.expires-with-max-age",
                r("200 OK", "x", "Expires: Thu, 01 Jan 1970 00:00:00 GMT"),
                r("200 OK", "x")));
        c.add(of("cache.vary", r("200 OK", "x", "Vary: *"), r("200 OK", "x", "Vary: Accept-Encoding")));
        c.add(of("cache.etag", r("200 OK", "x", "ETag: v1"), r("200 OK", "x", "ETag: \"v1\"")));
        c.add(of(
                "cache.last-modified",
                r("200 OK", "x", "Last-Modified: Sat, 01 Jan 2050 00:00:00 GMT"),
                r("200 OK", "x", "Last-Modified: Thu, 01 Jan 1970 00:00:00 GMT")));
        c.add(of(
                "cache.304-fields",
                r("304 Not Modified", "", "ETag: \"v1\"", "Content-Length: 0"),
                r("304 Not Modified", "", "ETag: \"v1\"", "-Content-Length")));
        c.add(new LintCases(
                "cache.304-fields",
                "GET",
                "If-None-Match: \"v1\"",
                "http",
                r("304 Not Modified", "", "-Content-Length"),
                r("304 Not Modified", "", "ETag: \"v1\"", "-Content-Length")));
        c.add(of(
                "cookie.syntax",
                r("200 OK", "x", "Set-Cookie: id=a b"),
                r("200 OK", "x", "Set-Cookie: id=ab; Path=/")));
        c.add(of(
                "cookie.secure-over-http",
                r("200 OK", "x", "Set-Cookie: id=1; Secure"),
                r("200 OK", "x", "Set-Cookie: id=1")));
        c.add(of(
                "cookie.samesite-none",
                r("200 OK", "x", "Set-Cookie: id=1; SameSite=None"),
                r("200 OK", "x", "Set-Cookie: id=1; SameSite=None; Secure")));
        c.add(of(
                "cookie.prefix",
                r("200 OK", "x", "Set-Cookie: __Host-id=1; Path=/"),
                r("200 OK", "x", "Set-Cookie: __Host-id=1; Secure; Path=/")));
        c.add(of(
                "cors.wildcard-credentials",
                r("200 OK", "x", "Access-Control-Allow-Origin: *", "Access-Control-Allow-Credentials: true"),
                r("200 OK", "x", "Access-Control-Allow-Origin: *")));
        c.add(of(
                "cors.vary-origin",
                r("200 OK", "x", "Access-Control-Allow-Origin: https://a.example"),
                r("200 OK", "x", "Access-Control-Allow-Origin: https://a.example", "Vary: Origin")));
        c.add(of("security.hsts", r("200 OK", "x", "Strict-Transport-Security: max-age=60"), r("200 OK", "x")));
        c.add(new LintCases(
                "security.hsts",
                "GET",
                null,
                "https",
                r("200 OK", "x"),
                r("200 OK", "x", "Strict-Transport-Security: max-age=31536000")));
        c.add(of("security.nosniff", r("200 OK", "x", "-X-Content-Type-Options"), r("200 OK", "x")));
        c.add(of("security.referrer-policy", r("200 OK", "x", "-Referrer-Policy"), r("200 OK", "x")));
        return c;
    }

    static byte[] r(String status, String body, String... fields) {
        return build("HTTP/1.1", status, body.getBytes(StandardCharsets.ISO_8859_1), fields);
    }

    static byte[] r(String status, byte[] body, String... fields) {
        return build("HTTP/1.1", status, body, fields);
    }

    static byte[] http10(String status, String body, String... fields) {
        return build("HTTP/1.0", status, body.getBytes(StandardCharsets.ISO_8859_1), fields);
    }

    /**
     * A response with sensible defaults (Date, a text Content-Type, max-age, nosniff, Referrer-Policy,
     * Content-Length), then the given fields; a given field replaces the default of its name, "-Name" drops one.
     */
    static byte[] build(String version, String status, byte[] body, String... fields) {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("Date", DATE);
        if (body.length > 0) {
            defaults.put("Content-Type", "text/plain; charset=utf-8");
        }
        defaults.put("Cache-Control", "max-age=60");
        defaults.put("X-Content-Type-Options", "nosniff");
        defaults.put("Referrer-Policy", "same-origin");
        defaults.put("Content-Length", String.valueOf(body.length));
        List<String> extra = new ArrayList<>();
        for (String f : fields) {
            if (f.startsWith("-")) {
                defaults.remove(f.substring(1));
                continue;
            }
            String name = f.substring(0, f.indexOf(':'));
            defaults.remove(name); // a given field replaces the default of that name
            if (name.equals("Transfer-Encoding")) {
                defaults.remove("Content-Length");
            }
            extra.add(f);
        }
        StringBuilder head =
                new StringBuilder(version).append(' ').append(status).append("\r\n");
        defaults.forEach((n, v) -> head.append(n).append(": ").append(v).append("\r\n"));
        extra.forEach(f -> head.append(f).append("\r\n"));
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
