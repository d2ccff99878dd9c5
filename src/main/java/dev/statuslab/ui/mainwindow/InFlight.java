package dev.statuslab.ui.mainwindow;

import dev.statuslab.client.ExchangeSender;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.SendOptions;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.ui.common.Scheduler;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The request on the wire, one at a time: whether one is out, whether it has been out long enough
 * to show the window as waiting, cancelling it, and where its answer goes (applied on {@code fx}).
 */
final class InFlight {

    /** How long an answer may take before the window shows that it is waiting. */
    static final Duration NOTICE_DELAY = Duration.ofMillis(150);

    /** What becomes of a request; called on the FX thread. */
    interface Outcome {
        /** The answer is late: show that the request is out. */
        void waiting(HttpRequest request);

        void arrived(Exchange exchange);

        /** Not sent, or cancelled: the sentence to show. */
        void failed(String message);
    }

    private final ExchangeSender sender;
    private final Scheduler scheduler;
    private final Executor fx;
    private final Outcome outcome;
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper();
    private CompletableFuture<Exchange> current;

    InFlight(ExchangeSender sender, Scheduler scheduler, Executor fx, Outcome outcome) {
        this.sender = sender;
        this.scheduler = scheduler;
        this.fx = fx;
        this.outcome = outcome;
    }

    ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    /** Sends {@code request} with the tab's HTTP version and trust choices, unless one is already out. */
    void send(HttpRequest request, SendOptions options) {
        if (sending.get()) {
            return;
        }
        sending.set(true);
        CompletableFuture<Exchange> future = sender.send(request, options);
        current = future;
        // Look busy only when the answer is slow: a fast one then costs a single repaint.
        scheduler.schedule(NOTICE_DELAY, () -> {
            if (future == current && !future.isDone()) {
                waiting.set(true);
                outcome.waiting(request);
            }
        });
        future.whenCompleteAsync((exchange, error) -> finish(future, exchange, error), fx);
    }

    void cancel() {
        CompletableFuture<Exchange> future = current;
        if (future != null && !future.isDone()) {
            future.cancel(true);
        }
    }

    private void finish(CompletableFuture<Exchange> future, Exchange exchange, Throwable error) {
        if (future == current) {
            current = null;
            sending.set(false);
            waiting.set(false);
        }
        if (error != null) {
            Throwable cause =
                    error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            outcome.failed(cause instanceof CancellationException ? "Cancelled" : "Not sent: " + cause.getMessage());
            return;
        }
        outcome.arrived(exchange);
    }
}
