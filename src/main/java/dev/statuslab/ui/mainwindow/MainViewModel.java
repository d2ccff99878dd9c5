package dev.statuslab.ui.mainwindow;

import dev.statuslab.client.ExchangeSender;
import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.scenario.ReadyRequest;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.tls.TrustedCertificates;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.HistoryStore;
import dev.statuslab.ui.catalogue.CatalogueViewModel;
import dev.statuslab.ui.composer.ComposerViewModel;
import dev.statuslab.ui.explanation.ExplanationViewModel;
import dev.statuslab.ui.history.HistoryViewModel;
import dev.statuslab.ui.mocks.MocksViewModel;
import dev.statuslab.ui.tls.TlsViewModel;
import dev.statuslab.ui.response.ResponseViewModel;
import dev.statuslab.ui.transcript.TranscriptViewModel;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

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
    private final ExchangeSender sender;
    private final Executor fx;
    private final ScenarioCatalog scenarios;
    static final long SENDING_NOTICE_DELAY_MS = 150;

    private final ReadOnlyObjectWrapper<URI> baseUri = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper serverStatus = new ReadOnlyStringWrapper("Starting the simulator…");
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper historyNotSaved = new ReadOnlyStringWrapper("");
    private CompletableFuture<Exchange> inFlight;

    /** A window whose history lives in memory only, with imported bodies under the temporary folder. */
    public MainViewModel(ScenarioCatalog scenarios, StatusCatalog statuses, ExchangeSender sender,
                         Executor background, Executor fx) {
        this(scenarios, statuses, sender, null, Path.of(System.getProperty("java.io.tmpdir"), "statuslab-imports"),
                background, fx);
    }

    /**
     * @param store           where the history is saved and restored from; null keeps it in memory
     * @param importSpool     where large bodies of imported HAR files are kept
     */
    public MainViewModel(ScenarioCatalog scenarios, StatusCatalog statuses, ExchangeSender sender, HistoryStore store,
                         Path importSpool, Executor background, Executor fx) {
        this(scenarios, statuses, sender, store, MocksViewModel.Wiring.none(), importSpool, background, fx);
    }

    /** @param mockWiring where the user's mocks are saved and who serves them */
    public MainViewModel(ScenarioCatalog scenarios, StatusCatalog statuses, ExchangeSender sender, HistoryStore store,
                         MocksViewModel.Wiring mockWiring, Path importSpool, Executor background, Executor fx) {
        this(scenarios, statuses, sender, store, mockWiring, TrustedCertificates.inMemory(), importSpool, background, fx);
    }

    /** @param trusted the certificates the user trusts per host (issue 11: "Trust this certificate") */
    public MainViewModel(ScenarioCatalog scenarios, StatusCatalog statuses, ExchangeSender sender, HistoryStore store,
                         MocksViewModel.Wiring mockWiring, TrustedCertificates trusted, Path importSpool,
                         Executor background, Executor fx) {
        this.tls = new TlsViewModel(trusted, background, fx, message::set);
        tls.setAfterTrust(this::send);
        this.sender = sender;
        this.fx = fx;
        this.scenarios = scenarios;
        this.catalogue = new CatalogueViewModel(scenarios);
        this.composer = new ComposerViewModel();
        this.response = new ResponseViewModel(background, fx);
        this.explanation = new ExplanationViewModel(statuses);
        this.history = new HistoryViewModel(store);
        this.transcript = new TranscriptViewModel(statuses, history, importSpool, background, fx, message::set);
        this.mocks = new MocksViewModel(catalogue, statuses, mockWiring, background, fx, message::set);
        catalogue.selectedRequestProperty().addListener((obs, old, ready) -> loadReady(ready));
        history.selectedProperty().addListener((obs, old, exchange) -> {
            if (exchange != null) {
                showExchange(exchange);
            }
        });
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

    public ReadOnlyObjectProperty<URI> baseUriProperty() {
        return baseUri.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty serverStatusProperty() {
        return serverStatus.getReadOnlyProperty();
    }

    /** True from Send until the answer (or failure) arrives. */
    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }

    /**
     * True once a request has waited {@value #SENDING_NOTICE_DELAY_MS} ms for its answer, until it
     * arrives: what the window shows as busy (Send disabled, Cancel shown). A fast answer never
     * sets it, so it is painted in one frame instead of a busy frame and then the answer.
     */
    public ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    /** The last thing the app wants to tell the user, for the status bar. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * The simulator is up: requests from the catalogue now resolve against it, and the first
     * scenario is selected so that the composer starts with a request ready to send.
     */
    public void simulatorStarted(URI base, String note) {
        baseUri.set(base);
        serverStatus.set("Simulator on " + base + (note == null ? "" : " — " + note));
        if (catalogue.selectedRequestProperty().get() == null) {
            scenarios.all().stream().findFirst().ifPresent(catalogue::select);
        } else {
            loadReady(catalogue.selectedRequestProperty().get());
        }
    }

    public void simulatorFailed(String reason) {
        serverStatus.set("Simulator not running: " + reason);
    }

    /** Sends the composer's request, unless something in it cannot go on the wire. */
    public void send() {
        if (sending.get()) {
            return;
        }
        Optional<HttpRequest> built = composer.buildRequest();
        if (built.isEmpty()) {
            message.set("The request cannot be sent yet: see the message next to the field.");
            return;
        }
        HttpRequest request = built.get();
        sending.set(true);
        message.set("");
        CompletableFuture<Exchange> future = sender.send(request, tls.sendOptions());
        inFlight = future;
        // Look busy only when the answer is slow: a fast one then costs a single repaint.
        CompletableFuture.delayedExecutor(SENDING_NOTICE_DELAY_MS, TimeUnit.MILLISECONDS, fx).execute(() -> {
            if (future == inFlight && !future.isDone()) {
                waiting.set(true);
                response.showSending(request);
            }
        });
        future.whenCompleteAsync((exchange, error) -> finish(future, exchange, error), fx);
    }

    /** Sends the request the catalogue has selected (Enter or a double click there). */
    public void sendSelected() {
        send();
    }

    public void cancel() {
        CompletableFuture<Exchange> future = inFlight;
        if (future != null && !future.isDone()) {
            future.cancel(true);
        }
    }

    /** Loads an earlier request into the composer, to edit it and send it again to its original host. */
    public void editAndResend(Exchange exchange) {
        if (exchange != null) {
            HttpRequest request = withoutPseudoHeaders(exchange.request());
            composer.load(request, null);
            message.set("Loaded " + request.method() + " " + request.url() + " into the composer");
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
            message.set("The simulator is not running yet");
            return;
        }
        HttpRequest original = withoutPseudoHeaders(exchange.request());
        HttpRequest rebased = original.withUrl(rebase(original.url(), base))
                .withHeaders(original.headers().without("Host"));
        composer.load(rebased, null);
        message.set("Loaded " + rebased.method() + " " + rebased.url() + " into the composer");
    }

    /** The path and query of {@code url} on {@code base}'s scheme, host and port. */
    static String rebase(String url, URI base) {
        try {
            URI uri = URI.create(url);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return base.getScheme() + "://" + base.getRawAuthority() + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return base.toString();
        }
    }

    /** HTTP/2's pseudo-header fields (":authority" and so on, in browser HAR files) cannot go on an HTTP/1.1 wire. */
    private static HttpRequest withoutPseudoHeaders(HttpRequest request) {
        if (request.headers().asList().stream().noneMatch(h -> h.name().startsWith(":"))) {
            return request;
        }
        return request.withHeaders(Headers.of(request.headers().asList().stream()
                .filter(h -> !h.name().startsWith(":")).toList()));
    }

    /** Sends the next hop of a redirect (never done on its own). */
    public void followRedirect(Exchange exchange) {
        if (exchange == null) {
            return;
        }
        Optional<HttpRequest> next = dev.statuslab.client.Redirects.nextHop(exchange);
        if (next.isEmpty()) {
            message.set("That response is not a redirect with a Location");
            return;
        }
        composer.load(next.get(), null);
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
        sender.send(reset).whenCompleteAsync((exchange, error) -> message.set(
                error == null && !exchange.failed() && exchange.code() == 200
                        ? "Simulator reset: the table holds only Ada (id 1) again"
                        : "Reset failed: " + (error != null ? error.getMessage() : exchange.failure())), fx);
    }

    /** The composer's request as a curl command line, if it can be built. */
    public Optional<String> curlCommand() {
        return composer.buildRequest().map(dev.statuslab.core.transcript.Curl::command);
    }

    public void setMessage(String text) {
        message.set(text);
    }

    /**
     * What the history store says about saving: shown as a message, and while saving fails also as
     * a lasting warning in the status bar, since the next Send replaces the message.
     */
    public void historySaving(String report, boolean saving) {
        message.set(report);
        historyNotSaved.set(saving ? "" : report);
    }

    /** Why the history is not being saved, or empty while it is. */
    public ReadOnlyStringProperty historyNotSavedProperty() {
        return historyNotSaved.getReadOnlyProperty();
    }

    private void finish(CompletableFuture<Exchange> future, Exchange exchange, Throwable error) {
        if (future == inFlight) {
            inFlight = null;
            sending.set(false);
            waiting.set(false);
        }
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            response.clear();
            message.set(cause instanceof CancellationException ? "Cancelled" : "Not sent: " + cause.getMessage());
            return;
        }
        history.add(exchange);
        history.select(exchange); // the selection listener shows it in the response and explanation panes
    }

    private void loadReady(ReadyRequest ready) {
        URI base = baseUri.get();
        if (ready != null && base != null) {
            composer.load(ready.toHttpRequest(base), ready.bodyKind());
        }
    }
}
