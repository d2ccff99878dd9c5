package dev.statuslab.core.status;

import java.util.Objects;

/**
 * What the specifications say about one header field in a response with a given status code.
 *
 * @param name    the header field name, e.g. "Location"
 * @param level   whether the field is required, recommended or forbidden
 * @param why     a short plain-language reason
 * @param example a realistic value a server can send verbatim; {@code null} exactly when the level is
 *                {@link Level#FORBIDDEN}
 */
public record HeaderRule(String name, Level level, String why, String example) {

    /** How strongly a header field is tied to a status code. */
    public enum Level {
        /** The specification says the server MUST send it. */
        REQUIRED,
        /** The specification says SHOULD, or clients strongly rely on it. */
        RECOMMENDED,
        /** The specification says the server MUST NOT send it. */
        FORBIDDEN
    }

    /** Validates the rule. */
    public HeaderRule {
        requireText(name, name, "name");
        Objects.requireNonNull(level, () -> "header rule " + name + ": 'level' must not be null");
        requireText(why, name, "why");
        if (level == Level.FORBIDDEN) {
            if (example != null) {
                throw new IllegalArgumentException("header rule " + name + ": a forbidden header has no example");
            }
        } else {
            requireText(example, name, "example");
        }
    }

    private static void requireText(String value, String header, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("header rule " + header + ": '" + field + "' must not be blank");
        }
    }
}
