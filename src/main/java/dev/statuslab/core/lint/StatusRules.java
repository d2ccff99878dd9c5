package dev.statuslab.core.lint;

import dev.statuslab.core.http.Headers;
import dev.statuslab.core.status.HeaderChecks;
import dev.statuslab.core.status.HeaderRule;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.status.StatusInfo;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Status-code semantics (RFC 9110 §15). The fields each code requires, recommends or forbids, and whether it
 * may carry content, are data: the knowledge base's header rules, checked by {@link HeaderChecks} (one
 * mechanism for the explanation's ✓/✗ list and for these findings). Retry-After and Content-Range are
 * predicates.
 */
final class StatusRules implements RuleSet {

    static final String REQUIRED = "status.required-field";
    static final String RECOMMENDED = "status.recommended-field";
    static final String FORBIDDEN = "status.forbidden-field";
    static final String NO_CONTENT = "status.no-content";
    static final String UNKNOWN = "status.unregistered-code";
    static final String RETRY_AFTER = "status.retry-after";
    static final String CONTENT_RANGE = "status.content-range";

    /** Codes where Retry-After means something (RFC 9110 §10.2.3): 3xx, 413, 429, 503. */
    private static final Set<Integer> RETRY_CODES = Set.of(413, 429, 503);

    private static final Pattern RANGE = Pattern.compile("bytes (\\d{1,18})-(\\d{1,18})/(\\d{1,18}|\\*)");

    private static final String HEAD_RFC = "RFC 9110 §9.3.2";

    private final StatusCatalog catalog;

    StatusRules(StatusCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void check(Subject s, Report report) {
        int code = s.code();
        if (code > 599) {
            report.add(
                    UNKNOWN,
                    code + " is outside the five status classes; clients treat it as an error of its "
                            + "first digit, or reject it");
            return;
        }
        StatusInfo info = catalog.describe(code);
        if (!info.registered()) {
            report.add(UNKNOWN, code + " is not in the IANA registry; clients treat it as " + (code / 100) + "00");
        }
        headerRules(s, info, report);
        retryAfter(s, report);
        contentRange(s, report);
    }

    private void headerRules(Subject s, StatusInfo info, Report report) {
        RuleBook book = report.book();
        String rfc = info.rfc() + " §" + info.section();
        // Bytes after the head of a response that may not carry content are content all the same.
        long sent = s.wireBodyBytes() >= 0 && !s.contentAllowed()
                ? Math.max(s.bodySize(), s.wireBodyBytes())
                : s.bodySize();
        long content = Math.max(0, sent);
        for (HeaderChecks.Check c : HeaderChecks.check(info, s.headers()::all, s.method(), content)) {
            if (c.satisfied()) {
                continue;
            }
            HeaderRule r = c.rule();
            if (HeaderChecks.NO_CONTENT.equals(r.name())) {
                Rule rule = book.rule(NO_CONTENT);
                String why = s.head() ? "a response to HEAD" : "a " + info.code() + " response";
                Rule at = s.head()
                        ? rule.at(rule.level(), HEAD_RFC, Rule.rfcUrl(HEAD_RFC))
                        : rule.at(rule.level(), rfc, info.rfcUrl());
                report.add(at, c.detail() + " in " + why + ", which never carries content");
                continue;
            }
            switch (r.level()) {
                case REQUIRED ->
                    report.add(
                            book.rule(REQUIRED).at(Level.ERROR, rfc, info.rfcUrl()),
                            info.code() + " without " + r.name() + ": " + r.why());
                case RECOMMENDED -> {
                    Rule rule = book.rule(RECOMMENDED).at(Level.WARNING, rfc, info.rfcUrl());
                    // Only the 201 without Location is the tutorial's own doing.
                    boolean tutorials = info.code() == 201 && r.name().equals("Location");
                    report.add(
                            tutorials ? rule : rule.withoutDjangoBreaks(),
                            info.code() + " without " + r.name() + ": " + r.why());
                }
                case FORBIDDEN ->
                    report.add(
                            book.rule(FORBIDDEN).at(Level.ERROR, rfc, info.rfcUrl()),
                            info.code() + " with " + r.name() + ": " + c.detail() + ". " + r.why());
                default -> throw new IllegalStateException(r.level().name());
            }
        }
    }

    private static void retryAfter(Subject s, Report report) {
        List<String> values = s.headers().all("Retry-After");
        if (values.isEmpty()) {
            return;
        }
        String v = values.get(0).trim();
        if (!Syntax.isDigits(v) && Syntax.imfFixdate(v) == null) {
            report.add(
                    RETRY_AFTER,
                    "Retry-After " + Syntax.quote(v) + " is neither a number of seconds nor an IMF-fixdate");
        } else if (!(s.code() >= 300 && s.code() < 400) && !RETRY_CODES.contains(s.code())) {
            report.add(
                    RETRY_AFTER,
                    "Retry-After on a " + s.code() + ", where clients do not look for it (3xx, 413, 429, 503)");
        }
    }

    private static void contentRange(Subject s, Report report) {
        Headers h = s.headers();
        List<String> values = h.all("Content-Range");
        if (values.isEmpty()) {
            return;
        }
        String v = values.get(0).trim();
        if (s.code() == 416) {
            if (!v.matches("bytes \\*/\\d+")) {
                report.add(CONTENT_RANGE, "a 416's Content-Range " + Syntax.quote(v) + " is not \"bytes */<length>\"");
            }
            return;
        }
        Matcher m = RANGE.matcher(v);
        if (!m.matches()) {
            report.add(
                    CONTENT_RANGE,
                    "Content-Range " + Syntax.quote(v) + " is not \"bytes <first>-<last>/<length or *>\"");
            return;
        }
        long first = Long.parseLong(m.group(1));
        long last = Long.parseLong(m.group(2));
        if (last < first || !"*".equals(m.group(3)) && last >= Long.parseLong(m.group(3))) {
            report.add(
                    CONTENT_RANGE, "Content-Range " + Syntax.quote(v) + " is not a valid range of the representation");
        } else if (s.code() == 206
                && s.bodyComplete()
                && !s.head()
                && s.bodySize() != last - first + 1
                && !h.first("Content-Type").orElse("").startsWith("multipart/byteranges")) {
            report.add(
                    CONTENT_RANGE,
                    "Content-Range " + Syntax.quote(v) + " announces " + (last - first + 1) + " bytes, the content has "
                            + s.bodySize());
        }
    }
}
