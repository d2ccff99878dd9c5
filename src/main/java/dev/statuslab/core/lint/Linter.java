package dev.statuslab.core.lint;

import dev.statuslab.core.http.Headers;
import dev.statuslab.core.status.StatusCatalog;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Judges a response against every rule: status semantics, framing, field syntax, content, caching,
 * cookies, CORS and security advice. Immutable and thread-safe; build one and keep it.
 */
public final class Linter {

    private final RuleBook book;
    private final List<RuleSet> sets;

    public Linter(StatusCatalog catalog) {
        this(catalog, RuleBook.load());
    }

    public Linter(StatusCatalog catalog, RuleBook book) {
        this.book = Objects.requireNonNull(book, "book");
        this.sets = List.of(
                new StatusRules(Objects.requireNonNull(catalog, "catalog")),
                new FramingRules(),
                new FieldRules(),
                new ContentRules(),
                new CachingRules(),
                new CookieRules(),
                new CorsRules(),
                new SecurityRules());
    }

    public RuleBook rules() {
        return book;
    }

    /** The findings for a parsed response, errors first, then warnings, then advice. */
    public List<Finding> lint(Subject subject) {
        Report report = new Report(book);
        for (RuleSet set : sets) {
            set.check(subject, report);
        }
        return sorted(report.findings());
    }

    /**
     * The findings for a response read from the raw bytes of a connection (everything the server sent until
     * it closed). Bytes that cannot be read as a response are a finding, never an exception.
     */
    public List<Finding> lintRaw(byte[] raw, String method, String scheme, Headers requestHeaders) {
        RawResponses.Parsed parsed = RawResponses.parse(raw, method, scheme, requestHeaders, book);
        List<Finding> all = new ArrayList<>(parsed.findings());
        if (parsed.subject() != null) {
            all.addAll(lint(parsed.subject()));
        }
        return sorted(all);
    }

    /**
     * The findings for an exchange that failed after the head arrived: the failure itself (the content was
     * cut short or its framing broken), then what the head shows. {@code head} is the head as read, or empty.
     */
    public List<Finding> lintFailed(String failure, String head, String method, String scheme, Headers requestHeaders) {
        List<Finding> all = new ArrayList<>();
        all.add(new Finding(book.rule(head.isEmpty() ? FramingRules.UNPARSABLE : FramingRules.INCOMPLETE), failure));
        if (!head.isEmpty()) {
            RawResponses.Parsed parsed = RawResponses.parse(
                    head.getBytes(StandardCharsets.ISO_8859_1), method, scheme, requestHeaders, book);
            if (parsed.subject() != null) {
                Subject s = parsed.subject();
                all.addAll(lint(new Subject(
                        s.method(), s.scheme(), s.requestHeaders(), s.statusLine(), s.headers(), new byte[0], -1, -1)));
            }
        }
        return sorted(all);
    }

    /** A finding for a response cut short, e.g. when nothing more arrived in time. */
    public Finding incomplete(String why) {
        return new Finding(book.rule(FramingRules.INCOMPLETE), why);
    }

    /** Whether any finding is at error level. */
    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.level() == Level.ERROR);
    }

    /** Counts by level: errors, warnings, advice. */
    public static int[] counts(List<Finding> findings) {
        int[] counts = new int[Level.values().length];
        for (Finding f : findings) {
            counts[f.level().ordinal()]++;
        }
        return counts;
    }

    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        out.sort(Comparator.comparing(Finding::level));
        return List.copyOf(out);
    }
}
