package dev.statuslab.client;

import dev.statuslab.core.http.HttpRequest;
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

    /** Stops the threads and removes the temporary files of large bodies. */
    @Override
    void close();
}
