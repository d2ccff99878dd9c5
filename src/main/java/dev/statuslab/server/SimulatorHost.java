package dev.statuslab.server;

import dev.statuslab.core.django.DjangoVersion;
import dev.statuslab.server.tls.SimulatorCertificate;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;

/**
 * The simulator a desktop window runs: started on the background executor on the preferred port (a
 * free one when that is taken), answering as the Django version last chosen even when it was chosen
 * while the simulator started, and its TLS port opened and closed on demand. Whether HTTPS is on and
 * on which port are remembered through {@link Memory}, so the next launch serves the same https
 * address and a certificate trusted for it stays trusted. Switching and settling at start are
 * serialized, so the TLS port ends as last asked.
 */
public final class SimulatorHost {

    /** Where the HTTPS choice and port are kept between launches (the app's preferences). */
    public record Memory(
            BooleanSupplier httpsOn, Consumer<Boolean> setHttpsOn, IntSupplier httpsPort, IntConsumer setHttpsPort) {

        public Memory {
            Objects.requireNonNull(httpsOn, "httpsOn");
            Objects.requireNonNull(setHttpsOn, "setHttpsOn");
            Objects.requireNonNull(httpsPort, "httpsPort");
            Objects.requireNonNull(setHttpsPort, "setHttpsPort");
        }
    }

    /** Where the simulator's certificate comes from (the data folder's, made on first use, or a test's). */
    @FunctionalInterface
    public interface Certificates {
        SimulatorCertificate get() throws IOException;
    }

    /**
     * A simulator now running: its address, what to say about its port (null when it got the
     * preferred one), and its https address, or null with the reason (null reason: HTTPS is off).
     */
    public record Started(URI base, String note, URI https, String httpsProblem) {}

    private final IntFunction<SimulatorServer> simulators;
    private final Certificates certificates;
    private final Memory memory;
    private final Executor background;
    private volatile SimulatorServer server;
    private volatile DjangoVersion django = DjangoVersion.DEFAULT;
    private boolean httpsWanted;

    /**
     * @param simulators   makes a (not yet started) simulator for a preferred port
     * @param certificates the certificate the TLS port serves
     * @param memory       whether HTTPS is on at launch and on which port; both kept
     * @param background   where simulators start and ports open and close
     */
    public SimulatorHost(
            IntFunction<SimulatorServer> simulators, Certificates certificates, Memory memory, Executor background) {
        this.simulators = Objects.requireNonNull(simulators, "simulators");
        this.certificates = Objects.requireNonNull(certificates, "certificates");
        this.memory = Objects.requireNonNull(memory, "memory");
        this.background = Objects.requireNonNull(background, "background");
        this.httpsWanted = memory.httpsOn().getAsBoolean();
    }

    /**
     * Starts a simulator on {@code preferredPort}, or on a free port when that one is taken; fails
     * with {@link SimulatorServer.BindFailedException} when no port can be had.
     */
    public CompletableFuture<Started> start(int preferredPort) {
        return CompletableFuture.supplyAsync(
                () -> {
                    SimulatorServer candidate = simulators.apply(preferredPort);
                    String note;
                    try {
                        note = candidate.startPreferring().note();
                    } catch (SimulatorServer.BindFailedException e) {
                        throw new CompletionException(e);
                    }
                    candidate.useDjango(django);
                    server = candidate;
                    candidate.useDjango(django); // again, in case the choice changed in between
                    return settle(candidate, note);
                },
                background);
    }

    /** The running simulator, or null while none runs. */
    public SimulatorServer running() {
        return server;
    }

    /** From the next request on, the simulator (running or still starting) answers as {@code version}. */
    public void useDjango(DjangoVersion version) {
        django = Objects.requireNonNull(version, "version");
        SimulatorServer running = server;
        if (running != null) {
            running.useDjango(version);
        }
    }

    /** Opens the TLS port; completes with its base URL, or null when no simulator runs yet (it opens at start). */
    public CompletableFuture<URI> httpsOn() {
        return CompletableFuture.supplyAsync(
                () -> {
                    memory.setHttpsOn().accept(true);
                    synchronized (this) {
                        httpsWanted = true;
                        SimulatorServer running = server;
                        return running == null ? null : openHttps(running);
                    }
                },
                background);
    }

    /** Closes the TLS port; the clear one stays. */
    public CompletableFuture<Void> httpsOff() {
        return CompletableFuture.runAsync(
                () -> {
                    memory.setHttpsOn().accept(false);
                    synchronized (this) {
                        httpsWanted = false;
                        SimulatorServer running = server;
                        if (running != null) {
                            running.stopHttps();
                        }
                    }
                },
                background);
    }

    /** Stops the running simulator, if any. */
    public void stop() {
        SimulatorServer running = server;
        if (running != null) {
            running.stop();
        }
    }

    private synchronized Started settle(SimulatorServer started, String note) {
        URI base = started.baseUri();
        if (!httpsWanted) {
            if (started.hasHttps()) {
                started.stopHttps();
            }
            return new Started(base, note, null, null);
        }
        try {
            return new Started(base, note, started.hasHttps() ? started.httpsBaseUri() : openHttps(started), null);
        } catch (CompletionException e) {
            return new Started(base, note, null, e.getCause().getMessage());
        } catch (RuntimeException e) {
            // No certificate could be made (e.g. a runtime without an EC provider): the clear port serves anyway.
            return new Started(base, note, null, String.valueOf(e.getMessage()));
        }
    }

    private URI openHttps(SimulatorServer running) {
        try {
            URI uri = running.startHttps(certificates.get(), memory.httpsPort().getAsInt());
            memory.setHttpsPort().accept(uri.getPort());
            return uri;
        } catch (IOException e) {
            throw new CompletionException(e);
        }
    }
}
