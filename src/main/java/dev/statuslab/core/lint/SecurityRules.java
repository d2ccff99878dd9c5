package dev.statuslab.core.lint;

import dev.statuslab.core.http.Headers;
import java.util.Locale;
import java.util.Optional;

/**
 * Security headers a Django deployment should send, as advice: HSTS over HTTPS (and never over plain HTTP,
 * where browsers ignore it), X-Content-Type-Options and Referrer-Policy.
 */
final class SecurityRules implements RuleSet {

    static final String HSTS = "security.hsts";
    static final String NOSNIFF = "security.nosniff";
    static final String REFERRER_POLICY = "security.referrer-policy";

    @Override
    public void check(Subject s, Report report) {
        if (s.code() < 200) {
            return;
        }
        Headers h = s.headers();
        Optional<String> sts = h.first("Strict-Transport-Security");
        if ("https".equals(s.scheme()) && sts.isEmpty()) {
            report.add(HSTS, "an HTTPS response without Strict-Transport-Security");
        } else if ("https".equals(s.scheme())
                && !sts.get().toLowerCase(Locale.ROOT).contains("max-age=")) {
            report.add(HSTS, "Strict-Transport-Security " + Syntax.quote(sts.get()) + " has no max-age");
        } else if (!"https".equals(s.scheme()) && sts.isPresent()) {
            report.add(HSTS, "Strict-Transport-Security over plain HTTP; browsers ignore it there");
        }
        if (!h.first("X-Content-Type-Options")
                .map(String::trim)
                .filter("nosniff"::equalsIgnoreCase)
                .isPresent()) {
            report.add(
                    NOSNIFF,
                    "no X-Content-Type-Options: nosniff; browsers may guess another type than " + "Content-Type");
        }
        if (!h.has("Referrer-Policy")) {
            report.add(
                    REFERRER_POLICY,
                    "no Referrer-Policy; the browser's default decides what this page leaks " + "in Referer");
        }
    }
}
