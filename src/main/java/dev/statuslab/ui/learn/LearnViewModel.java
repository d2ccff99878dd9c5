package dev.statuslab.ui.learn;

import dev.statuslab.client.ExchangeSender;
import dev.statuslab.core.learn.Answer;
import dev.statuslab.core.learn.CheatSheet;
import dev.statuslab.core.learn.Leitner;
import dev.statuslab.core.learn.Mastery;
import dev.statuslab.core.learn.Progress;
import dev.statuslab.core.learn.ProgressStore;
import dev.statuslab.core.learn.Question;
import dev.statuslab.core.learn.QuestionBank;
import dev.statuslab.core.learn.QuestionKind;
import dev.statuslab.core.status.StatusCatalog;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Learn mode: a session of ten questions chosen by the Leitner scheduler, answered from the
 * keyboard ({@link #pick}, {@link #typeDigit}, {@link #check}, {@link #next}); each answer is
 * checked against the live simulator ({@link LiveCheck}, off the FX thread) and the real response
 * shown beside the guess ({@link Reveal}); a summary at the end; "Practise my mistakes"; mastery;
 * "My cheat-sheet". Progress is loaded and saved on the background executor, in order.
 */
public final class LearnViewModel {

    /** What the screen shows. */
    public enum Phase {
        LOADING,
        ASKING,
        CHECKING,
        CHECKED,
        SUMMARY
    }

    /** The size of a session. */
    public static final int SESSION = 10;

    private final QuestionBank bank;
    private final LiveCheck live;
    private final Supplier<URI> base;
    private final ProgressKeeper files;
    private final Leitner leitner;
    private final Executor fx;

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.LOADING);
    private final ReadOnlyObjectWrapper<Question> question = new ReadOnlyObjectWrapper<>(this, "question");
    private final AnswerInput input = new AnswerInput();
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");
    private final ReadOnlyObjectWrapper<Reveal> reveal = new ReadOnlyObjectWrapper<>(this, "reveal");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    private final Reveal.Maker reveals;
    private final MasteryBoard board;
    private Progress progress = Progress.empty();
    private SessionRun run = SessionRun.none();

    /**
     * @param base       the simulator's base URI, or null while it is not running (answers are then
     *                   judged by the questions' own keys)
     * @param background where the progress file is read and written
     * @param fx         where results are applied (the FX thread in the app, {@code Runnable::run} in tests)
     */
    public LearnViewModel(
            QuestionBank bank,
            StatusCatalog statuses,
            CheatSheet sheet,
            ExchangeSender sender,
            Supplier<URI> base,
            ProgressStore store,
            Clock clock,
            Executor background,
            Executor fx) {
        this.bank = Objects.requireNonNull(bank, "bank");
        this.live = new LiveCheck(sender);
        this.base = Objects.requireNonNull(base, "base");
        this.leitner = new Leitner(clock);
        this.fx = Objects.requireNonNull(fx, "fx");
        this.files = new ProgressKeeper(
                Objects.requireNonNull(store, "store"),
                Objects.requireNonNull(sheet, "sheet"),
                Objects.requireNonNull(background, "background"),
                fx,
                message::set);
        this.reveals = new Reveal.Maker(statuses);
        this.board = new MasteryBoard(bank);
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Question> questionProperty() {
        return question.getReadOnlyProperty();
    }
    /** The picked choice, 0-based; -1 for none. */
    public ReadOnlyIntegerProperty pickedProperty() {
        return input.pickedProperty();
    }

    public ReadOnlyStringProperty typedProperty() {
        return input.typedProperty();
    }
    /** "Question 3 of 10 · Level 1: The cheat-sheet's seven codes". */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }
    /** The verdict and the live response after a check; null before. */
    public ReadOnlyObjectProperty<Reveal> revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
    /** Streak, sessions, and which levels are open. */
    public ReadOnlyStringProperty statusProperty() {
        return board.statusProperty();
    }
    /** A problem to tell the user (a progress file set aside, a save that failed), or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<Mastery.ClassMastery> masteryProperty() {
        return board.masteryProperty();
    }
    /** "Weak codes: 302, 405", or that there are none yet. */
    public ReadOnlyStringProperty weakProperty() {
        return board.weakProperty();
    }

    /** The progress as it stands (for the cheat-sheet and tests). */
    public Progress progress() {
        return progress;
    }

    /** The questions of the current session, in order. */
    public List<Question> session() {
        return run.questions();
    }

    /** Loads the progress in the background, then starts a session. */
    public CompletableFuture<Void> start() {
        return files.load()
                .thenAcceptAsync(
                        loaded -> {
                            progress = loaded.progress();
                            message.set(loaded.problem() == null ? "" : loaded.problem());
                            newSession();
                        },
                        fx);
    }

    /** A new session of {@link #SESSION} questions, missed and due ones first. */
    public void newSession() {
        begin(leitner.session(bank, progress, SESSION));
    }

    /** A session of the questions missed in the last finished session; false when there were none. */
    public boolean practiseMistakes() {
        List<Question> missed = Leitner.mistakes(bank, progress);
        if (missed.isEmpty()) {
            message.set("No mistakes to practise: the last session had none.");
            return false;
        }
        begin(missed);
        return true;
    }

    /** Picks choice {@code n} (1-based, as the digit keys); ignored for a typed question or after checking. */
    public void pick(int n) {
        if (phase.get() == Phase.ASKING) {
            input.pick(question.get(), n);
        }
    }

    /** Types one digit of a code (at most three); ignored for a picked question or after checking. */
    public void typeDigit(char digit) {
        if (phase.get() == Phase.ASKING) {
            input.typeDigit(question.get(), digit);
        }
    }

    public void backspace() {
        if (phase.get() == Phase.ASKING) {
            input.backspace();
        }
    }

    /** The answer given so far: the picked choice or the typed digits; "" for none. */
    public String given() {
        return input.given(question.get());
    }

    /** Checks the answer: asks the simulator (off this thread), then shows the verdict beside its response. */
    public void check() {
        if (phase.get() != Phase.ASKING || given().isEmpty()) {
            return;
        }
        Question q = question.get();
        String given = given();
        phase.set(Phase.CHECKING);
        live.run(q, base.get()).whenCompleteAsync((result, error) -> judged(q, given, result, error), fx);
    }

    private void judged(Question q, String given, LiveCheck.Result result, Throwable error) {
        if (question.get() != q || phase.get() != Phase.CHECKING) {
            return;
        }
        boolean liveKey = error == null && result.key() != null;
        Answer answer = new Answer(q, given, liveKey ? result.key() : q.answer(), liveKey);
        run.record(answer);
        progress = leitner.answer(progress, q.id(), answer.right());
        save();
        reveal.set(reveals.make(answer, result, error));
        refreshMastery();
        phase.set(Phase.CHECKED);
    }

    /** The next question, or the summary after the last. */
    public void next() {
        if (phase.get() != Phase.CHECKED) {
            return;
        }
        if (run.advance()) {
            show();
            return;
        }
        progress = leitner.finishSession(progress, run.missed());
        save();
        summary.set(run.summary());
        refreshStatus();
        question.set(null);
        phase.set(Phase.SUMMARY);
    }

    /** Writes "My cheat-sheet" (Markdown, or HTML for .html) in the background. */
    public CompletableFuture<Void> exportCheatSheet(Path target) {
        return files.export(target, progress);
    }

    /** Completes when every save asked for so far has finished. */
    public CompletableFuture<Void> idle() {
        return files.idle();
    }

    private void begin(List<Question> questions) {
        run = new SessionRun(questions);
        summary.set("");
        refreshStatus();
        refreshMastery();
        if (run.isEmpty()) {
            question.set(null);
            summary.set("No questions are due.");
            phase.set(Phase.SUMMARY);
            return;
        }
        show();
    }

    private void show() {
        Question q = run.current();
        input.clear();
        reveal.set(null);
        question.set(q);
        position.set(run.position());
        phase.set(Phase.ASKING);
    }

    private void save() {
        files.save(progress);
    }

    private void refreshMastery() {
        board.refreshMastery(progress);
    }

    private void refreshStatus() {
        board.refreshStatus(progress);
    }

    /** Whether the current question is typed, for the view's key handling. */
    public boolean typing() {
        Question q = question.get();
        return q != null && q.kind() == QuestionKind.TYPE_CODE;
    }
}
