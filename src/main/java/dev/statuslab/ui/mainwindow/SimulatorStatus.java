package dev.statuslab.ui.mainwindow;

import dev.statuslab.client.ExchangeSender;
import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.workbench.SimulatorAddress;
import dev.statuslab.ui.common.StatusMessages;
import dev.statuslab.ui.composer.ComposerViewModel;
import java.net.URI;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The simulator as the window knows it: its address once it runs (the base of ready requests and
 * of exchanges made with any earlier launch), the status-bar line, and the Simulator menu's
 * choices: Django version, CORS and HTTPS.
 */
public final class SimulatorStatus {

    private final ReadOnlyObjectWrapper<URI> baseUri = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper("Starting the simulator…");
    private final BooleanProperty corsOn = new SimpleBooleanProperty(true);
    private final DjangoChoice django = new DjangoChoice();
    private final SimulatorHttps https;
    private final StatusMessages messages;
    private final Executor fx;
    private String note;
    /** Until the simulator has started or failed: its address is not known yet. */
    private boolean starting = true;
    /** A Send that waits for the simulator's address. */
    private Runnable pendingSend;

    SimulatorStatus(StatusMessages messages, Executor fx) {
        this.messages = messages;
        this.fx = fx;
        this.https = new SimulatorHttps(fx);
        django.versionProperty().addListener((obs, old, now) -> {
            showLine();
            if (old != null && baseUri.get() != null) {
                messages.say("From the next request on, the simulator answers as " + now.label());
            }
        });
    }

    void started(URI base, String fallbackNote) {
        starting = false;
        baseUri.set(base);
        note = fallbackNote;
        showLine();
    }

    void failed(String reason) {
        starting = false;
        line.set("Simulator not running: " + reason);
        sendPending(); // it now says why the request cannot go
    }

    /**
     * While the simulator is still starting (it starts after the window's first frame), a request
     * on its address (the composer's URL is {@code {{simulator}}/…}) cannot be built yet: {@code send} is kept to run once
     * it has started or failed, and the status bar says so. Returns whether it was kept.
     */
    boolean sendWhenStarted(ComposerViewModel composer, Runnable send) {
        String url = composer.urlProperty().get();
        if (!starting || url == null || !url.contains(SimulatorAddress.VARIABLE)) {
            return false;
        }
        pendingSend = send;
        messages.say("Starting the simulator: the request goes as soon as it runs");
        return true;
    }

    /** Runs the Send kept by {@link #sendWhenStarted}, if any. */
    void sendPending() {
        Runnable send = pendingSend;
        pendingSend = null;
        if (send != null) {
            send.run();
        }
    }

    /** Restores the simulator's table to its seed through {@code POST /__reset__}; not a history entry. */
    void reset(ExchangeSender sender) {
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

    /** The running simulator's base URL, or null before it runs. */
    URI base() {
        return baseUri.get();
    }

    /** The running simulator's address, or null before it runs. */
    SimulatorAddress address() {
        return baseUri.get() == null ? null : new SimulatorAddress(baseUri.get());
    }

    /** An exchange made with the simulator (of any launch) as made with the running one. */
    Exchange onThisSimulator(Exchange exchange) {
        return baseUri.get() == null ? exchange : address().current(exchange);
    }

    /** An exchange just made, marked when it was made with the running simulator (so a later launch finds it). */
    Exchange tag(Exchange exchange) {
        return baseUri.get() == null ? exchange : address().tag(exchange);
    }

    ReadOnlyObjectProperty<URI> baseUriProperty() {
        return baseUri.getReadOnlyProperty();
    }

    ReadOnlyStringProperty lineProperty() {
        return line.getReadOnlyProperty();
    }

    BooleanProperty corsOnProperty() {
        return corsOn;
    }

    DjangoChoice django() {
        return django;
    }

    SimulatorHttps https() {
        return https;
    }

    private void showLine() {
        if (baseUri.get() != null) {
            line.set("Simulator on " + baseUri.get() + " as " + django.current().label()
                    + (note == null ? "" : " — " + note));
        }
    }
}
