package dev.statuslab.server;

import dev.statuslab.core.concurrent.DaemonThreads;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.server.site.AllowedHosts;
import dev.statuslab.server.site.Csrf;
import dev.statuslab.server.site.Site;
import dev.statuslab.server.tls.HttpsListener;
import io.javalin.Javalin;
import java.net.BindException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the simulator, from its bind to its stop: the simulated Django site, the scheduler of
 * its delayed answers, and the Javalin serving them, started (or refused, leaving nothing behind)
 * as a whole. What outlives a run (the message table, the mocks, CORS, the Django version, the TLS
 * listener) belongs to the {@link SimulatorServer}.
 */
final class SimulatorRun {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorRun.class);

    private final Javalin app;
    private final ScheduledExecutorService delays;
    private final HttpsListener https;

    private SimulatorRun(Javalin app, ScheduledExecutorService delays, HttpsListener https) {
        this.app = app;
        this.delays = delays;
        this.https = https;
    }

    /** Builds the site for {@code server} and binds it on {@code bindPort}; call off the UI thread. */
    static SimulatorRun start(
            SimulatorServer server,
            StatusCatalog catalog,
            Supplier<Proxying> proxying,
            HttpsListener https,
            int bindPort,
            boolean h2c)
            throws SimulatorServer.BindFailedException {
        SimulatorOptions options = server.options();
        IntFunction<String> reasons = server::reasonPhrase;
        AllowedHosts hosts = new AllowedHosts(options.extraAllowedHosts());
        Csrf csrf = new Csrf(hosts);
        Site site = new Site(
                Routes.urlConf(
                        server.store(), csrf, catalog, RandomGenerator.getDefault(), server.mocks()::resetSequences),
                hosts,
                csrf);
        ScheduledExecutorService scheduler =
                Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("statuslab-delays"));
        JavalinBridge bridge = new JavalinBridge(
                site,
                server.mocks(),
                server.cors(),
                proxying,
                scheduler,
                reasons,
                options.maxBodyBytes(),
                server::django);
        Javalin javalin = SimulatorJavalin.create(options, bindPort, h2c, reasons, https, bridge);
        try {
            javalin.start();
        } catch (RuntimeException e) {
            scheduler.shutdownNow();
            https.detach();
            stopQuietly(javalin);
            throw new SimulatorServer.BindFailedException(bindMessage(e, options.host(), bindPort), e);
        }
        return new SimulatorRun(javalin, scheduler, https);
    }

    /** The port it is bound to. */
    int port() {
        return app.port();
    }

    /** Stops serving: the TLS port, the clear one and the delayed answers. */
    void stop() {
        https.detach();
        stopQuietly(app);
        delays.shutdownNow();
    }

    private static String bindMessage(RuntimeException e, String host, int port) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return "port " + port + " on " + host + " is already in use or not permitted";
            }
        }
        return "could not start the server on " + host + ":" + port + ": " + e.getMessage();
    }

    private static void stopQuietly(Javalin javalin) {
        try {
            javalin.stop();
        } catch (RuntimeException e) {
            LOG.debug("while stopping", e);
        }
    }
}
