package dev.statuslab.server;

import dev.statuslab.core.concurrent.DaemonThreads;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.HopByHop;
import dev.statuslab.core.io.IoMessages;
import dev.statuslab.core.scenario.BodyMatch;
import dev.statuslab.core.scenario.MockAnswer;
import dev.statuslab.core.scenario.MockMatch;
import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.scenario.MockSets;
import dev.statuslab.core.scenario.MockStore;
import dev.statuslab.server.site.SiteRequest;
import dev.statuslab.server.site.SiteResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve --proxy URL --record}: each answer of the backend becomes a mock (method, path,
 * query, status, fields and a text body up to {@link #MAX_BODY}) in a mock set of its own, so that
 * the front-end can later be served without the backend. A repeat of the same method, path and
 * query replaces the mock it made before. A request thread only appends to a queue; one writer
 * thread turns the answers into mocks and rewrites the set's file through {@link MockSets}. An
 * answer that cannot be a mock (compressed, not UTF-8, too large, a path a mock cannot hold) is
 * logged and left out.
 */
public final class ProxyRecorder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProxyRecorder.class);

    public static final String DEFAULT_SET = MockSets.RECORDED;
    /** The largest body recorded: 1 MiB. */
    public static final int MAX_BODY = 1024 * 1024;
    /** Answers waiting for the writer beyond this are left out (and logged). */
    static final int MAX_PENDING = 1_000;

    private record Captured(
            String method, String path, String rawQuery, int status, List<Header> headers, byte[] body) {}

    private final MockSets sets;
    private final String name;
    private final Consumer<List<MockRoute>> written;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(DaemonThreads.named("statuslab-recorder"));
    private final Queue<Captured> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicBoolean drainAsked = new AtomicBoolean();
    /** The set's mocks by method, path and query; the writer thread's alone. */
    private final Map<String, MockRoute> routes = new LinkedHashMap<>();

    private volatile String problem;

    /**
     * Records into the set {@code name} of {@code sets}, keeping the mocks it holds already.
     *
     * @param written told the set's mocks after each write, on the writer thread
     * @throws IllegalArgumentException when the name cannot be a set's, or is the default set's
     */
    public ProxyRecorder(MockSets sets, String name, Consumer<List<MockRoute>> written) {
        String why = nameProblem(name);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        this.sets = Objects.requireNonNull(sets, "sets");
        this.name = name;
        this.written = Objects.requireNonNull(written, "written");
        writer.execute(this::loadExisting);
    }

    /** Why answers cannot be recorded into a set of this name, or null. */
    public static String nameProblem(String name) {
        return MockSets.recordingProblem(name);
    }

    public String setName() {
        return name;
    }

    /** Why the last write failed, or null when it did not. */
    public String problem() {
        return problem;
    }

    /** Takes one answer of the backend; returns at once (the request thread never waits for the disk). */
    void record(SiteRequest request, SiteResponse response) {
        if (waiting.incrementAndGet() > MAX_PENDING) {
            waiting.decrementAndGet();
            LOG.warn(
                    "Not recorded: {} {} (more than {} answers wait to be written)",
                    request.method(),
                    request.path(),
                    MAX_PENDING);
            return;
        }
        pending.add(new Captured(
                request.method(),
                request.path(),
                request.rawQuery(),
                response.status(),
                List.copyOf(response.headers()),
                response.body()));
        if (drainAsked.compareAndSet(false, true)) {
            try {
                writer.execute(this::drain);
            } catch (RejectedExecutionException closed) {
                LOG.debug("Not recorded: the recorder is closed");
            }
        }
    }

    /** Completes when every answer taken so far is written (or left out). */
    public CompletableFuture<Void> idle() {
        try {
            return CompletableFuture.runAsync(() -> {}, writer);
        } catch (RejectedExecutionException closed) {
            return CompletableFuture.completedFuture(null);
        }
    }

    /** Writes what is waiting, then stops the writer thread. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("The recorder into {} did not finish writing within 10 s", name);
                writer.shutdownNow();
            }
        } catch (InterruptedException e) {
            writer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void loadExisting() {
        MockStore.Loaded loaded = sets.load(name);
        if (!loaded.ok()) {
            problem = loaded.problem();
            LOG.warn("Recording into {}: {}", name, loaded.problem());
        }
        int other = 0;
        for (MockRoute route : loaded.mocks()) {
            boolean byQuery =
                    route.match().headers().isEmpty() && route.match().body().kind() == BodyMatch.Kind.ANY;
            routes.put(byQuery ? key(route) : "\n" + other++, route);
        }
    }

    private void drain() {
        drainAsked.set(false);
        boolean changed = false;
        for (Captured c = pending.poll(); c != null; c = pending.poll()) {
            waiting.decrementAndGet();
            MockRoute route = mock(c);
            if (route != null) {
                routes.put(key(route), route);
                changed = true;
            }
        }
        if (changed) {
            List<MockRoute> all = List.copyOf(routes.values());
            try {
                sets.save(name, all);
                problem = null;
            } catch (IOException e) {
                problem = "the mock set " + name + " could not be written (" + IoMessages.reason(e) + ")";
                LOG.warn("Recording: {}", problem);
                return;
            }
            written.accept(all);
        }
    }

    /** Method, path, and the query's names and values in order. */
    private static String key(MockRoute route) {
        StringBuilder key = new StringBuilder(route.method()).append(' ').append(route.path());
        for (Header q : route.match().query()) {
            key.append('\n').append(q.name()).append('=').append(q.value());
        }
        return key.toString();
    }

    /** The mock that gives this answer again, or null (logged) when it cannot be one. */
    private static MockRoute mock(Captured c) {
        String what = c.method() + " " + c.path();
        String encoding = c.headers().stream()
                .filter(h -> h.is("Content-Encoding"))
                .map(h -> h.value().strip())
                .findFirst()
                .orElse("identity");
        String why = c.status() < 200 || c.status() > 599
                ? "status " + c.status()
                : c.body().length > MAX_BODY
                        ? "the body is larger than " + MAX_BODY + " bytes"
                        : !encoding.isEmpty() && !encoding.equalsIgnoreCase("identity")
                                ? "the body is compressed (" + encoding + ")"
                                : MockRoute.methodProblem(c.method()) != null
                                        ? MockRoute.methodProblem(c.method())
                                        : MockRoute.pathProblem(c.path());
        String body = why == null ? text(c.body()) : null;
        if (why == null && body == null) {
            why = "the body is not UTF-8 text";
        }
        if (why != null) {
            LOG.info("Not recorded: {} ({})", what, why);
            return null;
        }
        List<Header> headers = new ArrayList<>();
        for (Header h : c.headers()) {
            Header kept = new Header(h.name(), escape(h.value()));
            if (!HopByHop.notReplayed(h.name()) && !h.name().startsWith(":") && MockRoute.headerProblem(kept) == null) {
                headers.add(kept);
            }
        }
        List<Header> query = new ArrayList<>();
        if (c.rawQuery() != null && !c.rawQuery().isEmpty()) {
            SiteRequest.decodeForm(c.rawQuery())
                    .forEach((n, values) -> values.forEach(v -> query.add(new Header(n, v))));
        }
        try {
            return new MockRoute(
                    c.method(),
                    c.path(),
                    new MockMatch(query, List.of(), BodyMatch.ANY),
                    List.of(new MockAnswer(c.status(), "", headers, escape(body), 0, null)),
                    false);
        } catch (IllegalArgumentException e) {
            LOG.info("Not recorded: {} ({})", what, e.getMessage());
            return null;
        }
    }

    /** The text as it is when it is not a template; "{{" written so that it is sent as it is. */
    private static String escape(String text) {
        return text.replace("{{", "\\{{");
    }

    private static String text(byte[] body) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
