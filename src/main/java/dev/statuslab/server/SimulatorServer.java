package dev.statuslab.server;

import dev.statuslab.core.django.DjangoVersion;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.server.cors.Cors;
import dev.statuslab.server.cors.CorsPolicy;
import dev.statuslab.server.django.ContactStore;
import dev.statuslab.server.tls.HttpsListener;
import dev.statuslab.server.tls.SimulatorCertificate;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
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

    private final SimulatorOptions options;
    private final StatusCatalog catalog;
    private static final String UNKNOWN_REASON = "Unknown Status Code";
    private final String[] reasons;
    private final ContactStore store = new ContactStore();
    private final MockRoutes mocks;
    private final Cors cors;
    private volatile Proxying proxying = Proxying.NONE;
    private volatile DjangoVersion django = DjangoVersion.DEFAULT;
    /** The current run (site, delays, Javalin), or null while stopped. */
    private SimulatorRun run;

    private int port = -1;
    /** The port the next start binds: the options' one, or 0 after the preferred one was taken. */
    private int bindPort;

    private boolean h2c;
    private final HttpsListener https;

    /** Before {@link #start()}: also serve over TLS (HTTP/2 and HTTP/1.1 by ALPN) on a port of its own (0: a free one). */
    public synchronized SimulatorServer withHttps(SimulatorCertificate cert, int httpsPort) {
        https.want(cert, httpsPort);
        return this;
    }

    /**
     * Serves over TLS from now on: on the running server, opens the TLS port (the one it had
     * earlier in this launch, else {@code preferredPort} (0: none), if free; else a free one) and
     * returns its base URL; before {@link #start()}, as {@code withHttps} and returns null. Call off
     * the UI thread.
     */
    public synchronized URI startHttps(SimulatorCertificate cert, int preferredPort) throws IOException {
        https.want(cert, preferredPort);
        if (run == null) {
            return null;
        }
        https.open(cert);
        LOG.info("HTTPS on {}", httpsBaseUri());
        return httpsBaseUri();
    }

    /** Closes the TLS port, and serves no TLS at the next start either; the clear port stays. Call off the UI thread. */
    public synchronized void stopHttps() {
        https.close();
    }

    /** Before {@link #start()}: also accept clear-text HTTP/2 by prior knowledge on the clear port. */
    public synchronized SimulatorServer withH2c() {
        this.h2c = true;
        return this;
    }

    public SimulatorServer(SimulatorOptions options, StatusCatalog catalog) {
        this(options, catalog, new MockRoutes());
    }

    /** A server that answers with {@code mocks}, which may be filled before or after it starts. */
    public SimulatorServer(SimulatorOptions options, StatusCatalog catalog, MockRoutes mocks) {
        this(options, catalog, mocks, new Cors(CorsPolicy.ANY));
    }

    /** A server whose CORS policy is {@code cors}'s, which may be shared with another server and switched. */
    public SimulatorServer(SimulatorOptions options, StatusCatalog catalog, MockRoutes mocks, Cors cors) {
        this.cors = Objects.requireNonNull(cors, "cors");
        this.options = options;
        this.catalog = catalog;
        this.reasons = ReasonTable.of(catalog, UNKNOWN_REASON);
        this.mocks = Objects.requireNonNull(mocks, "mocks");
        this.bindPort = options.port();
        this.https = new HttpsListener(this::reasonPhrase, options.host(), options.idleTimeout());
    }

    /**
     * Starts on the options' port as the preferred one; when it cannot be bound (taken by another
     * program, or not permitted), on a free port instead. The scripts' {@code serve --port} keeps
     * {@link #start()}, which fails rather than move. Call off the UI thread.
     */
    public synchronized Started startPreferring() throws BindFailedException {
        if (run != null) {
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
        if (run != null) {
            return port;
        }
        SimulatorRun started = SimulatorRun.start(this, catalog, () -> proxying, https, bindPort, h2c);
        this.run = started;
        this.port = started.port();
        this.bindPort = options.port();
        if (!options.isLoopback()) {
            LOG.warn("Listening on {} — reachable from other machines", options.host());
        }
        LOG.info("StatusLab simulator on {}", baseUri());
        return port;
    }

    /** Stops serving and frees the port; safe to call twice. */
    public synchronized void stop() {
        if (run == null) {
            return;
        }
        run.stop();
        run = null;
        port = -1;
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return run != null;
    }

    public synchronized int port() {
        if (run == null) {
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
        return https.isOpen();
    }

    /** The TLS port; the server must run with {@link #withHttps}. */
    public synchronized int httpsPort() {
        return https.port();
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

    public SimulatorOptions options() {
        return options;
    }

    /** The phrase the wire carries: the registry's name, or Django's "Unknown Status Code". */
    String reasonPhrase(int code) {
        return code >= 0 && code < reasons.length ? reasons[code] : UNKNOWN_REASON;
    }
}
