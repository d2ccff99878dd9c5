package dev.statuslab.server;

import dev.statuslab.core.concurrent.DaemonThreads;
import dev.statuslab.core.django.DjangoVersion;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.server.cors.Cors;
import dev.statuslab.server.cors.CorsPolicy;
import dev.statuslab.server.django.ContactStore;
import dev.statuslab.server.jetty.PlainErrorHandler;
import dev.statuslab.server.jetty.ReasonPhraseConnectionFactory;
import dev.statuslab.server.jetty.ServerWideOptionsHandler;
import dev.statuslab.server.site.AllowedHosts;
import dev.statuslab.server.site.Csrf;
import dev.statuslab.server.site.Site;
import dev.statuslab.server.tls.SimulatorCertificate;
import dev.statuslab.server.tls.TlsConnectors;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.servlet.SubmitOrder;
import io.javalin.http.servlet.Task;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.IntFunction;
import java.util.random.RandomGenerator;
import kotlin.Unit;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded simulator: Javalin (Jetty 12) bound to 127.0.0.1, or to the host the user asked
 * for, on the given port or a free one. Every request goes to one lifecycle task that runs the
 * simulated Django site, so Javalin's own routing (automatic HEAD, trailing-slash folding, 404
 * and 405 pages) never answers for it.
 */
public final class SimulatorServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorServer.class);

    /**
     * Where to listen, which extra Host names Django's ALLOWED_HOSTS accepts, the largest request
     * body, and how long a connection may stay silent (waiting for a request or for more of one)
     * before the server closes it.
     */
    public record Options(
            String host, int port, List<String> extraAllowedHosts, long maxBodyBytes, Duration idleTimeout) {
        public static final String LOOPBACK = "127.0.0.1";
        public static final long DEFAULT_MAX_BODY = 10L * 1024 * 1024;
        public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
        /** The port the desktop app prefers, so that the simulator's address stays the same between launches. */
        public static final int PREFERRED_PORT = 8765;

        public Options {
            Objects.requireNonNull(host, "host");
            extraAllowedHosts = List.copyOf(extraAllowedHosts);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0-65535: " + port);
            }
            if (idleTimeout.isNegative() || idleTimeout.isZero()) {
                throw new IllegalArgumentException("idle timeout must be positive: " + idleTimeout);
            }
        }

        public Options(String host, int port, List<String> extraAllowedHosts, long maxBodyBytes) {
            this(host, port, extraAllowedHosts, maxBodyBytes, DEFAULT_IDLE_TIMEOUT);
        }

        public static Options loopback(int port) {
            return new Options(LOOPBACK, port, List.of(), DEFAULT_MAX_BODY);
        }

        public Options withIdleTimeout(Duration timeout) {
            return new Options(host, port, extraAllowedHosts, maxBodyBytes, timeout);
        }

        public boolean isLoopback() {
            return host.equals(LOOPBACK) || host.equals("localhost") || host.equals("::1") || host.startsWith("127.");
        }
    }

    /**
     * How {@link #startPreferring()} went: the port now in use, and whether it is the preferred one
     * or, because that one was taken, a free one instead (with the reason, for the status bar).
     */
    public record Started(int port, int preferredPort, String fallbackReason) {
        public boolean fellBack() {
            return fallbackReason != null;
        }

        /** e.g. "port 8765 on 127.0.0.1 is already in use or not permitted; using the free port 40123 instead" */
        public String note() {
            return fellBack() ? fallbackReason + "; using the free port " + port + " instead" : null;
        }
    }

    /** The port could not be bound (in use, or not permitted). */
    public static final class BindFailedException extends IOException {
        private static final long serialVersionUID = 1L;

        BindFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Options options;
    private final StatusCatalog catalog;
    private static final String UNKNOWN_REASON = "Unknown Status Code";
    private final String[] reasons;
    private final ContactStore store = new ContactStore();
    private final MockRoutes mocks;
    private final Cors cors;
    private volatile Proxying proxying = Proxying.NONE;
    private volatile DjangoVersion django = DjangoVersion.DEFAULT;
    private Javalin app;
    private ScheduledExecutorService delays;
    private int port = -1;
    /** The port the next start binds: the options' one, or 0 after the preferred one was taken. */
    private int bindPort;

    private SimulatorCertificate certificate;
    private int wantedHttpsPort = -1;
    private boolean h2c;
    private ServerConnector httpsConnector;

    /** Before {@link #start()}: also serve over TLS (HTTP/2 and HTTP/1.1 by ALPN) on a port of its own (0: a free one). */
    public synchronized SimulatorServer withHttps(SimulatorCertificate cert, int httpsPort) {
        if (httpsPort < 0 || httpsPort > 65535) {
            throw new IllegalArgumentException("port must be 0-65535: " + httpsPort);
        }
        this.certificate = Objects.requireNonNull(cert, "cert");
        this.wantedHttpsPort = httpsPort;
        return this;
    }

    /** Before {@link #start()}: also accept clear-text HTTP/2 by prior knowledge on the clear port. */
    public synchronized SimulatorServer withH2c() {
        this.h2c = true;
        return this;
    }

    public SimulatorServer(Options options, StatusCatalog catalog) {
        this(options, catalog, new MockRoutes());
    }

    /** A server that answers with {@code mocks}, which may be filled before or after it starts. */
    public SimulatorServer(Options options, StatusCatalog catalog, MockRoutes mocks) {
        this(options, catalog, mocks, new Cors(CorsPolicy.ANY));
    }

    /** A server whose CORS policy is {@code cors}'s, which may be shared with another server and switched. */
    public SimulatorServer(Options options, StatusCatalog catalog, MockRoutes mocks, Cors cors) {
        this.cors = Objects.requireNonNull(cors, "cors");
        this.options = options;
        this.catalog = catalog;
        this.reasons = ReasonTable.of(catalog, UNKNOWN_REASON);
        this.mocks = Objects.requireNonNull(mocks, "mocks");
        this.bindPort = options.port();
    }

    /**
     * Starts on the options' port as the preferred one; when it cannot be bound (taken by another
     * program, or not permitted), on a free port instead. The scripts' {@code serve --port} keeps
     * {@link #start()}, which fails rather than move. Call off the UI thread.
     */
    public synchronized Started startPreferring() throws BindFailedException {
        if (app != null) {
            return new Started(port, options.port(), null);
        }
        bindPort = options.port();
        try {
            return new Started(start(), options.port(), null);
        } catch (BindFailedException busy) {
            if (options.port() == 0) {
                throw busy;
            }
            bindPort = 0;
            int free = start();
            LOG.info("Preferred port {} unavailable ({}); simulator on {}", options.port(), busy.getMessage(), free);
            return new Started(free, options.port(), busy.getMessage());
        }
    }

    /** Binds and starts serving; returns the real port. Call off the UI thread. */
    public synchronized int start() throws BindFailedException {
        if (app != null) {
            return port;
        }
        IntFunction<String> reasons = this::reasonPhrase;
        AllowedHosts hosts = new AllowedHosts(options.extraAllowedHosts());
        Csrf csrf = new Csrf(hosts);
        Site site = new Site(
                Routes.urlConf(store, csrf, catalog, RandomGenerator.getDefault(), mocks::resetSequences), hosts, csrf);
        ScheduledExecutorService scheduler =
                Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("statuslab-delays"));
        JavalinBridge bridge = new JavalinBridge(
                site, mocks, cors, () -> proxying, scheduler, reasons, options.maxBodyBytes(), this::django);
        QueuedThreadPool threads = new QueuedThreadPool(200, 4, 60_000);
        threads.setName("statuslab-http");
        threads.setDaemon(true);
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.jetty.threadPool = threads;
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new PlainErrorHandler(reasons));
                server.setHandler(new ServerWideOptionsHandler());
            });
            config.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
                http.setSendDateHeader(true);
                http.setRequestHeaderSize(8 * 1024);
            });
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = h2c
                        ? new ServerConnector(
                                server, new ReasonPhraseConnectionFactory(http, reasons), TlsConnectors.h2c(http))
                        : new ServerConnector(server, new ReasonPhraseConnectionFactory(http, reasons));
                connector.setHost(options.host());
                connector.setPort(bindPort);
                connector.setIdleTimeout(options.idleTimeout().toMillis());
                return connector;
            });
            if (certificate != null) {
                config.jetty.addConnector((server, http) -> {
                    httpsConnector = TlsConnectors.https(
                            server, http, reasons, certificate, options.host(), wantedHttpsPort, options.idleTimeout());
                    return httpsConnector;
                });
            }
            config.requestLifeCycle(
                    (submit, servlet, ctx, uri) -> submit.invoke(SubmitOrder.LAST, new Task(false, () -> {
                        bridge.handle(ctx);
                        return Unit.INSTANCE;
                    })));
        });
        try {
            javalin.start();
        } catch (RuntimeException e) {
            scheduler.shutdownNow();
            stopQuietly(javalin);
            throw new BindFailedException(bindMessage(e), e);
        }
        this.app = javalin;
        this.delays = scheduler;
        this.port = javalin.port();
        this.bindPort = options.port();
        if (!options.isLoopback()) {
            LOG.warn("Listening on {} — reachable from other machines", options.host());
        }
        LOG.info("StatusLab simulator on {}", baseUri());
        return port;
    }

    /** Stops serving and frees the port; safe to call twice. */
    public synchronized void stop() {
        if (app == null) {
            return;
        }
        stopQuietly(app);
        delays.shutdownNow();
        httpsConnector = null;
        app = null;
        delays = null;
        port = -1;
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return app != null;
    }

    public synchronized int port() {
        if (app == null) {
            throw new IllegalStateException("the server is not running");
        }
        return port;
    }

    /** e.g. http://127.0.0.1:8000 */
    public synchronized URI baseUri() {
        return URI.create("http://" + uriHost() + ":" + port());
    }

    /** Whether the simulator also serves over TLS. */
    public synchronized boolean hasHttps() {
        return httpsConnector != null;
    }

    /** The TLS port; the server must run with {@link #withHttps}. */
    public synchronized int httpsPort() {
        if (httpsConnector == null) {
            throw new IllegalStateException("the server is not serving https");
        }
        return httpsConnector.getLocalPort();
    }

    /** e.g. https://127.0.0.1:8443 */
    public synchronized URI httpsBaseUri() {
        return URI.create("https://" + uriHost() + ":" + httpsPort());
    }

    private String uriHost() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return host.equals("0.0.0.0") ? "127.0.0.1" : host;
    }

    /** The Django release line the site answers as. */
    public DjangoVersion django() {
        return django;
    }

    /**
     * Answers as another Django release line from the next request on, running or not; the
     * message table and the mocks stay as they are.
     */
    public void useDjango(DjangoVersion version) {
        this.django = Objects.requireNonNull(version, "version");
        LOG.info("The simulator answers as {}", version.label());
    }

    public ContactStore store() {
        return store;
    }

    public MockRoutes mocks() {
        return mocks;
    }

    /**
     * Sends every request that no mock answers to this backend instead of the simulated site
     * ({@code serve --proxy}); null for none. Takes effect from the next request, running or not.
     */
    public void proxyTo(ProxyTarget target) {
        proxyTo(target, null);
    }

    /**
     * As {@link #proxyTo(ProxyTarget)}, and each answer of the backend is also given to {@code
     * recorder} (null: none), which the caller closes. A recorder needs a target.
     */
    public void proxyTo(ProxyTarget target, ProxyRecorder recorder) {
        this.proxying = new Proxying(target, recorder);
        LOG.info(
                "Requests no mock answers go to {}{}",
                target == null ? "the simulated site" : target.base(),
                recorder == null ? "" : ", recorded into the mock set " + recorder.setName());
    }

    /** The CORS policy, switchable while the server runs; on for any origin by default. */
    public Cors cors() {
        return cors;
    }

    public Options options() {
        return options;
    }

    /** The phrase the wire carries: the registry's name, or Django's "Unknown Status Code". */
    String reasonPhrase(int code) {
        return code >= 0 && code < reasons.length ? reasons[code] : UNKNOWN_REASON;
    }

    private String bindMessage(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return "port " + bindPort + " on " + options.host() + " is already in use or not permitted";
            }
        }
        return "could not start the server on " + options.host() + ":" + bindPort + ": " + e.getMessage();
    }

    private static void stopQuietly(Javalin javalin) {
        try {
            javalin.stop();
        } catch (RuntimeException e) {
            LOG.debug("while stopping", e);
        }
    }
}
