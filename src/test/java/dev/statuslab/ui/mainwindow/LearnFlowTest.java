package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.mainwindow.WindowProbe.text;
import static dev.statuslab.ui.mainwindow.WindowProbe.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.learn.CheatSheet;
import dev.statuslab.core.learn.LearnData;
import dev.statuslab.core.learn.ProgressStore;
import dev.statuslab.core.learn.Question;
import dev.statuslab.core.learn.QuestionBank;
import dev.statuslab.core.learn.TestClock;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.ui.learn.LearnView;
import dev.statuslab.ui.learn.LearnViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Learn mode in the real window, against the real simulator, from the keyboard only: Ctrl+Shift+L
 * opens it, ten questions are answered with digits, Enter and Space (some wrong), each verdict
 * shows the simulator's live status line, the summary counts them, and after a relaunch (a new
 * view model over the same data folder) the missed questions are asked first.
 */
@ExtendWith(ApplicationExtension.class)
class LearnFlowTest {

    @RegisterExtension
    static final WindowTestBed BED = new WindowTestBed();

    private static final StatusCatalog STATUSES = WindowTestBed.STATUSES;
    private static final LearnData DATA = LearnData.load();
    private static final QuestionBank BANK = QuestionBank.generate(ScenarioCatalog.load(STATUSES), STATUSES, DATA);

    @TempDir
    static Path temp;

    private Path data;
    private final TestClock clock = new TestClock(Instant.parse("2026-12-04T10:00:00Z"));
    private WireClient client;
    private ExecutorService background;
    private MainViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        data = Files.createDirectories(temp.resolve("data"));
        background = Executors.newFixedThreadPool(2);
        client = new WireClient(WireClient.Options.defaults());
        vm = WindowModels.inMemory(ScenarioCatalog.load(STATUSES), STATUSES, client, background, Platform::runLater)
                .build();
        window = new MainWindow(vm, stage, BED.prefs(), url -> {});
        WindowProbe.sizeForTests(stage);
        stage.show();
        vm.simulatorStarted(BED.server().baseUri(), null);
    }

    @AfterEach
    void close() throws InterruptedException {
        client.close();
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
    }

    private LearnViewModel learnOverTheDataFolder() {
        return new LearnViewModel(
                BANK,
                STATUSES,
                new CheatSheet(STATUSES, DATA, BANK),
                client,
                vm.baseUriProperty()::get,
                ProgressStore.inDataDirectory(data, clock),
                clock,
                background,
                Platform::runLater);
    }

    @Test
    void tenQuestionsFromTheKeyboardThenASummaryAndAfterARelaunchTheMissedOnesFirst(FxRobot robot) throws Exception {
        LearnView learn = WaitForAsyncUtils.asyncFx(() -> window.addLearn(this::learnOverTheDataFolder, background))
                .get(10, TimeUnit.SECONDS);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() ->
                learn.viewModel() != null && learn.viewModel().phaseProperty().get() == LearnViewModel.Phase.ASKING);
        LearnViewModel first = learn.viewModel();
        assertTrue(learn.stage().isShowing());

        List<String> missed = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Question q = first.questionProperty().get();
            boolean right = i % 3 != 1;
            waitFor(() -> text(robot, "#learn-prompt").equals(q.prompt().replace("`", "")));
            answerFromTheKeyboard(robot, q, right);
            robot.type(KeyCode.ENTER);
            waitFor(() -> first.phaseProperty().get() == LearnViewModel.Phase.CHECKED);
            assertEquals(right ? "✓ Right" : "✗ Not quite", text(robot, "#learn-verdict"), q.id());
            if (q.hasRequest()) {
                assertTrue(
                        text(robot, "#learn-live-status").startsWith("HTTP/1.1 "), text(robot, "#learn-live-status"));
            }
            if (!right) {
                missed.add(q.id());
            }
            robot.type(KeyCode.SPACE);
        }
        waitFor(() -> first.phaseProperty().get() == LearnViewModel.Phase.SUMMARY);
        String summary = text(robot, "#learn-summary");
        assertTrue(summary.startsWith("7 of 10 right (70 %)"), summary);
        assertTrue(text(robot, "#learn-weak").startsWith("Weak codes: "), text(robot, "#learn-weak"));
        first.idle().get(10, TimeUnit.SECONDS);
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !learn.stage().isShowing());

        clock.advance(Duration.ofMinutes(30));
        LearnView relaunched = WaitForAsyncUtils.asyncFx(() -> {
                    LearnView view = new LearnView(
                            this::learnOverTheDataFolder,
                            background,
                            window.scene().getWindow());
                    view.show();
                    return view;
                })
                .get(10, TimeUnit.SECONDS);
        waitFor(() -> relaunched.viewModel() != null
                && relaunched.viewModel().phaseProperty().get() == LearnViewModel.Phase.ASKING);
        List<String> firstThree = relaunched.viewModel().session().subList(0, 3).stream()
                .map(Question::id)
                .toList();
        assertEquals(Set.copyOf(missed), Set.copyOf(firstThree));
        Question shown = relaunched.viewModel().questionProperty().get();
        assertTrue(missed.contains(shown.id()));
        waitFor(() -> text(robot, "#learn-prompt").equals(shown.prompt().replace("`", "")));
        robot.interact(() -> relaunched.stage().hide());
    }

    private static void answerFromTheKeyboard(FxRobot robot, Question q, boolean right) {
        if (q.kind().picked()) {
            String wanted = right
                    ? q.answer()
                    : q.choices().stream()
                            .filter(c -> !c.equals(q.answer()))
                            .findFirst()
                            .orElseThrow();
            robot.type(KeyCode.valueOf("DIGIT" + (q.choices().indexOf(wanted) + 1)));
        } else {
            String code = right ? q.answer() : q.answer().equals("599") ? "598" : "599";
            for (char c : code.toCharArray()) {
                robot.type(KeyCode.valueOf("DIGIT" + c));
            }
        }
    }
}
