package dev.statuslab.app;

import dev.statuslab.client.ExchangeSender;
import dev.statuslab.core.learn.CheatSheet;
import dev.statuslab.core.learn.LearnData;
import dev.statuslab.core.learn.ProgressStore;
import dev.statuslab.core.learn.QuestionBank;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.ui.learn.LearnView;
import dev.statuslab.ui.learn.LearnViewModel;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds Learn mode over the app's simulator, client, data folder and background executor. */
final class LearnWiring {

    private static final Logger LOG = LoggerFactory.getLogger(LearnWiring.class);

    private LearnWiring() {}

    /** The last progress save still reaches the file when the app closes (up to a few seconds). */
    static void finishWrites(LearnView learn) {
        if (learn == null || learn.viewModel() == null) {
            return;
        }
        try {
            learn.viewModel().idle().get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("The learn progress file may not hold the last answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static LearnViewModel viewModel(
            StatusCatalog statuses,
            ScenarioCatalog scenarios,
            ExchangeSender client,
            Supplier<URI> base,
            Path dataDirectory,
            Executor background) {
        LearnData data = LearnData.load();
        QuestionBank bank = QuestionBank.generate(scenarios, statuses, data);
        Clock clock = Clock.systemDefaultZone();
        return new LearnViewModel(
                bank,
                statuses,
                new CheatSheet(statuses, data, bank),
                client,
                base,
                ProgressStore.inDataDirectory(dataDirectory, clock),
                clock,
                background,
                Platform::runLater);
    }
}
