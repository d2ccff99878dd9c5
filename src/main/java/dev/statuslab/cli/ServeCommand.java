package dev.statuslab.cli;

import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.scenario.MockSets;
import dev.statuslab.core.scenario.MockStore;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.HistoryStore;
import dev.statuslab.server.ProxyRecorder;
import dev.statuslab.server.ProxyTarget;
import dev.statuslab.server.SimulatorOptions;
import dev.statuslab.server.SimulatorServer;
import dev.statuslab.server.cors.CorsPolicy;
import dev.statuslab.server.tls.SimulatorCertificate;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: only the simulator, with the user's mock routes, for curl, browsers and
 * front-end apps, until interrupted.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Run only the simulator server, with your mock routes, until interrupted (Ctrl+C).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:stopped",
            "2:an option is not valid",
            "3:the port is in use or not permitted",
            "4:the mocks file cannot be read or is not valid",
            "5:the TLS certificate cannot be read or written"
        })
public final class ServeCommand implements Callable<Integer> {

    static final int EXIT_BAD_OPTION = 2;
    static final int EXIT_BIND_FAILED = 3;
    static final int EXIT_BAD_MOCKS = 4;
    static final Duration PROXY_TIMEOUT = Duration.ofSeconds(10);
    static final int EXIT_BAD_CERTIFICATE = 5;

    @Option(
            names = "--port",
            defaultValue = "8000",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--host",
            defaultValue = SimulatorOptions.LOOPBACK,
            description =
                    "Address to bind (default: ${DEFAULT-VALUE}). Anything but loopback exposes the server to your network.")
    String host;

    @Option(
            names = "--mocks",
            paramLabel = "FILE",
            arity = "1..*",
            description = "Serve the mock routes of these files, as one set in the order given (default: the app's own"
                    + " mocks.json, when there is one).")
    List<Path> mocksFiles;

    @Option(
            names = "--cors",
            paramLabel = "off|on|ORIGIN,…",
            defaultValue = "on",
            description = "Answer CORS preflights and add Access-Control-Allow-* to the playground and your mocks:"
                    + " on for any origin (default), off, or only these origins, e.g. http://localhost:5173.")
    String cors;

    @Option(
            names = "--cors-django",
            description = "Answer CORS on the simulated Django site too (a fresh Django"
                    + " project has none, so it is off by default).")
    boolean corsOnDjango;

    @Option(
            names = "--proxy",
            paramLabel = "URL",
            description = "Send every request that no mock answers to this"
                    + " backend (e.g. https://api.example.com) instead of the simulated site; 502 or 504 with the reason when"
                    + " it cannot be reached or does not answer within 10 s.")
    URI proxy;

    @Option(
            names = "--record",
            paramLabel = "NAME",
            arity = "0..1",
            fallbackValue = ProxyRecorder.DEFAULT_SET,
            description = "With --proxy: each answer of the backend becomes a mock in the mock set NAME (default:"
                    + " ${FALLBACK-VALUE}) in the data folder, a repeat replacing the one before; text bodies up to"
                    + " 1 MiB. Serve it later without the backend with --mocks on the file this prints.")
    String record;

    @Mixin
    DjangoOption djangoOption = new DjangoOption();

    @Option(
            names = "--https",
            description = "Also serve over TLS (HTTP/2 and HTTP/1.1 by ALPN) on --https-port, with a"
                    + " self-signed certificate made on first use.")
    boolean https;

    @Option(
            names = "--https-port",
            defaultValue = "8443",
            description = "Port of --https; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int httpsPort;

    @Option(names = "--h2c", description = "Also accept clear-text HTTP/2 by prior knowledge on --port.")
    boolean h2c;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            hidden = true,
            description = "The data folder (default: STATUSLAB_DATA_DIR or the platform's place).")
    Path dataDirectory;

    @Spec
    CommandSpec spec;

    /** Counted down when serving should end: by Ctrl+C (the shutdown hook), or by a test. */
    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535 || httpsPort < 0 || httpsPort > 65535) {
            err.println("statuslab: --port and --https-port must be between 0 and 65535");
            return EXIT_BAD_OPTION;
        }
        Path data = dataDirectory(dataDirectory);
        CorsPolicy corsPolicy;
        try {
            corsPolicy = CorsPolicy.parse(cors).withSite(corsOnDjango);
        } catch (IllegalArgumentException e) {
            err.println("statuslab: --cors: " + e.getMessage());
            return EXIT_BAD_OPTION;
        }
        ProxyTarget target = null;
        if (proxy != null) {
            String problem = ProxyTarget.problem(proxy);
            if (problem != null) {
                err.println("statuslab: --proxy " + proxy + ": " + problem);
                return EXIT_BAD_OPTION;
            }
            target = new ProxyTarget(proxy, PROXY_TIMEOUT);
        }
        if (record != null && (target == null || ProxyRecorder.nameProblem(record) != null)) {
            err.println("statuslab: --record " + record + ": "
                    + (target == null ? "needs --proxy URL" : ProxyRecorder.nameProblem(record)));
            return EXIT_BAD_OPTION;
        }
        boolean given = mocksFiles != null && !mocksFiles.isEmpty();
        List<Path> files =
                given ? mocksFiles : List.of(MockStore.inDataDirectory(data).file());
        List<MockRoute> mocks = new ArrayList<>();
        for (Path file : files) {
            try {
                mocks.addAll(MockStore.read(file));
            } catch (NoSuchFileException e) {
                if (given) {
                    err.println("statuslab: there is no mocks file at " + file);
                    err.flush();
                    return EXIT_BAD_MOCKS;
                }
            } catch (IOException e) {
                err.println("statuslab: the mocks file " + file + " cannot be served: " + e.getMessage());
                err.flush();
                return EXIT_BAD_MOCKS;
            }
        }
        String file = files.stream().map(Path::toString).collect(Collectors.joining(", "));
        List<String> extraHosts = new ArrayList<>();
        SimulatorOptions options = new SimulatorOptions(host, port, extraHosts, SimulatorOptions.DEFAULT_MAX_BODY);
        if (!options.isLoopback()) {
            extraHosts.add(host);
            options = new SimulatorOptions(host, port, extraHosts, SimulatorOptions.DEFAULT_MAX_BODY);
            err.println(
                    "statuslab: warning: listening on " + host + " makes the simulator reachable from other machines");
        }
        SimulatorServer server = new SimulatorServer(options, StatusCatalog.load());
        server.mocks().replaceAll(mocks);
        server.cors().set(corsPolicy);
        MockSets sets = MockSets.inDataDirectory(data);
        ProxyRecorder recorder = record == null ? null : new ProxyRecorder(sets, record, routes -> {});
        server.proxyTo(target, recorder);
        server.useDjango(djangoOption.version);
        SimulatorCertificate certificate = null;
        if (https) {
            try {
                certificate = SimulatorCertificate.inDataDirectory(data);
            } catch (IOException e) {
                err.println("statuslab: " + e.getMessage());
                err.flush();
                return EXIT_BAD_CERTIFICATE;
            }
            server.withHttps(certificate, httpsPort);
        }
        if (h2c) {
            server.withH2c();
        }
        try {
            server.start();
        } catch (SimulatorServer.BindFailedException e) {
            err.println("statuslab: " + e.getMessage());
            err.flush();
            stopRecording(recorder);
            return EXIT_BIND_FAILED;
        }
        Thread hook = new Thread(
                () -> {
                    server.stop();
                    stopRecording(recorder);
                    stop.countDown();
                },
                "statuslab-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println(mocksLine(mocks.size(), file));
        out.println(corsPolicy.describe());
        if (target != null) {
            out.println("Requests no mock answers go to " + target.base());
        }
        if (recorder != null) {
            out.println("Recording the answers into the mock set " + record + ": " + sets.fileOf(record));
        }
        out.println("StatusLab simulator listening on " + server.baseUri() + "/ as " + djangoOption.version.label()
                + "  (Ctrl+C to stop)" + (h2c ? "  HTTP/1.1 and h2c" : ""));
        if (certificate != null) {
            out.println(
                    "StatusLab simulator listening on " + server.httpsBaseUri() + "/  HTTP/2 and HTTP/1.1 over TLS");
            out.println("Certificate: self-signed for " + String.join(", ", SimulatorCertificate.NAMES) + ", SHA-256 "
                    + certificate.fingerprint() + (certificate.made() ? " (made now)" : ""));
            out.println("  Trust it in a browser or client: statuslab cert --export statuslab.pem");
        }
        out.flush();
        stop.await();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook stops the server
        }
        server.stop();
        stopRecording(recorder);
        return 0;
    }

    private static void stopRecording(ProxyRecorder recorder) {
        if (recorder != null) {
            recorder.close();
        }
    }

    /** The data folder: the one given, else STATUSLAB_DATA_DIR or the platform's place. */
    static Path dataDirectory(Path given) {
        return given != null
                ? given
                : HistoryStore.dataDirectory(
                        System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    static String mocksLine(int count, String file) {
        return switch (count) {
            case 0 -> "No mock routes (" + file + " holds none or does not exist)";
            case 1 -> "Serving 1 mock route from " + file;
            default -> "Serving " + count + " mock routes from " + file;
        };
    }
}
