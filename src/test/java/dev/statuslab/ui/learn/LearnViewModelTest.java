package dev.statuslab.ui.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.learn.CheatSheet;
import dev.statuslab.core.learn.LearnData;
import dev.statuslab.core.learn.ProgressStore;
import dev.statuslab.core.learn.Question;
import dev.statuslab.core.learn.QuestionBank;
import dev.statuslab.core.learn.QuestionKind;
import dev.statuslab.core.learn.TestClock;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.server.SimulatorOptions;
import dev.statuslab.server.SimulatorServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Learn mode's view model without a toolkit: a single thread stands in for the FX thread, a real
 * simulator on a free port answers, and the clock is fixed.
 */
class LearnViewModelTest {

    static final StatusCatalog STATUSES = StatusCatalog.load();
    static final LearnData DATA = LearnData.load();
    static final QuestionBank BANK = QuestionBank.generate(ScenarioCatalog.load(STATUSES), STATUSES, DATA);
    private static SimulatorServer server;
    private static WireClient client;

    @TempDir
    Path data;

    private final ExecutorService fx = Executors.newSingleThreadExecutor();
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final TestClock clock = new TestClock(Instant.parse("2026-12-04T10:00:00Z"));

    @BeforeAll
    static void startSimulator() throws Exception {
        server = new SimulatorServer(SimulatorOptions.loopback(0), STATUSES);
        server.start();
        client = new WireClient(WireClient.Options.defaults());
    }

    @AfterAll
    static void stopSimulator() {
        client.close();
        server.stop();
    }

    @AfterEach
    void stopExecutors() throws InterruptedException {
        background.shutdown();
        assertTrue(background.awaitTermination(10, TimeUnit.SECONDS), "the saves finish");
        fx.shutdownNow();
    }

    private LearnViewModel started(Supplier<URI> base) throws Exception {
        return started(base, data);
    }

    private LearnViewModel started(Supplier<URI> base, Path folder) throws Exception {
        LearnViewModel vm = new LearnViewModel(
                BANK,
                STATUSES,
                new CheatSheet(STATUSES, DATA, BANK),
                client,
                base,
                ProgressStore.inDataDirectory(folder, clock),
                clock,
                background,
                fx);
        vm.start().get(10, TimeUnit.SECONDS);
        return vm;
    }

    private <T> T onFx(Callable<T> action) throws Exception {
        return fx.submit(action).get(10, TimeUnit.SECONDS);
    }

    /** Answers the current question, right or wrong, from the "keyboard", and waits for the verdict. */
    private Reveal answer(LearnViewModel vm, boolean right) throws Exception {
        onFx(() -> {
            Question q = vm.questionProperty().get();
            String wanted = right ? q.answer() : wrong(q);
            if (q.kind().picked()) {
                vm.pick(q.choices().indexOf(wanted) + 1);
            } else {
                wanted.chars().forEach(c -> vm.typeDigit((char) c));
            }
            vm.check();
            return null;
        });
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (onFx(() -> vm.phaseProperty().get()) != LearnViewModel.Phase.CHECKED) {
            assertTrue(System.nanoTime() < end, "no verdict");
            Thread.sleep(5);
        }
        return onFx(() -> vm.revealProperty().get());
    }

    private void skipTo(LearnViewModel vm, QuestionKind kind) throws Exception {
        while (onFx(() -> vm.questionProperty().get().kind()) != kind) {
            answer(vm, true);
            onFx(() -> {
                vm.next();
                return null;
            });
        }
    }

    private static String wrong(Question q) {
        return q.kind().picked()
                ? q.choices().stream()
                        .filter(c -> !c.equals(q.answer()))
                        .findFirst()
                        .orElseThrow()
                : q.answer().equals("599") ? "598" : "599";
    }

    @Test
    void aSessionOfTenEndsInASummaryAndTheMissedOnesComeFirstInTheNextSession() throws Exception {
        LearnViewModel vm = started(server::baseUri);
        List<Question> asked = onFx(vm::session);
        assertEquals(10, asked.size());
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            boolean right = i % 3 != 1;
            Reveal reveal = answer(vm, right);
            assertEquals(right, reveal.right(), reveal.toString());
            if (!right) {
                missed.add(asked.get(i).id());
            }
            onFx(() -> {
                vm.next();
                return null;
            });
        }
        assertEquals(LearnViewModel.Phase.SUMMARY, onFx(() -> vm.phaseProperty().get()));
        String summary = onFx(() -> vm.summaryProperty().get());
        assertTrue(summary.startsWith("7 of 10 right (70 %)"), summary);
        assertTrue(summary.contains("Missed"), summary);
        assertTrue(onFx(() -> vm.statusProperty().get()).startsWith("Streak: 1 day · 1 sessions"));
        vm.idle().get(10, TimeUnit.SECONDS);

        clock.advance(Duration.ofMinutes(10));
        LearnViewModel relaunched = started(server::baseUri);
        List<String> first = onFx(relaunched::session).subList(0, 3).stream()
                .map(Question::id)
                .toList();
        assertEquals(Set.copyOf(missed), Set.copyOf(first));
    }

    @Test
    void theLiveSimulatorsResponseIsShownBesideTheGuess() throws Exception {
        LearnViewModel vm = started(server::baseUri);
        Question q = onFx(() -> vm.questionProperty().get());
        assertTrue(q.hasRequest(), q.id());
        Reveal reveal = answer(vm, false);
        assertFalse(reveal.right());
        assertEquals("Checked against the live simulator.", reveal.source());
        assertTrue(reveal.statusLine().startsWith("HTTP/1.1 " + q.answer() + " "), reveal.statusLine());
        assertTrue(reveal.explanation().startsWith(q.answer() + " "), reveal.explanation());
        assertEquals(q.answer(), reveal.key());
    }

    @Test
    void withoutTheSimulatorTheQuestionsOwnKeyJudgesAndSaysSo() throws Exception {
        LearnViewModel vm = started(() -> null);
        Reveal reveal = answer(vm, true);
        assertTrue(reveal.right());
        assertEquals("", reveal.statusLine());
        assertTrue(reveal.source().contains("catalogue's key"), reveal.source());
    }

    @Test
    void digitsPickOnlyAmongTheChoicesAndCheckingWaitsForAnAnswer() throws Exception {
        LearnViewModel vm = started(() -> null);
        skipTo(vm, QuestionKind.PICK_CODE);
        onFx(() -> {
            vm.check();
            assertEquals(LearnViewModel.Phase.ASKING, vm.phaseProperty().get(), "nothing picked yet");
            vm.pick(7);
            assertEquals(-1, vm.pickedProperty().get());
            vm.typeDigit('4');
            assertEquals("", vm.typedProperty().get());
            vm.pick(2);
            assertEquals(1, vm.pickedProperty().get());
            assertEquals(vm.questionProperty().get().choices().get(1), vm.given());
            return null;
        });
    }

    @Test
    void aTypedCodeTakesThreeDigitsAndBackspace() throws Exception {
        LearnViewModel vm = started(() -> null);
        skipTo(vm, QuestionKind.TYPE_CODE);
        onFx(() -> {
            "4041".chars().forEach(c -> vm.typeDigit((char) c));
            assertEquals("404", vm.typedProperty().get());
            vm.backspace();
            vm.typeDigit('x');
            assertEquals("40", vm.typedProperty().get());
            vm.pick(1);
            assertEquals(-1, vm.pickedProperty().get());
            return null;
        });
    }

    @Test
    void practiseMyMistakesAsksOnlyTheLastSessionsMissedQuestions() throws Exception {
        LearnViewModel vm = started(() -> null);
        assertFalse(onFx(vm::practiseMistakes), "no session finished yet");
        assertTrue(onFx(() -> vm.messageProperty().get()).startsWith("No mistakes"));
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Question q = onFx(() -> vm.questionProperty().get());
            answer(vm, i != 3 && i != 8);
            if (i == 3 || i == 8) {
                missed.add(q.id());
            }
            onFx(() -> {
                vm.next();
                return null;
            });
        }
        assertTrue(onFx(vm::practiseMistakes));
        assertEquals(missed, onFx(vm::session).stream().map(Question::id).toList());
    }

    @Test
    void anUnreadableProgressFileIsSetAsideWithAMessageAndPracticeStartsFresh() throws Exception {
        Files.writeString(data.resolve(ProgressStore.FILE_NAME), "{\"version\": 1,");
        LearnViewModel vm = started(() -> null);
        String message = onFx(() -> vm.messageProperty().get());
        assertTrue(message.contains("could not be read") && message.contains("practice starts fresh"), message);
        assertTrue(Files.isDirectory(data.resolve("set-aside")));
        assertEquals(10, onFx(vm::session).size());
        assertTrue(onFx(() -> vm.progress().cards().isEmpty()));
    }

    @Test
    void aSaveThatFailsIsToldWithThePlaceAndPracticeGoesOn() throws Exception {
        Path blocked = Files.writeString(data.resolve("not-a-folder"), "in the way");
        LearnViewModel vm = started(() -> null, blocked);
        answer(vm, true);
        vm.idle().get(10, TimeUnit.SECONDS);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (onFx(() -> vm.messageProperty().get()).isEmpty()) {
            assertTrue(System.nanoTime() < end, "no message");
            Thread.sleep(5);
        }
        String message = onFx(() -> vm.messageProperty().get());
        assertTrue(message.contains("could not be saved") && message.contains(blocked.toString()), message);
        onFx(() -> {
            vm.next();
            return null;
        });
        assertEquals(LearnViewModel.Phase.ASKING, onFx(() -> vm.phaseProperty().get()));
    }

    @Test
    void myCheatSheetIsWrittenInTheBackgroundWithTheWeakSpotsMarked() throws Exception {
        LearnViewModel vm = started(() -> null);
        Question missed = onFx(() -> vm.questionProperty().get());
        answer(vm, false);
        Path target = data.resolve("sheet.md");
        onFx(() -> vm.exportCheatSheet(target)).get(10, TimeUnit.SECONDS);
        String md = Files.readString(target);
        String row = md.lines()
                .filter(l -> l.contains("**" + missed.code() + " "))
                .findFirst()
                .orElseThrow();
        assertTrue(row.startsWith("| " + CheatSheet.WEAK), row);
        assertEquals("Cheat-sheet written to " + target, onFx(() -> vm.messageProperty()
                .get()));
    }
}
