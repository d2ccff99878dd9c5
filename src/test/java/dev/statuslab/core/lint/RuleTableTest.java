package dev.statuslab.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Headers;
import dev.statuslab.core.status.StatusCatalog;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Per rule, a response that breaks it is found and one that follows it is not. */
class RuleTableTest {

    static final Linter LINTER = new Linter(StatusCatalog.load());

    static List<LintCases> cases() {
        return LintCases.all();
    }

    static List<Finding> lint(LintCases c, byte[] raw) {
        Headers request = c.requestHeader() == null
                ? Headers.empty()
                : Headers.of(
                        c.requestHeader().split(": ", 2)[0], c.requestHeader().split(": ", 2)[1]);
        return LINTER.lintRaw(raw, c.method(), c.scheme(), request);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aResponseThatBreaksTheRuleIsFound(LintCases c) {
        List<Finding> findings = lint(c, c.bad());
        assertTrue(findings.stream().anyMatch(f -> f.id().equals(c.rule())), () -> c.rule() + " not in " + findings);
        Finding f = findings.stream()
                .filter(x -> x.id().equals(c.rule()))
                .findFirst()
                .orElseThrow();
        assertFalse(f.message().isBlank());
        assertTrue(f.rule().url().startsWith("https://"), f.rule().url());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aResponseThatFollowsTheRuleIsNotFound(LintCases c) {
        List<Finding> findings = lint(c, c.good());
        assertTrue(findings.stream().noneMatch(f -> f.id().equals(c.rule())), () -> c.rule() + " in " + findings);
    }

    @Test
    void everyRuleHasACase() {
        Set<String> covered = LintCases.all().stream().map(LintCases::rule).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (Rule r : LINTER.rules().all()) {
            if (!covered.contains(r.id())) {
                missing.add(r.id());
            }
        }
        assertEquals(Set.of(), missing);
        assertEquals(40, LINTER.rules().all().size());
    }

    @Test
    void findingsComeErrorsFirst() {
        List<Finding> findings = LINTER.lintRaw(
                LintCases.r("302 Found", "x", "-X-Content-Type-Options", "ETag: v1", "Content-Type: text/plain"),
                "GET",
                "http",
                Headers.empty());
        List<Level> levels = findings.stream().map(Finding::level).toList();
        assertEquals(levels.stream().sorted().toList(), levels);
        assertEquals(Level.ERROR, levels.get(0));
        assertEquals(Level.INFO, levels.get(levels.size() - 1));
    }

    @Test
    void theRequiredFieldRuleTakesTheSectionOfTheStatusCode() {
        Finding f = LINTER.lintRaw(LintCases.r("405 Method Not Allowed", "x"), "GET", "http", Headers.empty()).stream()
                .filter(x -> x.id().equals("status.required-field"))
                .findFirst()
                .orElseThrow();
        assertEquals("RFC 9110 §15.5.6", f.rule().rfc());
        assertEquals(
                "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6",
                f.rule().url());
        assertTrue(f.message().contains("Allow"), f.message());
        assertEquals(Level.ERROR, f.level());
    }

    @Test
    void aFixSaysHowInDjangoAndWhereDjangoItselfBreaksTheRule() {
        Finding f =
                LINTER
                        .lintRaw(LintCases.r("200 OK", "body", "-Content-Length"), "HEAD", "http", Headers.empty())
                        .stream()
                        .filter(x -> x.id().equals("status.no-content"))
                        .findFirst()
                        .orElseThrow();
        assertTrue(f.fix().contains("In Django:"), f.fix());
        assertTrue(f.fix().contains("Django itself: Django's runserver"), f.fix());
        assertTrue(f.fix().contains("the simulator sends the GET's fields and no body"), f.fix());
        assertEquals("RFC 9110 §9.3.2", f.rule().rfc());
    }

    @Test
    void onlyTheTutorials201SaysThatDjangoItselfLeavesOutTheRecommendedField() {
        Finding created = LINTER.lintRaw(LintCases.r("201 Created", "{}"), "POST", "http", Headers.empty()).stream()
                .filter(x -> x.id().equals("status.recommended-field"))
                .findFirst()
                .orElseThrow();
        Finding unavailable =
                LINTER.lintRaw(LintCases.r("503 Service Unavailable", "x"), "GET", "http", Headers.empty()).stream()
                        .filter(x -> x.id().equals("status.recommended-field"))
                        .findFirst()
                        .orElseThrow();
        assertTrue(created.fix().contains("Django itself: the tutorial's JsonResponse"), created.fix());
        assertFalse(unavailable.fix().contains("Django itself"), unavailable.fix());
        assertTrue(unavailable.message().startsWith("503 without Retry-After"), unavailable.message());
    }
}
