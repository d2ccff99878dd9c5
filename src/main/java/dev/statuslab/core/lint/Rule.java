package dev.statuslab.core.lint;

import java.util.Objects;

/**
 * One rule a response is judged by.
 *
 * @param id          stable id, family first: {@code framing.te-with-cl}
 * @param level       error for a MUST, warning for a SHOULD, info for advice
 * @param rfc         where it comes from, e.g. "RFC 9112 §6.1" or "Fetch §3.2.5"
 * @param url         a link to that section
 * @param title       what the rule asks, in one line
 * @param fix         how to fix it
 * @param django      how to fix it in Django; empty where Django has nothing to add
 * @param djangoBreaks where Django itself breaks the rule, what it does and what the simulator does instead;
 *                    empty where it does not
 */
public record Rule(
        String id, Level level, String rfc, String url, String title, String fix, String django, String djangoBreaks) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, () -> "rule " + id + ": level");
        requireText(id, rfc, "rfc");
        requireText(id, url, "url");
        requireText(id, title, "title");
        requireText(id, fix, "fix");
        django = django == null ? "" : django;
        djangoBreaks = djangoBreaks == null ? "" : djangoBreaks;
    }

    /** A rule at another level and section, for the status-code rules made from the knowledge base. */
    Rule at(Level newLevel, String newRfc, String newUrl) {
        return new Rule(id, newLevel, newRfc, newUrl, title, fix, django, djangoBreaks);
    }

    /** The same rule without the note on Django itself, for findings the note does not concern. */
    Rule withoutDjangoBreaks() {
        return new Rule(id, level, rfc, url, title, fix, django, "");
    }

    /** The link to an RFC section: "RFC 9110 §15.3.2" → the RFC Editor page with its anchor. */
    static String rfcUrl(String rfc) {
        String[] parts = rfc.split(" §", 2);
        if (parts[0].startsWith("RFC ")) {
            String url =
                    "https://www.rfc-editor.org/rfc/rfc" + parts[0].substring(4).trim();
            return parts.length == 2 ? url + "#section-" + parts[1].trim() : url;
        }
        return null;
    }

    private static void requireText(String id, String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("rule " + id + ": '" + what + "' must not be blank");
        }
    }
}
