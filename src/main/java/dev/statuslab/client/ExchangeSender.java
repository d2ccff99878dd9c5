package dev.statuslab.client;

import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.SendOptions;
import dev.statuslab.core.transcript.Exchange;
import java.util.concurrent.CompletableFuture;

/**
 * Sends a request and captures the exchange exactly. Implementations never block the caller and
 * never follow redirects. Cancelling the returned future ({@code cancel(true)}) aborts the
 * exchange and closes its connection.
 */
public interface ExchangeSender extends AutoCloseable {

    /**
     * Starts sending {@code request} (its URL absolute). The future completes with an exchange
     * that has either a response or a failure; it completes exceptionally only when cancelled.
     */
    CompletableFuture<Exchange> send(HttpRequest request);

    /**
     * Starts sending {@code request} with a choice of HTTP version and the "insecure" switch. A
     * sender that has no such choices sends it as {@link #send(HttpRequest)} does.
     */
    default CompletableFuture<Exchange> send(HttpRequest request, SendOptions options) {
        return send(request);
    }

    /** Stops the threads and removes the temporary files of large bodies. */
    @Override
    void close();
}
