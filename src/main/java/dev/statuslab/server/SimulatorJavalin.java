package dev.statuslab.server;

import dev.statuslab.server.jetty.PlainErrorHandler;
import dev.statuslab.server.jetty.ReasonPhraseConnectionFactory;
import dev.statuslab.server.jetty.ServerWideOptionsHandler;
import dev.statuslab.server.tls.HttpsListener;
import dev.statuslab.server.tls.TlsConnectors;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.servlet.SubmitOrder;
import io.javalin.http.servlet.Task;
import java.util.function.IntFunction;
import kotlin.Unit;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * How the simulator's Javalin is put together: Jetty's threads, its error page and server-wide
 * OPTIONS, the clear connector (with h2c when asked), the TLS one when wanted, and one lifecycle
 * task that hands every request to the simulated site.
 */
final class SimulatorJavalin {

    private SimulatorJavalin() {}

    /** A Javalin not yet started, listening as {@code options} say on {@code bindPort}. */
    static Javalin create(
            SimulatorOptions options,
            int bindPort,
            boolean h2c,
            IntFunction<String> reasons,
            HttpsListener https,
            JavalinBridge bridge) {
        QueuedThreadPool threads = new QueuedThreadPool(200, 4, 60_000);
        threads.setName("statuslab-http");
        threads.setDaemon(true);
        return Javalin.create(config -> {
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
                https.attach(server, http); // also when no TLS is wanted yet: the window's switch opens it later
                return connector;
            });
            if (https.wanted()) {
                config.jetty.addConnector((server, http) -> https.attached());
            }
            config.requestLifeCycle(
                    (submit, servlet, ctx, uri) -> submit.invoke(SubmitOrder.LAST, new Task(false, () -> {
                        bridge.handle(ctx);
                        return Unit.INSTANCE;
                    })));
        });
    }
}
