package dev.statuslab.ui.learn;

import dev.statuslab.core.io.IoMessages;
import dev.statuslab.core.learn.CheatSheet;
import dev.statuslab.core.learn.Leitner;
import dev.statuslab.core.learn.Level;
import dev.statuslab.core.learn.Progress;
import dev.statuslab.core.learn.ProgressStore;
import dev.statuslab.core.learn.QuestionBank;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Learn mode's files, kept off the FX thread: the progress loaded, saved after every answer (one
 * save after another, in order), and "My cheat-sheet" written. Problems are told in a sentence.
 */
final class ProgressKeeper {

    private final ProgressStore store;
    private final CheatSheet sheet;
    private final Executor background;
    private final Executor fx;
    private final Consumer<String> tell;
    private CompletableFuture<Void> saving = CompletableFuture.completedFuture(null);

    ProgressKeeper(ProgressStore store, CheatSheet sheet, Executor background, Executor fx, Consumer<String> tell) {
        this.store = store;
        this.sheet = sheet;
        this.background = background;
        this.fx = fx;
        this.tell = tell;
    }

    CompletableFuture<ProgressStore.Loaded> load() {
        return CompletableFuture.supplyAsync(store::load, background);
    }

    /**
     * Saves {@code snapshot} after the saves before it; a failure is told on the FX executor. The
     * chain itself never waits for the FX thread, so {@link #idle()} may be awaited there.
     */
    void save(Progress snapshot) {
        saving = saving.thenRunAsync(
                        () -> {
                            try {
                                store.save(snapshot);
                            } catch (IOException e) {
                                throw new CompletionException(e);
                            }
                        },
                        background)
                .handle((ok, error) -> {
                    if (error != null) {
                        fx.execute(() -> tell.accept(reason(error)));
                    }
                    return null;
                });
    }

    /** Completes when every save asked for so far has finished. */
    CompletableFuture<Void> idle() {
        return saving;
    }

    CompletableFuture<Void> export(Path target, Progress snapshot) {
        return CompletableFuture.runAsync(
                        () -> {
                            try {
                                sheet.write(target, snapshot);
                            } catch (IOException e) {
                                throw new CompletionException(e);
                            }
                        },
                        background)
                .whenCompleteAsync(
                        (ok, error) -> tell.accept(
                                error == null
                                        ? "Cheat-sheet written to " + target
                                        : "The cheat-sheet could not be written to " + target + " (" + reason(error)
                                                + ")"),
                        fx);
    }

    /** "Streak: 2 days · 5 sessions · open levels: 1 (85 % known), 2 (10 % known)". */
    static String describe(QuestionBank bank, Progress progress) {
        StringBuilder open = new StringBuilder();
        for (Level level : Level.values()) {
            if (Leitner.isOpen(bank, progress, level)) {
                open.append(open.isEmpty() ? "" : ", ")
                        .append(level.number())
                        .append(" (")
                        .append(Math.round(Leitner.known(bank, progress, level) * 100))
                        .append(" % known)");
            }
        }
        return "Streak: " + progress.streakDays() + (progress.streakDays() == 1 ? " day" : " days") + " · "
                + progress.sessions() + " sessions · open levels: " + open;
    }

    static String reason(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof Exception e ? IoMessages.reason(e) : String.valueOf(cause);
    }
}
