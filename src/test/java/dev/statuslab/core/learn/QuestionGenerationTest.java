package dev.statuslab.core.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.scenario.ReadyRequest;
import dev.statuslab.core.scenario.Scenario;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.scenario.ScenarioGroup;
import dev.statuslab.core.status.HeaderRule;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.status.StatusInfo;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The questions are made from the catalogue and the knowledge base, with keys that follow from them. */
class QuestionGenerationTest {

    static final StatusCatalog STATUSES = StatusCatalog.load();
    static final ScenarioCatalog CATALOG = ScenarioCatalog.load(STATUSES);
    static final LearnData DATA = LearnData.load();
    static final QuestionBank BANK = QuestionBank.generate(CATALOG, STATUSES, DATA);

    @Test
    void everyReadyRequestOfTheSiteAndPlaygroundYieldsAQuestionWhoseKeyIsItsExpectedStatus() {
        int asked = 0;
        for (Scenario s : CATALOG.all()) {
            if (s.group() == ScenarioGroup.MY_MOCKS || s.id().startsWith("status-")) {
                continue;
            }
            for (int i = 0; i < s.requests().size(); i++) {
                ReadyRequest r = s.requests().get(i);
                var q = BANK.find("request:" + s.id() + ":" + i);
                boolean variables = r.body() != null && r.body().contains("{{")
                        || r.headers().stream().anyMatch(h -> h.value().contains("{{"));
                if (r.expectedStatuses().size() > 1 || r.path().equals("/__reset__") || variables) {
                    assertTrue(
                            q.isEmpty(),
                            "no question for " + r.label() + " (several answers, a reset, or"
                                    + " {{variables}} only the workbench resolves)");
                    continue;
                }
                assertTrue(q.isPresent(), "a question for " + s.id() + " #" + i);
                assertEquals(String.valueOf(r.expectedStatus()), q.get().answer());
                assertEquals(r, q.get().request());
                assertTrue(
                        q.get().prompt().contains(r.method() + " " + r.path()),
                        q.get().prompt());
                asked++;
            }
        }
        assertTrue(asked >= 25, "questions from ready requests: " + asked);
    }

    @Test
    void everyKindAndEveryLevelHasQuestions() {
        Set<QuestionKind> kinds = EnumSet.noneOf(QuestionKind.class);
        BANK.all().forEach(q -> kinds.add(q.kind()));
        assertEquals(EnumSet.allOf(QuestionKind.class), kinds);
        for (Level level : Level.values()) {
            assertFalse(BANK.at(level).isEmpty(), level.title());
        }
    }

    @Test
    void theFirstLevelAsksOnlyAboutTheCheatSheetsSevenCodes() {
        Set<Integer> codes = new HashSet<>();
        BANK.at(Level.CHEAT_SHEET).forEach(q -> codes.add(q.code()));
        assertEquals(Set.of(200, 201, 302, 400, 403, 404, 500), codes);
    }

    @Test
    void pickedQuestionsShowFourDistinctChoicesInAStableOrderWithTheAnswerAmongThem() {
        QuestionBank again = QuestionBank.generate(CATALOG, STATUSES, DATA);
        for (Question q : BANK.all()) {
            if (q.kind().picked()) {
                assertEquals(4, q.choices().size(), q.id());
                assertEquals(4, new HashSet<>(q.choices()).size(), q.id());
                assertTrue(q.choices().contains(q.answer()), q.id());
                assertEquals(q.choices(), again.find(q.id()).orElseThrow().choices(), q.id());
            } else {
                assertTrue(q.choices().isEmpty());
            }
        }
    }

    @Test
    void aMeaningQuestionDoesNotGiveAwayTheCodeOrItsReasonPhrase() {
        for (StatusInfo info : STATUSES.all()) {
            String prompt =
                    BANK.find("meaning:" + info.code()).orElseThrow().prompt().toLowerCase(Locale.ROOT);
            assertFalse(prompt.contains(String.valueOf(info.code())), prompt);
            assertFalse(prompt.contains(info.reason().toLowerCase(Locale.ROOT)), prompt);
        }
    }

    @Test
    void headerQuestionsAskForARequiredHeaderFirstAndNeverOfferAnotherRightOne() {
        Question allow = BANK.find("header:405").orElseThrow();
        assertEquals("Allow", allow.answer());
        assertTrue(allow.prompt().contains("must"), allow.prompt());
        Question retry = BANK.find("header:503").orElseThrow();
        assertEquals("Retry-After", retry.answer());
        assertTrue(retry.prompt().contains("should"), retry.prompt());
        Question upgrade = BANK.find("header:426").orElseThrow();
        assertFalse(upgrade.choices().contains("Connection"), "both Upgrade and Connection are required");
        for (StatusInfo info : STATUSES.all()) {
            boolean hasRule = info.headers().stream().anyMatch(h -> h.level() != HeaderRule.Level.FORBIDDEN);
            assertEquals(hasRule, BANK.find("header:" + info.code()).isPresent(), "header question for " + info.code());
        }
    }

    @Test
    void everyDjangoWayIsNamedInTheKnowledgeBaseForItsCodeAndOnlyOneChoiceGivesThatCode() {
        for (LearnData.DjangoWay way : DATA.django()) {
            StatusInfo info = STATUSES.find(way.code()).orElseThrow();
            String bare = way.name().replace("()", "").replace("@", "");
            assertTrue(
                    info.django().contains(bare) || info.djangoSnippet().contains(bare),
                    way.name() + " is not named in the knowledge base for " + way.code());
            Question q = BANK.find("django:" + bare).orElseThrow();
            assertEquals(way.name(), q.answer());
            long sameCode = q.choices().stream()
                    .filter(c -> DATA.django().stream().anyMatch(d -> d.name().equals(c) && d.code() == way.code()))
                    .count();
            assertEquals(1, sameCode, q.id() + " " + q.choices());
        }
    }

    @Test
    void whatComesNextFollowsTheCatalogueToTheNextRequestAndItsStatus() {
        Question q = BANK.find("next:contact-success:0").orElseThrow();
        assertEquals(QuestionKind.WHAT_NEXT, q.kind());
        assertEquals("GET /contact/ → 200", q.answer());
        assertEquals(302, q.code());
        assertEquals(
                3,
                BANK.all().stream()
                        .filter(x -> x.kind() == QuestionKind.WHAT_NEXT)
                        .count());
    }

    @Test
    void aStatefulRequestIsAskedAfterAResetAndTheScenariosEarlierRequests() {
        Question gone = BANK.find("request:delete-view:2").orElseThrow();
        List<String> setup =
                gone.setup().stream().map(r -> r.method() + " " + r.path()).toList();
        assertEquals(List.of("POST /__reset__", "POST /messages/1/delete/"), setup);
        assertTrue(gone.prompt().contains("after POST /messages/1/delete/"), gone.prompt());
        assertEquals("404", gone.answer());
        assertTrue(BANK.find("meaning:404").orElseThrow().setup().isEmpty());
    }

    @Test
    void knowledgeQuestionsAreShownOnThePlaygroundExceptForInterimCodes() {
        assertNotNull(BANK.find("meaning:418").orElseThrow().request());
        assertEquals(
                "/status/418", BANK.find("reason:418").orElseThrow().request().path());
        assertEquals(null, BANK.find("meaning:100").orElseThrow().request());
    }
}
