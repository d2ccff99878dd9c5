package dev.statuslab.core.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Checks one response against the header rules of its status code: required and recommended
 * fields must be present, forbidden ones absent, and a response that may not carry content
 * (204, 304, 1xx, any answer to HEAD) must have an empty body.
 *
 * <p>The response's fields come in as a look-up function, every value of a field by name,
 * case-insensitively ({@code response.headers()::all}), because {@code core.status} depends on
 * nothing but the JDK (see ArchitectureTest).
 */
public final class HeaderChecks {

    /** The name of the synthetic rule that checks a response carries no content. */
    public static final String NO_CONTENT = "(no content)";

    /** Shown as the detail of a required or recommended field that was not sent. */
    public static final String MISSING = "missing";

    /** Shown as the detail of a forbidden field that was, rightly, not sent. */
    public static final String ABSENT = "not sent";

    /**
     * The outcome of one rule against one response.
     *
     * @param rule      the rule checked
     * @param satisfied whether the response follows it
     * @param detail    what was received: the field's value(s), {@link #MISSING}, {@link #ABSENT},
     *                  or for the content check "no content" / "N bytes of content"
     */
    public record Check(HeaderRule rule, boolean satisfied, String detail) {

        public Check {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(detail, "detail");
        }
    }

    private HeaderChecks() {}

    /**
     * Every check that applies to a response with this status, in catalogue order, the content
     * check last.
     *
     * @param info            the description of the response's status code
     * @param responseHeaders every value the response has for a field name, in received order,
     *                        matching names case-insensitively; an empty list when it has none
     *                        (pass {@code response.headers()::all})
     * @param requestMethod   the method of the request ("HEAD" forbids content); may be null
     * @param bodySize        the number of content bytes received
     */
    public static List<Check> check(
            StatusInfo info, Function<String, List<String>> responseHeaders, String requestMethod, long bodySize) {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(responseHeaders, "responseHeaders");
        List<Check> checks = new ArrayList<>();
        for (HeaderRule rule : info.headers()) {
            List<String> values = Objects.requireNonNullElse(responseHeaders.apply(rule.name()), List.of());
            boolean present = !values.isEmpty();
            String received = String.join(", ", values);
            if (rule.level() == HeaderRule.Level.FORBIDDEN) {
                checks.add(new Check(rule, !present, present ? received : ABSENT));
            } else {
                checks.add(new Check(rule, present, present ? received : MISSING));
            }
        }
        boolean head = "HEAD".equals(requestMethod);
        if (head || !info.bodyAllowed()) {
            checks.add(new Check(
                    noContentRule(info, head),
                    bodySize == 0,
                    bodySize == 0 ? "no content" : bodySize + (bodySize == 1 ? " byte" : " bytes") + " of content"));
        }
        return List.copyOf(checks);
    }

    private static HeaderRule noContentRule(StatusInfo info, boolean head) {
        String why = head
                ? "A response to HEAD carries no content, only the fields a GET would have sent (RFC 9110 §9.3.2)."
                : "A " + info.code() + " response never carries content; the message ends after the fields ("
                        + info.rfc() + " §" + info.section() + ").";
        return new HeaderRule(NO_CONTENT, HeaderRule.Level.FORBIDDEN, why, null);
    }
}
