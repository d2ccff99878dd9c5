package dev.statuslab.ui.mainwindow;

import dev.statuslab.client.ExchangeSender;
import dev.statuslab.core.django.DjangoVersion;
import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.Redirects;
import dev.statuslab.core.http.Resend;
import dev.statuslab.core.scenario.ReadyRequest;
import dev.statuslab.core.transcript.Curl;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.workbench.RequestBuilder;
import dev.statuslab.core.workbench.RequestDraft;
import dev.statuslab.core.workbench.SimulatorAddress;
import dev.statuslab.ui.catalogue.CatalogueViewModel;
import dev.statuslab.ui.common.Scheduler;
import dev.statuslab.ui.common.StatusMessages;
import dev.statuslab.ui.composer.ComposerViewModel;
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
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The window's state: the panes' view models, the simulator's address, and the commands that
 * involve more than one pane (send, cancel, edit and resend, follow a redirect, reset). Network
 * work happens in the {@link ExchangeSender}; results are applied through {@code fx}.
 */
public final class MainViewModel {

    private final CatalogueViewModel catalogue;
    private final ComposerViewModel composer;
    private final ResponseViewModel response;
    private final ExplanationViewModel explanation;
    private final HistoryViewModel history;
    private final TranscriptViewModel transcript;
    private final MocksViewModel mocks;
    private final TlsViewModel tls;
    private final ProxyViewModel proxy;
    private final ExchangeSender sender;
    private final StatusMessages messages;
    private final Executor fx;
    private final InFlight inFlight;
    private final TabsViewModel tabs;
    /** The cookie jar (RFC 6265): filled from Set-Cookie, sent on matching requests unless a tab turns it off. */
    private final dev.statuslab.core.workbench.CookieJar jar = new dev.statuslab.core.workbench.CookieJar();
    /** Whether the request in flight used the jar (its answer's cookies are then kept). */
    private boolean sentWithJar;

    private final dev.statuslab.ui.collections.CollectionsViewModel collections =
            new dev.statuslab.ui.collections.CollectionsViewModel();
    private final RequestAssembly assembly;
    /** The tab whose request is in flight: its answer is kept there. */
    private String sentFrom;

    static final Duration SENDING_NOTICE_DELAY = InFlight.NOTICE_DELAY;

    private final ReadOnlyObjectWrapper<URI> baseUri = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper serverStatus = new ReadOnlyStringWrapper("Starting the simulator…");
    private final ReadOnlyStringWrapper historyNotSaved = new ReadOnlyStringWrapper("");
    private final BooleanProperty corsOn = new SimpleBooleanProperty(true);
    private final DjangoChoice django = new DjangoChoice();
    private final SimulatorHttps https;
    private String simulatorNote;
    /** Where and as which Django the request in flight went: its exchange is recorded so. */
    private URI sentTo;

    private DjangoVersion sentAs;

    /**
     * @param panes     the panes' view models, built by the composition root
     * @param sender    where requests go (the client, or a stand-in in tests)
     * @param messages  the status-bar message the panes also speak through
     * @param scheduler runs the delayed "waiting" notice of a slow request (on the FX thread)
     * @param fx        where results are applied (the FX thread)
     */
    public MainViewModel(
            Panes panes, ExchangeSender sender, StatusMessages messages, Scheduler scheduler, Executor fx) {
        this.catalogue = panes.catalogue();
        this.composer = panes.composer();
        this.response = panes.response();
        this.tls = panes.tls();
        this.proxy = panes.proxy();
        tls.setAfterTrust(this::send);
        this.explanation = panes.explanation();
        this.history = panes.history();
        this.transcript = panes.transcript();
        this.mocks = panes.mocks();
        this.tabs = new TabsViewModel(composer, this::simulator, this::showInTab);
        this.assembly = new RequestAssembly(composer);
        assembly.setContexts((tab, simulator) -> dev.statuslab.core.workbench.VariableContext.of(
                null, collections.variablesFor(tab.origin()), simulator, jar));
        this.sender = Objects.requireNonNull(sender, "sender");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.https = new SimulatorHttps(fx);
        this.inFlight =
                new InFlight(sender, Objects.requireNonNull(scheduler, "scheduler"), fx, new InFlight.Outcome() {
                    @Override
                    public void waiting(HttpRequest request) {
                        response.showSending(request);
                    }

                    @Override
                    public void arrived(Exchange exchange) {
                        Exchange answered = DjangoChoice.tag(exchange, sentTo, sentAs);
                        Exchange tagged =
                                baseUri.get() == null ? answered : new SimulatorAddress(baseUri.get()).tag(answered);
                        if (sentWithJar && !exchange.failed()) {
                            jar.receive(exchange);
                        }
                        history.add(tagged);
                        tabs.answered(sentFrom, tagged);
                        if (sentFrom.equals(tabs.current().id())) {
                            history.select(
                                    tagged); // the selection listener shows it in the response and explanation panes
                        }
                    }

                    @Override
                    public void failed(String message) {
                        response.clear();
                        messages.say(message);
                    }
                });
        catalogue.selectedRequestProperty().addListener((obs, old, ready) -> loadReady(ready));
        django.versionProperty().addListener((obs, old, now) -> {
            showServerStatus();
            if (old != null && baseUri.get() != null) {
                messages.say("From the next request on, the simulator answers as " + now.label());
            }
        });
        history.selectedProperty().addListener((obs, old, exchange) -> {
            if (exchange != null) {
                showExchange(exchange);
            }
        });
    }

    /** Simulator → Proxy to a backend…: the dialog's fields and the proxy as it runs. */
    public ProxyViewModel proxy() {
        return proxy;
    }

    public CatalogueViewModel catalogue() {
        return catalogue;
    }

    public ComposerViewModel composer() {
        return composer;
    }

    public ResponseViewModel response() {
        return response;
    }

    public ExplanationViewModel explanation() {
        return explanation;
    }

    public HistoryViewModel history() {
        return history;
    }

    public TranscriptViewModel transcript() {
        return transcript;
    }

    public TlsViewModel tls() {
        return tls;
    }

    public MocksViewModel mocks() {
        return mocks;
    }

    /** The open tabs, each with its own draft and answer. */
    public TabsViewModel tabs() {
        return tabs;
    }

    /** The cookie jar of the window (issue 10). */
    public dev.statuslab.core.workbench.CookieJar cookies() {
        return jar;
    }

    /** The saved requests of the Collections panel (issue 10). */
    public dev.statuslab.ui.collections.CollectionsViewModel collections() {
        return collections;
    }

    /** Opens a saved request in the current tab while it is unchanged, else in a new one. */
    public void openSaved(dev.statuslab.ui.collections.CollectionsViewModel.Opened saved) {
        boolean fresh = tabs.open(saved.title(), saved.origin(), saved.draft());
        messages.say("Opened \"" + saved.title() + "\"" + (fresh ? " in a new tab: your draft stays in its own" : ""));
    }

    /** How a tab's draft becomes the request sent (variables, auth, cookies). */
    public RequestAssembly assembly() {
        return assembly;
    }

    /** Simulator → Django version. */
    public DjangoChoice django() {
        return django;
    }

    /** Simulator → Serve HTTPS: the switch, the simulator's https address, its status-bar text. */
    public SimulatorHttps https() {
        return https;
    }

    public ReadOnlyObjectProperty<URI> baseUriProperty() {
        return baseUri.getReadOnlyProperty();
    }

    /** Whether the simulator answers CORS for the playground and the mocks (the app applies it); on by default. */
    public BooleanProperty corsOnProperty() {
        return corsOn;
    }

    public ReadOnlyStringProperty serverStatusProperty() {
        return serverStatus.getReadOnlyProperty();
    }

    /** True from Send until the answer (or failure) arrives. */
    public ReadOnlyBooleanProperty sendingProperty() {
        return inFlight.sendingProperty();
    }

    /**
     * True once a request has waited {@link #SENDING_NOTICE_DELAY} for its answer, until it
     * arrives: what the window shows as busy (Send disabled, Cancel shown). A fast answer never
     * sets it, so it is painted in one frame instead of a busy frame and then the answer.
     */
    public ReadOnlyBooleanProperty waitingProperty() {
        return inFlight.waitingProperty();
    }

    /** The last thing the app wants to tell the user, for the status bar. */
    public ReadOnlyStringProperty messageProperty() {
        return messages.textProperty();
    }

    /**
     * The simulator is up: requests from the catalogue now resolve against it, and the first
     * scenario is selected so that the composer starts with a request ready to send.
     */
    public void simulatorStarted(URI base, String note) {
        baseUri.set(base);
        simulatorNote = note;
        showServerStatus();
        if (!tabs.currentIsBlank()) {
            tabs.reloadCurrent(); // a restored draft, now with this launch's simulator address
        } else if (catalogue.selectedRequestProperty().get() == null) {
            catalogue.catalogProperty().get().all().stream().findFirst().ifPresent(catalogue::select);
        } else {
            loadReady(catalogue.selectedRequestProperty().get());
        }
    }

    private void showServerStatus() {
        if (baseUri.get() != null) {
            serverStatus.set("Simulator on " + baseUri.get() + " as "
                    + django.current().label() + (simulatorNote == null ? "" : " — " + simulatorNote));
        }
    }

    public void simulatorFailed(String reason) {
        serverStatus.set("Simulator not running: " + reason);
    }

    /** Sends the composer's request, unless something in it cannot go on the wire. */
    public void send() {
        if (inFlight.sendingProperty().get()) {
            return;
        }
        Optional<RequestBuilder.Built> built = assembly.build(tabs.current(), simulator());
        if (built.isEmpty()) {
            messages.say(
                    assembly.problemProperty().get().isEmpty()
                            ? "The request cannot be sent yet: see the message next to the field."
                            : assembly.problemProperty().get());
            return;
        }
        sentAs = django.current();
        sentTo = baseUri.get();
        sentFrom = tabs.current().id();
        sentWithJar = tabs.current().draft().useCookies();
        messages.say("");
        inFlight.send(built.get().request(), tls.sendOptions());
    }

    /** Sends the request the catalogue has selected (Enter or a double click there). */
    public void sendSelected() {
        send();
    }

    public void cancel() {
        inFlight.cancel();
    }

    /** Loads an earlier request into the composer, to edit it and send it again to its original host. */
    public void editAndResend(Exchange exchange) {
        if (exchange != null) {
            HttpRequest request = SimulatorAddress.editable(
                    Resend.again(onThisSimulator(exchange).request()));
            openRequest(request);
        }
    }

    /**
     * Loads an earlier request into the composer aimed at the simulator: same method, path, query,
     * headers and body, on the simulator's scheme, host and port (for exchanges imported from a
     * HAR file recorded elsewhere). Its Host field is left for the client to set.
     */
    public void editAndResendToSimulator(Exchange exchange) {
        URI base = baseUri.get();
        if (exchange == null) {
            return;
        }
        if (base == null) {
            messages.say("The simulator is not running yet");
            return;
        }
        openRequest(Resend.onto(exchange.request(), base));
    }

    /** Sends the next hop of a redirect (never done on its own). */
    public void followRedirect(Exchange exchange) {
        if (exchange == null) {
            return;
        }
        Exchange here = onThisSimulator(exchange);
        Optional<HttpRequest> next =
                Redirects.nextHop(here.request(), here.response()).map(SimulatorAddress::editable);
        if (next.isEmpty()) {
            messages.say("That response is not a redirect with a Location");
            return;
        }
        openRequest(next.get());
        send();
    }

    public void showExchange(Exchange exchange) {
        response.show(exchange);
        explanation.show(exchange);
        tls.show(exchange);
    }

    /** Restores the simulator's table to its seed through {@code POST /__reset__}; not a history entry. */
    public void resetSimulator() {
        URI base = baseUri.get();
        if (base == null) {
            return;
        }
        HttpRequest reset = new HttpRequest(HttpMethod.POST, base + "/__reset__", Headers.empty(), Body.empty());
        sender.send(reset)
                .whenCompleteAsync(
                        (exchange, error) -> messages.say(
                                error == null && !exchange.failed() && exchange.code() == 200
                                        ? "Simulator reset: the table holds only Ada (id 1) again"
                                        : "Reset failed: " + (error != null ? error.getMessage() : exchange.failure())),
                        fx);
    }

    /** The composer's request as a curl command line, if it can be built. */
    public Optional<String> curlCommand() {
        return composer.buildRequest().map(Curl::command);
    }

    public void setMessage(String text) {
        messages.say(text);
    }

    /**
     * What the history store says about saving: shown as a message, and while saving fails also as
     * a lasting warning in the status bar, since the next Send replaces the message.
     */
    public void historySaving(String report, boolean saving) {
        messages.say(report);
        historyNotSaved.set(saving ? "" : report);
    }

    /** Why the history is not being saved, or empty while it is. */
    public ReadOnlyStringProperty historyNotSavedProperty() {
        return historyNotSaved.getReadOnlyProperty();
    }

    /** An exchange made with the simulator (of any launch) as made with the running one. */
    private Exchange onThisSimulator(Exchange exchange) {
        return baseUri.get() == null ? exchange : new SimulatorAddress(baseUri.get()).current(exchange);
    }

    private void loadReady(ReadyRequest ready) {
        if (ready != null && baseUri.get() != null) {
            var scenario = catalogue.selectedScenarioProperty().get();
            String origin = scenario == null
                    ? null
                    : "scenario:" + scenario.id() + "#" + scenario.requests().indexOf(ready);
            if (tabs.open(ready.label(), origin, RequestDraft.of(ready))) {
                messages.say("Opened " + ready.label() + " in a new tab: your draft stays in its own");
            }
        }
    }

    /** Opens a request from the history in the current tab while it is unchanged, else in a new one. */
    private void openRequest(HttpRequest request) {
        String title = request.method() + " " + request.url().replaceFirst("^[a-zA-Z]+://[^/?#]*", "");
        boolean fresh = tabs.open(title, request, null);
        messages.say("Loaded " + request.method() + " " + request.url()
                + (fresh ? " into a new tab: your draft stays in its own" : " into the composer"));
    }

    private SimulatorAddress simulator() {
        return baseUri.get() == null ? null : new SimulatorAddress(baseUri.get());
    }

    /** Shows a tab's last answer, or nothing for a tab that has none. */
    private void showInTab(Exchange exchange) {
        if (exchange != null) {
            showExchange(exchange);
        } else {
            response.clear();
            explanation.clear();
        }
    }
}
