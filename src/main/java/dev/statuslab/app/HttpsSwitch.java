package dev.statuslab.app;

import dev.statuslab.server.SimulatorServer;
import dev.statuslab.server.tls.SimulatorCertificate;
import dev.statuslab.ui.mainwindow.SimulatorHttps;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Simulator → Serve HTTPS as the app does it: opens and closes the running simulator's TLS port
 * on the background executor, with the data folder's certificate (made on first use), and
 * remembers the choice. A simulator still starting gets its TLS port through {@link #settle}
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
    private final Consumer<Boolean> remember;
    private boolean wanted;

    /**
     * @param wanted       whether HTTPS is on at launch
     * @param server       the running simulator, or null while it starts
     * @param certificates the certificate the TLS port serves
     * @param background   where the ports are opened and closed
     * @param remember     keeps the user's choice for the next launch
     */
    public HttpsSwitch(
            boolean wanted,
            Supplier<SimulatorServer> server,
            Certificates certificates,
            Executor background,
            Consumer<Boolean> remember) {
        this.wanted = wanted;
        this.server = Objects.requireNonNull(server, "server");
        this.certificates = Objects.requireNonNull(certificates, "certificates");
        this.background = Objects.requireNonNull(background, "background");
        this.remember = Objects.requireNonNull(remember, "remember");
    }

    @Override
    public CompletableFuture<URI> on() {
        return CompletableFuture.supplyAsync(
                () -> {
                    remember.accept(true);
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
                    remember.accept(false);
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
            return running.startHttps(certificates.get());
        } catch (IOException e) {
            throw new CompletionException(e);
        }
    }
}
