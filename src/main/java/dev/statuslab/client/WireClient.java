package dev.statuslab.client;

import dev.statuslab.core.concurrent.DaemonThreads;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.SendOptions;
import dev.statuslab.core.io.Spool;
import dev.statuslab.core.transcript.Exchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP/1.1 client of the lab: sends a request exactly as written (method, target, field
 * order and case) on a new connection of its own, and captures the response exactly, interim
 * responses and the raw heads included. Built on HttpCore 5's classic connection, without
 * interceptors. Redirects are never followed; failures are exchanges, not exceptions.
 */
public final class WireClient implements ExchangeSender {

    private static final Logger LOG = LoggerFactory.getLogger(WireClient.class);
    private static final int MAX_THREADS = 16;
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final String CLOSED = "the client was closed";
    /** Tells apart the ids of different runs, so transcripts of two sessions can be merged. */
    private static final String RUN =
            String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));

    /**
     * How the client behaves.
     *
     * @param connectTimeout  how long to wait for the TCP connection
     * @param readTimeout     how long to wait for the next byte of the response
     * @param memoryCapBytes  bodies up to this size stay in memory, larger ones go to a file
     * @param spoolDirectory  where the files of large bodies go; owned and deleted by the client
     */
    public record Options(Duration connectTimeout, Duration readTimeout, long memoryCapBytes, Path spoolDirectory) {

        public Options {
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            Objects.requireNonNull(readTimeout, "readTimeout");
            Objects.requireNonNull(spoolDirectory, "spoolDirectory");
            if (connectTimeout.isNegative()
                    || connectTimeout.isZero()
                    || readTimeout.isNegative()
                    || readTimeout.isZero()) {
                throw new IllegalArgumentException("timeouts must be positive");
            }
            if (memoryCapBytes < 0) {
                throw new IllegalArgumentException("memoryCapBytes must not be negative");
            }
        }

        /** 5 s to connect, 60 s to read, 2 MiB in memory, large bodies in a new temporary directory. */
        public static Options defaults() {
            try {
                return new Options(
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(60),
                        2L * 1024 * 1024,
                        Files.createTempDirectory("statuslab-bodies"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a temporary directory for large bodies", e);
            }
        }

        public Options withReadTimeout(Duration timeout) {
            return new Options(connectTimeout, timeout, memoryCapBytes, spoolDirectory);
        }

        public Options withMemoryCap(long bytes) {
            return new Options(connectTimeout, readTimeout, bytes, spoolDirectory);
        }
    }

    private final Options options;
    private final TlsConnector tls;
    private final Spool spool;
    private final ThreadPoolExecutor executor;
    private final Map<CompletableFuture<Exchange>, Transfer> pending = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public WireClient(Options options) {
        this(options, TlsSettings.defaults());
    }

    /** A client that trusts what {@code tls} says, beside the JDK's trust store. */
    public WireClient(Options options, TlsSettings tls) {
        this.options = Objects.requireNonNull(options, "options");
        this.tls = new TlsConnector(Objects.requireNonNull(tls, "tls"));
        this.spool = new Spool(options.memoryCapBytes(), options.spoolDirectory(), "body-");
        this.executor = new ThreadPoolExecutor(
                MAX_THREADS,
                MAX_THREADS,
                30,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                DaemonThreads.named("statuslab-client"));
        executor.allowCoreThreadTimeOut(true);
    }

    public Options options() {
        return options;
    }

    @Override
    public CompletableFuture<Exchange> send(HttpRequest request) {
        return send(request, SendOptions.defaults());
    }

    @Override
    public CompletableFuture<Exchange> send(HttpRequest request, SendOptions sendOptions) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(sendOptions, "sendOptions");
        Transfer transfer = new Transfer(nextId(), request, options, sendOptions, tls, spool);
        CompletableFuture<Exchange> future = new CompletableFuture<>();
        if (closed) {
            future.complete(transfer.notRun(CLOSED));
            return future;
        }
        pending.put(future, transfer);
        Future<?> task;
        try {
            task = executor.submit(() -> run(transfer, future));
        } catch (RejectedExecutionException e) {
            pending.remove(future);
            future.complete(transfer.notRun(CLOSED));
            return future;
        }
        future.whenComplete((exchange, error) -> {
            pending.remove(future);
            if (future.isCancelled()) {
                transfer.abort("the exchange was cancelled");
                task.cancel(true);
            }
        });
        return future;
    }

    private void run(Transfer transfer, CompletableFuture<Exchange> future) {
        if (future.isDone()) {
            return;
        }
        Exchange exchange;
        try {
            exchange = transfer.run();
        } catch (Error e) {
            future.complete(transfer.notRun("the client failed: " + e));
            throw e;
        }
        if (exchange.failed()) {
            LOG.debug(
                    "{} {} {} failed: {}",
                    exchange.id(),
                    exchange.request().method(),
                    exchange.request().url(),
                    exchange.failure());
        } else {
            LOG.debug(
                    "{} {} {} -> {}",
                    exchange.id(),
                    exchange.request().method(),
                    exchange.request().url(),
                    exchange.code());
        }
        if (!future.complete(exchange)) {
            exchange.responseIfAny().ifPresent(r -> spool.discard(r.body())); // cancelled meanwhile
        }
    }

    /**
     * Aborts running exchanges, stops the threads and deletes the files of large bodies (and then
     * the spool directory): bodies on disk of earlier exchanges can no longer be read afterwards.
     */
    @Override
    public void close() {
        closed = true;
        executor.shutdownNow();
        pending.values().forEach(t -> t.abort(CLOSED));
        try {
            if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.warn("Client threads still running after close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pending.forEach((future, transfer) -> future.complete(transfer.notRun(CLOSED))); // queued, never started
        try {
            spool.clear();
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", spool.directory(), e.toString());
        }
    }

    private static String nextId() {
        return String.format("ex-%s-%06d", RUN, COUNTER.incrementAndGet());
    }
}
