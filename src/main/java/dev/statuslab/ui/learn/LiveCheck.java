package dev.statuslab.ui.learn;

import dev.statuslab.client.ExchangeSender;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.Redirects;
import dev.statuslab.core.learn.Question;
import dev.statuslab.core.learn.QuestionKind;
import dev.statuslab.core.scenario.ReadyRequest;
import dev.statuslab.core.transcript.Exchange;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Asks the live simulator: sends a question's setup requests, then its request, and for "what
 * comes next" the redirect's next hop, through the app's {@link ExchangeSender} (never on the
 * caller's thread). The simulator's answer becomes the key a code or next-hop question is judged by.
 */
final class LiveCheck {

    /**
     * What the simulator answered.
     *
     * @param key      the live answer for a code or what-comes-next question ("404", "GET /contact/ → 200"),
     *                 or null when the question's own key stands (another kind, or no answer)
     * @param exchange the question's exchange, or null when nothing was sent
     * @param followed the next hop's exchange for a what-comes-next question, else null
     */
    record Result(String key, Exchange exchange, Exchange followed) {

        static final Result NONE = new Result(null, null, null);

        /** The response shown beside the guess: the last one received. */
        Optional<Exchange> shown() {
            return Optional.ofNullable(followed != null ? followed : exchange);
        }
    }

    private final ExchangeSender sender;

    LiveCheck(ExchangeSender sender) {
        this.sender = Objects.requireNonNull(sender, "sender");
    }

    /**
     * Sends the question's requests to the simulator at {@code base}; completes with NONE when there
     * are none, and exceptionally (never throws) when a request cannot even be built or sent.
     */
    CompletableFuture<Result> run(Question q, URI base) {
        if (!q.hasRequest() || base == null) {
            return CompletableFuture.completedFuture(Result.NONE);
        }
        try {
            return sendAll(q.setup(), base)
                    .thenCompose(ignored -> sender.send(q.request().toHttpRequest(base)))
                    .thenCompose(exchange -> finish(q, exchange));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<Void> sendAll(List<ReadyRequest> requests, URI base) {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (ReadyRequest r : requests) {
            chain = chain.thenCompose(ignored -> sender.send(r.toHttpRequest(base)))
                    .thenApply(e -> null);
        }
        return chain;
    }

    private CompletableFuture<Result> finish(Question q, Exchange exchange) {
        if (exchange.failed()) {
            return CompletableFuture.completedFuture(new Result(null, exchange, null));
        }
        if (q.kind().asksForCode()) {
            return CompletableFuture.completedFuture(new Result(String.valueOf(exchange.code()), exchange, null));
        }
        if (q.kind() != QuestionKind.WHAT_NEXT) {
            return CompletableFuture.completedFuture(new Result(null, exchange, null));
        }
        Optional<HttpRequest> next =
                exchange.failed() ? Optional.empty() : Redirects.nextHop(exchange.request(), exchange.response());
        if (next.isEmpty()) {
            return CompletableFuture.completedFuture(
                    new Result("Nothing: the " + exchange.code() + " is the final answer", exchange, null));
        }
        HttpRequest hop = next.get();
        return sender.send(hop)
                .thenApply(followed -> new Result(
                        followed.failed()
                                ? null
                                : hop.method().name() + " " + target(hop.url()) + " → " + followed.code(),
                        exchange,
                        followed));
    }

    /** The path and query of an absolute URL, as the catalogue writes a request's target. */
    static String target(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
