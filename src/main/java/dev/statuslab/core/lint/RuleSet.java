package dev.statuslab.core.lint;

/** A family of rules as small predicates: each looks at the subject and reports what it breaks. */
interface RuleSet {

    void check(Subject subject, Report report);
}
