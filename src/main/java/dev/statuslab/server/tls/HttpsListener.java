package dev.statuslab.server.tls;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.IntFunction;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's TLS port (HTTP/2 and HTTP/1.1 by ALPN), beside its clear one: opened with the
 * server when asked for before it starts, or opened and closed while it runs (the window's HTTPS
 * switch). Reopened, it tries the port it had before, so the address stays the same within a
 * launch. Not thread-safe: its owner calls it under its own lock.
 */
public final class HttpsListener {

    private static final Logger LOG = LoggerFactory.getLogger(HttpsListener.class);

    private final IntFunction<String> reasons;
    private final String host;
    private final Duration idle;
    private SimulatorCertificate certificate;
    private int wantedPort = -1;
    private int lastPort = -1;
    private Server server;
    private HttpConfiguration http;
    private ServerConnector connector;

    /**
     * @param reasons the reason phrases of the clear port, also sent over TLS with HTTP/1.1
     * @param host    the address to listen on, as the clear port's
     * @param idle    how long a silent connection stays open
     */
    public HttpsListener(IntFunction<String> reasons, String host, Duration idle) {
        this.reasons = Objects.requireNonNull(reasons, "reasons");
        this.host = Objects.requireNonNull(host, "host");
        this.idle = Objects.requireNonNull(idle, "idle");
    }

    /** Serve TLS with {@code cert} on {@code port} (0: a free one) when the server starts. */
    public void want(SimulatorCertificate cert, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535: " + port);
        }
        this.certificate = Objects.requireNonNull(cert, "cert");
        this.wantedPort = port;
    }

    /** Whether a TLS port is wanted when the server starts. */
    public boolean wanted() {
        return certificate != null;
    }

    /** The server is being built on {@code jetty}: remembered, with the TLS connector made if one is wanted. */
    public void attach(Server jetty, HttpConfiguration configuration) {
        this.server = jetty;
        this.http = configuration;
        connector = certificate == null ? null : make(wantedPort);
    }

    /** The TLS connector {@link #attach} made, for the server to add. */
    public ServerConnector attached() {
        return connector;
    }

    /**
     * Opens the TLS port on the running server (the one {@link #attach} saw) and returns it; while
     * open, returns its port. Tries the port of the last opening first, then a free one.
     */
    public int open(SimulatorCertificate cert) throws IOException {
        if (server == null) {
            throw new IllegalStateException("the server is not running");
        }
        if (connector != null && connector.isRunning()) {
            return connector.getLocalPort();
        }
        want(cert, Math.max(wantedPort, 0));
        int preferred = lastPort > 0 ? lastPort : wantedPort;
        try {
            return start(preferred);
        } catch (IOException busy) {
            if (preferred == 0) {
                throw busy;
            }
            LOG.info("HTTPS port {} unavailable ({}); using a free one", preferred, busy.getMessage());
            return start(0);
        }
    }

    private int start(int port) throws IOException {
        ServerConnector made = make(port);
        server.addConnector(made);
        try {
            made.start();
        } catch (Exception e) {
            server.removeConnector(made);
            stopQuietly(made);
            throw new IOException(
                    "port " + port + " on " + host + " could not be opened for HTTPS: " + e.getMessage(), e);
        }
        connector = made;
        lastPort = made.getLocalPort();
        return lastPort;
    }

    /** Closes the TLS port and serves none from then on (not at the next start either). */
    public void close() {
        closePort();
        certificate = null;
    }

    /** The server stops: the TLS port closes, and opens again with the server if it was wanted. */
    public void detach() {
        closePort();
        server = null;
        http = null;
    }

    private void closePort() {
        ServerConnector open = connector;
        connector = null;
        if (open != null) {
            if (open.isStarted()) {
                lastPort = open.getLocalPort();
            }
            stopQuietly(open);
            if (server != null) {
                server.removeConnector(open);
            }
        }
    }

    /** Whether the TLS port is open. */
    public boolean isOpen() {
        return connector != null && connector.getLocalPort() > 0;
    }

    /** The TLS port; it must be open. */
    public int port() {
        if (!isOpen()) {
            throw new IllegalStateException("the server is not serving https");
        }
        return connector.getLocalPort();
    }

    private ServerConnector make(int port) {
        return TlsConnectors.https(server, http, reasons, certificate, host, port, idle);
    }

    private static void stopQuietly(ServerConnector c) {
        try {
            c.stop();
        } catch (Exception e) {
            LOG.debug("while closing the HTTPS port", e);
        }
    }
}
