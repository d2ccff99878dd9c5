package dev.statuslab.core.lint;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one run: rule sets add to it by rule id. */
final class Report {

    private final RuleBook book;
    private final List<Finding> findings = new ArrayList<>();

    Report(RuleBook book) {
        this.book = book;
    }

    void add(String ruleId, String message) {
        findings.add(new Finding(book.rule(ruleId), message));
    }

    void add(Rule rule, String message) {
        findings.add(new Finding(rule, message));
    }

    RuleBook book() {
        return book;
    }

    List<Finding> findings() {
        return findings;
    }
}
