package dev.statuslab.ui.mainwindow;

import dev.statuslab.client.ExchangeSender;
import dev.statuslab.core.transcript.Curl;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.workbench.CookieJar;
import dev.statuslab.core.workbench.RequestBuilder;
import dev.statuslab.core.workbench.VariableContext;
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
import dev.statuslab.ui.response.ResponseViewModel;
import dev.statuslab.ui.tls.TlsViewModel;
import dev.statuslab.ui.transcript.TranscriptViewModel;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The window's state: the panes' view models, the simulator's address, and the commands that
 * involve more than one pane (send, cancel, edit and resend, follow a redirect, reset). Network
 * work happens in the {@link ExchangeSender}; results are applied through {@code fx}.
 */
public final class MainViewModel {

    private final Panes panes;
    private final CatalogueViewModel catalogue;
    private final ComposerViewModel composer;
    private final HistoryViewModel history;
    private final TlsViewModel tls;
    private final ExchangeSender sender;
    private final StatusMessages messages;
    private final InFlight inFlight;
    private final TabsViewModel tabs;
    /** The cookie jar (RFC 6265): filled from Set-Cookie, sent on matching requests unless a tab turns it off. */
    private final CookieJar jar;

    private final CollectionsViewModel collections;
    private final RequestAssembly assembly;
    private final SimulatorStatus simulator;
    private final Opening opening;
    private final Answers answers;
    static final Duration SENDING_NOTICE_DELAY = InFlight.NOTICE_DELAY;

    /**
     * @param panes     the panes' view models, built by the composition root
     * @param sender    where requests go (the client, or a stand-in in tests)
     * @param messages  the status-bar message the panes also speak through
     * @param scheduler runs the delayed "waiting" notice of a slow request (on the FX thread)
     * @param fx        where results are applied (the FX thread)
     */
    public MainViewModel(
            Panes panes, ExchangeSender sender, StatusMessages messages, Scheduler scheduler, Executor fx) {
        this.panes = panes;
        this.catalogue = panes.catalogue();
        this.composer = panes.composer();
        this.tls = panes.tls();
        tls.setAfterTrust(this::send);
        this.history = panes.history();
        this.jar = panes.cookies();
        this.collections = panes.collections();
        this.sender = Objects.requireNonNull(sender, "sender");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.simulator = new SimulatorStatus(messages, Objects.requireNonNull(fx, "fx"));
        this.tabs = new TabsViewModel(composer, simulator::address, this::showInTab);
        this.opening = new Opening(tabs, catalogue, simulator, messages);
        this.assembly = new RequestAssembly(composer);
        assembly.setContexts((tab, address) -> VariableContext.of(
                panes.environments().active(), collections.variablesFor(tab.origin()), address, jar));
        RequestAssembly.keep(
                composer.extras().variablesProperty(),
                () -> assembly.context(tabs.current(), simulator.address()),
                environments().activeProperty(),
                environments().environments(),
                tabs.selectedProperty(),
                collections.collections(),
                simulator.baseUriProperty(),
                history.exchanges()); // an answer may fill the jar
        this.answers = new Answers(history, panes.response(), tabs, simulator, jar, messages);
        this.inFlight = new InFlight(sender, Objects.requireNonNull(scheduler, "scheduler"), fx, answers);
        catalogue.selectedRequestProperty().addListener((obs, old, ready) -> opening.ready(ready));
        history.selectedProperty().addListener((obs, old, exchange) -> {
            if (exchange != null) {
                showExchange(exchange);
            }
        });
    }

    /** Simulator → Proxy to a backend…: the dialog's fields and the proxy as it runs. */
    public ProxyViewModel proxy() {
        return panes.proxy();
    }

    public CatalogueViewModel catalogue() {
        return catalogue;
    }

    public ComposerViewModel composer() {
        return composer;
    }

    public ResponseViewModel response() {
        return panes.response();
    }

    public ExplanationViewModel explanation() {
        return panes.explanation();
    }

    public HistoryViewModel history() {
        return history;
    }

    public TranscriptViewModel transcript() {
        return panes.transcript();
    }

    public TlsViewModel tls() {
        return tls;
    }

    public MocksViewModel mocks() {
        return panes.mocks();
    }

    /** The open tabs, each with its own draft and answer. */
    public TabsViewModel tabs() {
        return tabs;
    }

    /** The cookie jar of the window (issue 10). */
    public CookieJar cookies() {
        return jar;
    }

    /** The saved requests of the Collections panel (issue 10). */
    public CollectionsViewModel collections() {
        return collections;
    }

    /** The environments and the active one, where variables are looked up first (issue 10). */
    public EnvironmentsViewModel environments() {
        return panes.environments();
    }

    /** Opens a saved request in the current tab while it is unchanged, else in a new one. */
    public void openSaved(CollectionsViewModel.Opened saved) {
        opening.saved(saved);
    }

    /** Simulator → Django version. */
    public DjangoChoice django() {
        return simulator.django();
    }

    /** Simulator → Serve HTTPS: the switch, the simulator's https address, its status-bar text. */
    public SimulatorHttps https() {
        return simulator.https();
    }

    public ReadOnlyObjectProperty<URI> baseUriProperty() {
        return simulator.baseUriProperty();
    }

    /** Whether the simulator answers CORS for the playground and the mocks (the app applies it); on by default. */
    public BooleanProperty corsOnProperty() {
        return simulator.corsOnProperty();
    }

    public ReadOnlyStringProperty serverStatusProperty() {
        return simulator.lineProperty();
    }

    /** True from Send until the answer (or failure) arrives. */
    public ReadOnlyBooleanProperty sendingProperty() {
        return inFlight.sendingProperty();
    }

    /** True once a request has waited {@link #SENDING_NOTICE_DELAY} for its answer (busy: Send off, Cancel on). */
    public ReadOnlyBooleanProperty waitingProperty() {
        return inFlight.waitingProperty();
    }

    /** The last thing the app wants to tell the user, for the status bar. */
    public ReadOnlyStringProperty messageProperty() {
        return messages.textProperty();
    }

    /** The simulator is up: requests resolve against it, and a first scenario is opened if the tab is blank. */
    public void simulatorStarted(URI base, String note) {
        simulator.started(base, note);
        if (!tabs.currentIsBlank()) {
            tabs.reloadCurrent(); // a restored draft, now with this launch's simulator address
        } else if (catalogue.selectedRequestProperty().get() == null) {
            catalogue.catalogProperty().get().all().stream().findFirst().ifPresent(catalogue::select);
        } else {
            opening.ready(catalogue.selectedRequestProperty().get());
        }
        simulator.sendPending(); // a Send pressed while it started
    }

    public void simulatorFailed(String reason) {
        simulator.failed(reason);
    }

    /** Sends the composer's request, unless something in it cannot go on the wire. */
    public void send() {
        if (inFlight.sendingProperty().get() || simulator.sendWhenStarted(composer, this::send)) {
            return;
        }
        Optional<RequestBuilder.Built> built = assembly.build(tabs.current(), simulator.address());
        if (built.isEmpty()) {
            messages.say(
                    assembly.problemProperty().get().isEmpty()
                            ? "The request cannot be sent yet: see the message next to the field."
                            : assembly.problemProperty().get());
            return;
        }
        answers.sending(built.get().secrets());
        messages.say("");
        inFlight.send(built.get().request(), composer.extras().applyTo(tls.sendOptions()));
    }

    public void cancel() {
        inFlight.cancel();
    }

    /** Opens an earlier request, to edit it and send it again to its original host. */
    public void editAndResend(Exchange exchange) {
        opening.again(exchange);
    }

    /** Opens an earlier request (say, from an imported HAR) on the simulator's scheme, host and port; no Host row. */
    public void editAndResendToSimulator(Exchange exchange) {
        opening.againOnSimulator(exchange);
    }

    /** Sends the next hop of a redirect (never done on its own). */
    public void followRedirect(Exchange exchange) {
        if (opening.nextHop(exchange)) {
            send();
        }
    }

    public void showExchange(Exchange exchange) {
        panes.response().show(exchange);
        panes.explanation().show(exchange);
        tls.show(exchange);
    }

    /** Restores the simulator's table to its seed through {@code POST /__reset__}; not a history entry. */
    public void resetSimulator() {
        simulator.reset(sender);
    }

    /** The tab's request as a curl command line, its variables resolved, if it can be built. */
    public Optional<String> curlCommand() {
        return assembly.build(tabs.current(), simulator.address()).map(built -> Curl.command(built.request()));
    }

    public void setMessage(String text) {
        messages.say(text);
    }

    /** What the history store says about saving: a message, and while saving fails a lasting warning too. */
    public void historySaving(String report, boolean saving) {
        messages.report(report, !saving);
    }

    /** Why the history is not being saved, or empty while it is. */
    public ReadOnlyStringProperty historyNotSavedProperty() {
        return messages.warningProperty();
    }

    /** Shows a tab's last answer, or nothing for a tab that has none. */
    private void showInTab(Exchange exchange) {
        if (exchange != null) {
            showExchange(exchange);
        } else {
            panes.response().clear();
            panes.explanation().clear();
        }
    }
}
