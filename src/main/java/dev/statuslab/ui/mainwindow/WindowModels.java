package dev.statuslab.ui.mainwindow;

import dev.statuslab.client.ExchangeSender;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.tls.TrustedCertificates;
import dev.statuslab.core.transcript.HistoryStore;
import dev.statuslab.core.workbench.CookieJar;
import dev.statuslab.core.workbench.Secrets;
import dev.statuslab.core.workbench.Variable;
import dev.statuslab.ui.catalogue.CatalogueViewModel;
import dev.statuslab.ui.collections.CollectionsViewModel;
import dev.statuslab.ui.common.Scheduler;
import dev.statuslab.ui.common.StatusMessages;
import dev.statuslab.ui.composer.ComposerViewModel;
import dev.statuslab.ui.environments.EnvironmentsViewModel;
import dev.statuslab.ui.explanation.ExplanationViewModel;
import dev.statuslab.ui.history.HistoryViewModel;
import dev.statuslab.ui.mocks.MocksViewModel;
import dev.statuslab.ui.proxy.ProxyViewModel;
import dev.statuslab.ui.response.BodyViewModel;
import dev.statuslab.ui.response.ResponseViewModel;
import dev.statuslab.ui.tls.TlsViewModel;
import dev.statuslab.ui.transcript.TranscriptViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The part of the composition root that builds the window's view models and hands each what it
 * needs; the window tests build theirs through it too, so they run the app's wiring.
 *
 * @param store       where the history is saved and restored from; null keeps it in memory
 * @param mockWiring  where the user's mocks are saved and who serves them
 * @param importSpool where large bodies of imported HAR files are kept
 * @param background  file and decoding work
 * @param fx          where results are applied (the FX thread)
 * @param scheduler   delayed work on the FX thread
 */
public record WindowModels(
        ScenarioCatalog scenarios,
        StatusCatalog statuses,
        ExchangeSender sender,
        HistoryStore store,
        MocksViewModel.Wiring mockWiring,
        Path importSpool,
        Executor background,
        Executor fx,
        Scheduler scheduler,
        TrustedCertificates trusted) {

    public WindowModels {
        Objects.requireNonNull(scenarios, "scenarios");
        Objects.requireNonNull(statuses, "statuses");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(mockWiring, "mockWiring");
        Objects.requireNonNull(importSpool, "importSpool");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(fx, "fx");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(trusted, "trusted");
    }

    /** A window whose history and mocks live in memory, with imported bodies under the temporary folder. */
    public static WindowModels inMemory(
            ScenarioCatalog scenarios,
            StatusCatalog statuses,
            ExchangeSender sender,
            Executor background,
            Executor fx) {
        return new WindowModels(
                scenarios,
                statuses,
                sender,
                null,
                MocksViewModel.Wiring.none(),
                Path.of(System.getProperty("java.io.tmpdir"), "statuslab-imports"),
                background,
                fx,
                Scheduler.after(fx),
                TrustedCertificates.inMemory());
    }

    public WindowModels withStore(HistoryStore newStore, Path newImportSpool) {
        return new WindowModels(
                scenarios, statuses, sender, newStore, mockWiring, newImportSpool, background, fx, scheduler, trusted);
    }

    public WindowModels withMocks(MocksViewModel.Wiring newWiring) {
        return new WindowModels(
                scenarios, statuses, sender, store, newWiring, importSpool, background, fx, scheduler, trusted);
    }

    public WindowModels withScheduler(Scheduler newScheduler) {
        return new WindowModels(
                scenarios, statuses, sender, store, mockWiring, importSpool, background, fx, newScheduler, trusted);
    }

    /** The certificates the user trusts per host (issue 11), kept in the data folder. */
    public WindowModels withTrust(TrustedCertificates newTrusted) {
        return new WindowModels(
                scenarios, statuses, sender, store, mockWiring, importSpool, background, fx, scheduler, newTrusted);
    }

    /** Builds the panes' view models and the window's, wired to each other. */
    public MainViewModel build() {
        StatusMessages messages = new StatusMessages();
        CatalogueViewModel catalogue = new CatalogueViewModel(scenarios);
        HistoryViewModel history = new HistoryViewModel(store);
        CollectionsViewModel collections = new CollectionsViewModel();
        EnvironmentsViewModel environments = new EnvironmentsViewModel();
        history.setKnownSecrets(() -> knownSecrets(environments, collections)); // an earlier launch's exchanges
        Panes panes = new Panes(
                catalogue,
                new ComposerViewModel(),
                new ResponseViewModel(new BodyViewModel(background, fx)),
                new ExplanationViewModel(statuses),
                history,
                new TranscriptViewModel(
                        statuses,
                        new TranscriptViewModel.Rows(
                                history::exchanges,
                                history::chosenOrSelected,
                                history::addImported,
                                history::secretsOf),
                        importSpool,
                        background,
                        fx,
                        messages),
                new MocksViewModel(catalogue, statuses, mockWiring, background, fx, messages),
                new TlsViewModel(trusted, background, fx, messages::say),
                new ProxyViewModel(fx, messages::say),
                new CookieJar(),
                collections,
                environments);
        return new MainViewModel(panes, sender, messages, scheduler, fx);
    }

    /** The values of the secret variables the environments and the collections hold now, by name. */
    private static Map<String, String> knownSecrets(
            EnvironmentsViewModel environments, CollectionsViewModel collections) {
        List<Variable> known = new ArrayList<>();
        environments.environments().forEach(e -> known.addAll(e.variables()));
        collections.collections().forEach(c -> known.addAll(c.variables()));
        return Secrets.values(known);
    }
}
