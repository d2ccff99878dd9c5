package dev.statuslab.core.lint;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.Tokens;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Field syntax (RFC 9110 §5): names are tokens, values hold no control characters, list fields are lists of
 * tokens, dates are IMF-fixdates, singleton fields appear once, and a Date is sent.
 */
final class FieldRules implements RuleSet {

    static final String NAME = "field.name";
    static final String VALUE = "field.value";
    static final String LIST = "field.list";
    static final String DATE = "field.date";
    static final String SINGLETON = "field.singleton";
    static final String MISSING_DATE = "field.missing-date";

    /** Fields defined as a list of tokens. */
    private static final List<String> TOKEN_LISTS = List.of(
            "Allow",
            "Vary",
            "Connection",
            "Content-Encoding",
            "Transfer-Encoding",
            "Accept-Ranges",
            "Access-Control-Allow-Methods",
            "Access-Control-Allow-Headers",
            "Access-Control-Expose-Headers");

    private static final List<String> DATES = List.of("Date", "Last-Modified", "Expires");
    /** Fields whose grammar allows one value only (RFC 9110 §5.3); Content-Length is a framing rule. */
    private static final List<String> SINGLETONS = List.of(
            "Content-Type",
            "Date",
            "Location",
            "ETag",
            "Last-Modified",
            "Expires",
            "Retry-After",
            "Content-Range",
            "Age",
            "Content-Location",
            "Access-Control-Allow-Origin",
            "Access-Control-Allow-Credentials",
            "Strict-Transport-Security",
            "X-Content-Type-Options",
            "Referrer-Policy");

    @Override
    public void check(Subject s, Report report) {
        Headers h = s.headers();
        Set<String> seen = new HashSet<>();
        for (Header line : h) {
            if (!Tokens.isToken(line.name())) {
                report.add(NAME, "field name " + Syntax.quote(line.name()) + " is not a token");
            }
            String problem = Tokens.fieldValueProblem(line.value());
            if (problem != null) {
                report.add(VALUE, line.name() + ": " + problem);
            }
            String lower = line.name().toLowerCase(Locale.ROOT);
            if (!seen.add(lower) && isSingleton(line.name())) {
                report.add(
                        SINGLETON, line.name() + " appears more than once: " + String.join(" | ", h.all(line.name())));
            }
        }
        for (String name : TOKEN_LISTS) {
            for (String value : h.all(name)) {
                tokenList(name, value, report);
            }
        }
        for (String name : DATES) {
            List<String> values = h.all(name);
            if (!values.isEmpty() && Syntax.imfFixdate(values.get(0).trim()) == null) {
                report.add(
                        DATE,
                        name + " " + Syntax.quote(values.get(0)) + " is not an IMF-fixdate such as "
                                + "\"Sun, 06 Nov 1994 08:49:37 GMT\"");
            }
        }
        if (s.code() >= 200 && s.code() < 500 && !h.has("Date")) {
            report.add(MISSING_DATE, "a " + s.code() + " without Date; caches then cannot compute its age");
        }
    }

    private static boolean isSingleton(String name) {
        for (String s : SINGLETONS) {
            if (s.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static void tokenList(String name, String value, Report report) {
        if (name.equals("Vary") && value.trim().equals("*")) {
            return;
        }
        List<String> items = Syntax.list(value);
        if (items == null) {
            report.add(LIST, name + " " + Syntax.quote(value) + " has a quoted string that is not closed");
            return;
        }
        for (String item : items) {
            String token = name.equals("Transfer-Encoding") || name.equals("Content-Encoding")
                    ? item.split(";", 2)[0].trim()
                    : item;
            if (!Tokens.isToken(token)) {
                report.add(
                        LIST,
                        name + " " + Syntax.quote(value) + ": " + Syntax.quote(item)
                                + " is not a token; list elements are separated by commas");
                return;
            }
        }
    }
}
