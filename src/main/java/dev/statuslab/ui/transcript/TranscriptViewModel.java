package dev.statuslab.ui.transcript;

import dev.statuslab.core.io.IoMessages;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.TranscriptFiles;
import dev.statuslab.core.workbench.Secrets;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Exporting the history (all of it or the rows chosen) to HAR 1.2 or Markdown, the values of secret
 * variables written as {@code {{name}}}, and importing a
 * HAR file into it. Files are read and written on the background executor; what happened is
 * applied on {@code fx} and told through {@code say} (the status bar). A failure changes nothing:
 * an existing file is not touched, and a refused import adds nothing.
 */
public final class TranscriptViewModel {

    /**
     * The history as this view model sees it: what it exports and where imports go.
     *
     * @param all         every exchange, newest first
     * @param chosen      the rows the user chose (or the selected one), newest first
     * @param addImported puts imported exchanges into the history and selects the newest; returns
     *                    those that were new (an exchange already there is skipped)
     * @param secrets     the secret values (name to value) to keep out of an exchange's export: it is
     *                    written with {@code {{name}}} instead of each
     */
    public record Rows(
            Supplier<List<Exchange>> all,
            Supplier<List<Exchange>> chosen,
            Function<List<Exchange>, List<Exchange>> addImported,
            Function<Exchange, Map<String, String>> secrets) {
        public Rows {
            Objects.requireNonNull(all, "all");
            Objects.requireNonNull(chosen, "chosen");
            Objects.requireNonNull(addImported, "addImported");
            Objects.requireNonNull(secrets, "secrets");
        }

        /** Rows without secrets to keep out. */
        public Rows(
                Supplier<List<Exchange>> all,
                Supplier<List<Exchange>> chosen,
                Function<List<Exchange>, List<Exchange>> addImported) {
            this(all, chosen, addImported, exchange -> Map.of());
        }
    }

    /** How an export or import ended, for the window to show a problem in a dialog. */
    public record Outcome(boolean ok, String message) {}

    private final StatusCatalog statuses;
    private final Rows history;
    private final Path spoolDirectory;
    private final Executor background;
    private final Executor fx;
    private final Consumer<String> say;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /**
     * @param spoolDirectory where the large bodies of imported exchanges are kept
     * @param say            the status-bar message, called on {@code fx}
     */
    public TranscriptViewModel(
            StatusCatalog statuses,
            Rows history,
            Path spoolDirectory,
            Executor background,
            Executor fx,
            Consumer<String> say) {
        this.statuses = statuses;
        this.history = history;
        this.spoolDirectory = spoolDirectory;
        this.background = background;
        this.fx = fx;
        this.say = say;
    }

    /** True while a file is being read or written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The file name offered in the save dialog, e.g. {@code statuslab-2026-11-23.har}. */
    public static String suggestedName(LocalDate today) {
        return "statuslab-" + today + ".har";
    }

    /** Exports the whole history, oldest first. */
    public CompletableFuture<Outcome> exportAll(Path target) {
        return export(List.copyOf(history.all().get()), target);
    }

    /** Exports the chosen rows, oldest first (the selected one when only one is chosen). */
    public CompletableFuture<Outcome> exportChosen(Path target) {
        return export(history.chosen().get(), target);
    }

    private CompletableFuture<Outcome> export(List<Exchange> newestFirst, Path target) {
        if (newestFirst.isEmpty()) {
            return done(new Outcome(false, "There is nothing to export yet"));
        }
        List<Exchange> oldestFirst = newestFirst.stream()
                .sorted(Comparator.comparing(Exchange::startedAt))
                .toList();
        List<Map<String, String>> secrets =
                oldestFirst.stream().map(history.secrets()).toList(); // looked up here, applied in the background
        TranscriptFiles.Format format =
                TranscriptFiles.Format.forFileName(target.getFileName().toString());
        busy.set(true);
        return CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                List<Exchange> written = new ArrayList<>();
                                for (int i = 0; i < oldestFirst.size(); i++) {
                                    written.add(Secrets.redact(oldestFirst.get(i), secrets.get(i)));
                                }
                                TranscriptFiles.export(written, statuses, target, format);
                                return new Outcome(
                                        true,
                                        "Exported " + count(oldestFirst.size()) + " to " + target + " ("
                                                + format.title() + ")");
                            } catch (IOException e) {
                                throw new CompletionException(e);
                            }
                        },
                        background)
                .handleAsync(
                        (outcome, error) -> {
                            busy.set(false);
                            Outcome result = error == null
                                    ? outcome
                                    : new Outcome(
                                            false,
                                            "Could not write " + target + ": " + IoMessages.reason(error)
                                                    + ". Nothing was changed there.");
                            say.accept(result.message());
                            return result;
                        },
                        fx);
    }

    /** Imports a HAR file: its entries join the history at the top, or nothing changes. */
    public CompletableFuture<Outcome> importHar(Path source) {
        busy.set(true);
        return CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                return TranscriptFiles.importHar(source, spoolDirectory);
                            } catch (IOException e) {
                                throw new CompletionException(e);
                            }
                        },
                        background)
                .handleAsync(
                        (imported, error) -> {
                            busy.set(false);
                            Outcome result;
                            if (error != null) {
                                result = new Outcome(
                                        false,
                                        "Could not import " + source + ": " + IoMessages.reason(error)
                                                + ". The history is unchanged.");
                            } else {
                                int added =
                                        history.addImported().apply(imported).size();
                                result = new Outcome(
                                        true,
                                        importMessage(
                                                imported.size(),
                                                added,
                                                source.getFileName().toString()));
                            }
                            say.accept(result.message());
                            return result;
                        },
                        fx);
    }

    private CompletableFuture<Outcome> done(Outcome outcome) {
        return CompletableFuture.supplyAsync(
                () -> {
                    say.accept(outcome.message());
                    return outcome;
                },
                fx);
    }

    static String importMessage(int read, int added, String file) {
        if (read == 0) {
            return "Imported no exchanges from " + file + ": it has no entries";
        }
        if (added == 0) {
            return "Imported nothing from " + file + ": "
                    + (read == 1 ? "its exchange is" : "all " + count(read) + " are") + " already in the history";
        }
        String skipped = read == added
                ? ""
                : "; " + count(read - added) + " already in the history " + (read - added == 1 ? "was" : "were")
                        + " skipped";
        return "Imported " + count(added) + " from " + file + skipped;
    }

    private static String count(int n) {
        return n == 1 ? "1 exchange" : n + " exchanges";
    }
}
