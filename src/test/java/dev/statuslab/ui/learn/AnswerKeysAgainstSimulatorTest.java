package dev.statuslab.ui.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.learn.LearnData;
import dev.statuslab.core.learn.Question;
import dev.statuslab.core.learn.QuestionBank;
import dev.statuslab.core.learn.QuestionKind;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.server.SimulatorOptions;
import dev.statuslab.server.SimulatorServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The answer keys are the simulator's behaviour: every question with a request is sent, through
 * the same live check Learn mode uses, to a real simulator on a free port, and its key must be
 * what the simulator actually answers.
 */
class AnswerKeysAgainstSimulatorTest {

    private static final StatusCatalog STATUSES = StatusCatalog.load();
    private static final QuestionBank BANK =
            QuestionBank.generate(ScenarioCatalog.load(STATUSES), STATUSES, LearnData.load());
    private static SimulatorServer server;
    private static WireClient client;

    @BeforeAll
    static void start() throws Exception {
        server = new SimulatorServer(SimulatorOptions.loopback(0), STATUSES);
        server.start();
        client = new WireClient(WireClient.Options.defaults());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.stop();
    }

    private static LiveCheck.Result ask(Question q) throws Exception {
        return new LiveCheck(client).run(q, server.baseUri()).get(20, TimeUnit.SECONDS);
    }

    @Test
    void everyReadyRequestQuestionsKeyIsTheStatusTheSimulatorSends() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Question q : BANK.all()) {
            if (!q.id().startsWith("request:")) {
                continue;
            }
            LiveCheck.Result live = ask(q);
            assertFalse(
                    live.exchange().failed(), q.id() + ": " + live.exchange().failure());
            if (!q.answer().equals(live.key())) {
                wrong.add(q.id() + " expects " + q.answer() + ", the simulator sent " + live.key());
            }
            checked++;
        }
        assertTrue(checked >= 25, "checked " + checked);
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyWhatComesNextKeyIsTheNextHopTheSimulatorLeadsTo() throws Exception {
        int checked = 0;
        for (Question q : BANK.all()) {
            if (q.kind() == QuestionKind.WHAT_NEXT) {
                LiveCheck.Result live = ask(q);
                assertEquals(q.answer(), live.key(), q.id());
                assertEquals(q.code(), live.exchange().code(), q.id());
                assertNotNull(live.followed(), q.id());
                checked++;
            }
        }
        assertEquals(3, checked);
    }

    @Test
    void everyKnowledgeQuestionShownOnThePlaygroundGetsItsCodeAndTheHeaderItAsksFor() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Question q : BANK.all()) {
            if (q.id().startsWith("request:") || q.kind() == QuestionKind.WHAT_NEXT || !q.hasRequest()) {
                continue;
            }
            LiveCheck.Result live = ask(q);
            int code = live.exchange().code();
            if (code != q.code()) {
                wrong.add(q.id() + ": the simulator sent " + code);
            }
            if (q.kind().asksForCode() && !q.answer().equals(live.key())) {
                wrong.add(q.id() + ": key " + q.answer() + ", live " + live.key());
            }
            if (q.kind() == QuestionKind.PICK_HEADER
                    && !live.exchange().response().headers().has(q.answer())) {
                wrong.add(q.id() + ": the response has no " + q.answer());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aQuestionWithoutARequestOrWithoutASimulatorIsJudgedByItsOwnKey() throws Exception {
        Question interim = BANK.find("meaning:100").orElseThrow();
        assertEquals(LiveCheck.Result.NONE, ask(interim));
        assertEquals(
                LiveCheck.Result.NONE,
                new LiveCheck(client)
                        .run(BANK.find("meaning:404").orElseThrow(), null)
                        .get(5, TimeUnit.SECONDS));
    }
}
