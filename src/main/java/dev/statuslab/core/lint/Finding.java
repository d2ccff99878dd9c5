package dev.statuslab.core.lint;

import java.util.Objects;

/**
 * What one rule found in one response.
 *
 * @param rule    the rule broken
 * @param message what is wrong with this response, in one line
 */
public record Finding(Rule rule, String message) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    public String id() {
        return rule.id();
    }

    public Level level() {
        return rule.level();
    }

    /**
     * The whole fix: the general one, then Django's, then, where Django itself breaks the rule, what it
     * does and what the simulator does instead.
     */
    public String fix() {
        StringBuilder s = new StringBuilder(rule.fix());
        if (!rule.django().isEmpty()) {
            s.append(" In Django: ").append(rule.django());
        }
        if (!rule.djangoBreaks().isEmpty()) {
            s.append(" Django itself: ").append(rule.djangoBreaks());
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return rule.level().id() + " " + rule.id() + ": " + message;
    }
}
