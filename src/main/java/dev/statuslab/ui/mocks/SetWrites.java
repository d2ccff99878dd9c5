package dev.statuslab.ui.mocks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The mock sets' disk work, one piece after another in the background: a write that fails is
 * reported (the sets stay in memory and are served), and the next save that works says so.
 */
final class SetWrites {

    /** One piece of disk work. */
    interface Write {
        void run() throws IOException;
    }

    private final Executor background;
    private final Executor fx;
    private final Consumer<String> messages;
    private final Consumer<String> report;
    private final Supplier<Path> file;
    private CompletableFuture<?> io = CompletableFuture.completedFuture(null);
    private boolean saveFailing;

    /** @param file the file named when a save fails or works again */
    SetWrites(
            Executor background, Executor fx, Consumer<String> messages, Consumer<String> report, Supplier<Path> file) {
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.report = Objects.requireNonNull(report, "report");
        this.file = Objects.requireNonNull(file, "file");
    }

    /** Reads in the background once the work asked for before is over. */
    <T> CompletableFuture<T> read(Supplier<T> work) {
        CompletableFuture<T> read = io.handle((v, e) -> null).thenApplyAsync(v -> work.get(), background);
        io = read;
        return read;
    }

    /** Writes in the background once the work asked for before is over; {@code what} as in "saved". */
    void write(Write work, String what) {
        CompletableFuture<Void> write = io.handle((v, e) -> null)
                .thenRunAsync(
                        () -> {
                            try {
                                work.run();
                            } catch (IOException e) {
                                throw new CompletionException(e);
                            }
                        },
                        background);
        io = write;
        write.whenCompleteAsync((v, error) -> written(what, error), fx);
    }

    /** Completes when every piece of work asked for so far is over. */
    CompletableFuture<Void> idle() {
        return io.handle((v, e) -> null);
    }

    private void written(String what, Throwable error) {
        if (error != null) {
            Throwable cause =
                    error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            saveFailing = true;
            report.accept("The mocks could not be saved to " + file.get() + ": " + cause.getMessage()
                    + ". They are kept in memory and served for this session");
        } else if (saveFailing && what.equals("saved")) {
            saveFailing = false;
            report.accept("");
            messages.accept("The mocks are saved again to " + file.get());
        }
    }
}
