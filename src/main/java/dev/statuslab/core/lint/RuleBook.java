package dev.statuslab.core.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The texts of every rule, read from {@code rules.properties}: for each id its level, RFC section (and a
 * link when it is not an RFC), title, fix, Django's fix and where Django itself breaks it. The order of the
 * ids is the order of {@code rules.order}.
 */
public final class RuleBook {

    private static final String RESOURCE = "rules.properties";

    private final Map<String, Rule> rules;

    private RuleBook(Map<String, Rule> rules) {
        this.rules = Collections.unmodifiableMap(rules);
    }

    /** The rules of the class path, read once. */
    public static RuleBook load() {
        return Standard.BOOK;
    }

    /** Holds the book read from the class path, read on first use. */
    private static final class Standard {
        static final RuleBook BOOK = read();
    }

    private static RuleBook read() {
        try (InputStream in = RuleBook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static RuleBook parse(Properties p) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (String id : p.getProperty("rules.order", "").split("[,\\s]+")) {
            if (id.isEmpty()) {
                continue;
            }
            String level = p.getProperty(id + ".level");
            if (level == null) {
                throw new IllegalArgumentException(RESOURCE + ": rule " + id + " has no level");
            }
            String rfc = p.getProperty(id + ".rfc");
            String url = p.getProperty(id + ".url", rfc == null ? null : Rule.rfcUrl(rfc));
            rules.put(
                    id,
                    new Rule(
                            id,
                            Level.parse(level),
                            rfc,
                            url,
                            p.getProperty(id + ".title"),
                            p.getProperty(id + ".fix"),
                            p.getProperty(id + ".django"),
                            p.getProperty(id + ".djangoBreaks")));
        }
        return new RuleBook(rules);
    }

    /** The rule with this id. */
    public Rule rule(String id) {
        Rule rule = rules.get(id);
        if (rule == null) {
            throw new IllegalArgumentException("no rule " + id);
        }
        return rule;
    }

    /** Every rule, in the book's order. */
    public List<Rule> all() {
        return new ArrayList<>(rules.values());
    }
}
