package dev.statuslab.ui.mainwindow;

import dev.statuslab.core.workbench.CookieJar;
import dev.statuslab.ui.catalogue.CatalogueViewModel;
import dev.statuslab.ui.collections.CollectionsViewModel;
import dev.statuslab.ui.composer.ComposerViewModel;
import dev.statuslab.ui.environments.EnvironmentsViewModel;
import dev.statuslab.ui.explanation.ExplanationViewModel;
import dev.statuslab.ui.history.HistoryViewModel;
import dev.statuslab.ui.mocks.MocksViewModel;
import dev.statuslab.ui.proxy.ProxyViewModel;
import dev.statuslab.ui.response.ResponseViewModel;
import dev.statuslab.ui.tls.TlsViewModel;
import dev.statuslab.ui.transcript.TranscriptViewModel;
import java.util.Objects;

/** The view models of the window's panes, built by the composition root and handed to {@link MainViewModel}. */
public record Panes(
        CatalogueViewModel catalogue,
        ComposerViewModel composer,
        ResponseViewModel response,
        ExplanationViewModel explanation,
        HistoryViewModel history,
        TranscriptViewModel transcript,
        MocksViewModel mocks,
        TlsViewModel tls,
        ProxyViewModel proxy,
        CookieJar cookies,
        CollectionsViewModel collections,
        EnvironmentsViewModel environments) {

    public Panes {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(composer, "composer");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(mocks, "mocks");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(proxy, "proxy");
        Objects.requireNonNull(cookies, "cookies");
        Objects.requireNonNull(collections, "collections");
        Objects.requireNonNull(environments, "environments");
    }
}
