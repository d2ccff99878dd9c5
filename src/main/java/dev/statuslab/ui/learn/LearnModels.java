package dev.statuslab.ui.learn;

import dev.statuslab.client.ExchangeSender;
import dev.statuslab.core.learn.CheatSheet;
import dev.statuslab.core.learn.LearnData;
import dev.statuslab.core.learn.ProgressStore;
import dev.statuslab.core.learn.QuestionBank;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Builds Learn mode over the app's simulator, client, data folder and background executor. */
public final class LearnModels {

    private LearnModels() {}

    public static LearnViewModel viewModel(
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
