package dev.statuslab.cli;

import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.server.SimulatorServer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: only the simulator, for curl, browsers and front-end apps, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run only the simulator server until interrupted (Ctrl+C).")
public final class ServeCommand implements Callable<Integer> {

    static final int EXIT_BIND_FAILED = 3;

    @Option(names = "--port", defaultValue = "8000", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = SimulatorServer.Options.LOOPBACK,
            description = "Address to bind (default: ${DEFAULT-VALUE}). Anything but loopback exposes the server to your network.")
    String host;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("statuslab: --port must be between 0 and 65535");
            return 2;
        }
        List<String> extraHosts = new ArrayList<>();
        SimulatorServer.Options options = new SimulatorServer.Options(host, port, extraHosts,
                SimulatorServer.Options.DEFAULT_MAX_BODY);
        if (!options.isLoopback()) {
            extraHosts.add(host);
            options = new SimulatorServer.Options(host, port, extraHosts, SimulatorServer.Options.DEFAULT_MAX_BODY);
            err.println("statuslab: warning: listening on " + host + " makes the simulator reachable from other machines");
        }
        SimulatorServer server = new SimulatorServer(options, StatusCatalog.load());
        try {
            server.start();
        } catch (SimulatorServer.BindFailedException e) {
            err.println("statuslab: " + e.getMessage());
            err.flush();
            return EXIT_BIND_FAILED;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "statuslab-shutdown"));
        out.println("StatusLab simulator listening on " + server.baseUri() + "/  (Ctrl+C to stop)");
        out.flush();
        stopped.await();
        return 0;
    }
}
