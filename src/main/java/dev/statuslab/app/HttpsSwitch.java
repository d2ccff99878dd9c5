package dev.statuslab.app;

import dev.statuslab.server.SimulatorServer;
import dev.statuslab.server.tls.SimulatorCertificate;
import dev.statuslab.ui.common.AppPreferences;
import dev.statuslab.ui.mainwindow.SimulatorHttps;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Simulator → Serve HTTPS as the app does it: opens and closes the running simulator's TLS port
 * on the background executor, with the data folder's certificate (made on first use), and
 * remembers the choice and the port (tried first at the next launch, so that a certificate trusted
 * for that host and port stays trusted). A simulator still starting gets its TLS port through {@link #settle}
 * once it runs; switching and settling are serialized, so the port ends as last asked.
 */
public final class HttpsSwitch implements SimulatorHttps.Switch {

    /** Where the simulator's certificate comes from (the data folder's, or one made in a test). */
    @FunctionalInterface
    public interface Certificates {
        SimulatorCertificate get() throws IOException;
    }

    /** What {@link #settle} did: the https address, or null and why not (null: switched off). */
    public record Settled(URI https, String reason) {}

    private final Supplier<SimulatorServer> server;
    private final Certificates certificates;
    private final Executor background;
    private final AppPreferences prefs;
    private boolean wanted;

    /**
     * @param server       the running simulator, or null while it starts
     * @param certificates the certificate the TLS port serves
     * @param background   where the ports are opened and closed
     * @param prefs        whether HTTPS is on at launch, and on which port; both kept
     */
    public HttpsSwitch(
            Supplier<SimulatorServer> server, Certificates certificates, Executor background, AppPreferences prefs) {
        this.prefs = Objects.requireNonNull(prefs, "prefs");
        this.wanted = prefs.simulatorHttps();
        this.server = Objects.requireNonNull(server, "server");
        this.certificates = Objects.requireNonNull(certificates, "certificates");
        this.background = Objects.requireNonNull(background, "background");
    }

    @Override
    public CompletableFuture<URI> on() {
        return CompletableFuture.supplyAsync(
                () -> {
                    prefs.setSimulatorHttps(true);
                    synchronized (this) {
                        wanted = true;
                        SimulatorServer running = server.get();
                        return running == null ? null : open(running);
                    }
                },
                background);
    }

    @Override
    public CompletableFuture<Void> off() {
        return CompletableFuture.runAsync(
                () -> {
                    prefs.setSimulatorHttps(false);
                    synchronized (this) {
                        wanted = false;
                        SimulatorServer running = server.get();
                        if (running != null) {
                            running.stopHttps();
                        }
                    }
                },
                background);
    }

    /** The simulator has just started: its TLS port opened or closed as the switch says. Call off the UI thread. */
    public synchronized Settled settle(SimulatorServer started) {
        if (!wanted) {
            if (started.hasHttps()) {
                started.stopHttps();
            }
            return new Settled(null, null);
        }
        try {
            return new Settled(started.hasHttps() ? started.httpsBaseUri() : open(started), null);
        } catch (CompletionException e) {
            return new Settled(null, e.getCause().getMessage());
        }
    }

    private URI open(SimulatorServer running) {
        try {
            URI uri = running.startHttps(certificates.get(), prefs.simulatorHttpsPort());
            prefs.setSimulatorHttpsPort(uri.getPort());
            return uri;
        } catch (IOException e) {
            throw new CompletionException(e);
        }
    }
}
