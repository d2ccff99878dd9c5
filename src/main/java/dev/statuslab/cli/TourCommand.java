package dev.statuslab.cli;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.scenario.ReadyRequest;
import dev.statuslab.core.scenario.Scenario;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.TranscriptFiles;
import dev.statuslab.core.workbench.CookieJar;
import dev.statuslab.core.workbench.RequestBuilder;
import dev.statuslab.core.workbench.RequestDraft;
import dev.statuslab.core.workbench.SimulatorAddress;
import dev.statuslab.core.workbench.VariableContext;
import dev.statuslab.server.SimulatorOptions;
import dev.statuslab.server.SimulatorServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tour --har FILE [--md FILE] [--django VERSION]}: starts the simulator on a free loopback port, plays every
 * scenario's ready requests in catalogue order, writes the transcript, and exits 1 when any
 * answer differs from the status the catalogue expects (2 when a file cannot be written).
 */
@Command(
        name = "tour",
        mixinStandardHelpOptions = true,
        description = "Play every scenario against a fresh simulator and write the transcript.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every answer as the catalogue expects",
            "1:some answer differed",
            "2:a transcript file could not be written"
        })
public final class TourCommand implements Callable<Integer> {

    static final int EXIT_MISMATCH = 1;
    static final int EXIT_WRITE_FAILED = 2;
    private static final long TIMEOUT_SECONDS = 30;

    @Option(
            names = "--har",
            required = true,
            paramLabel = "FILE",
            description = "Write the transcript as HAR 1.2 here.")
    Path har;

    @Option(names = "--md", paramLabel = "FILE", description = "Also write it as a Markdown lesson here.")
    Path markdown;

    @Mixin
    DjangoOption djangoOption = new DjangoOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StatusCatalog statuses = StatusCatalog.load();
        ScenarioCatalog scenarios = ScenarioCatalog.load(statuses);
        List<Exchange> played = new ArrayList<>();
        int mismatches;
        SimulatorServer server = new SimulatorServer(SimulatorOptions.loopback(0), statuses);
        WireClient client = new WireClient(WireClient.Options.defaults());
        try {
            server.useDjango(djangoOption.version);
            server.start();
            out.println("Touring " + scenarios.all().size() + " scenarios against " + server.baseUri() + " as "
                    + djangoOption.version.label());
            mismatches = play(scenarios, server, client, played, out);
            out.printf(
                    "%d requests, %d as the catalogue expects, %d not%n",
                    played.size(), played.size() - mismatches, mismatches);
            if (!write(played, statuses, har, TranscriptFiles.Format.HAR, out, err)
                    || markdown != null
                            && !write(played, statuses, markdown, TranscriptFiles.Format.MARKDOWN, out, err)) {
                return EXIT_WRITE_FAILED;
            }
        } catch (SimulatorServer.BindFailedException e) {
            err.println("statuslab: " + e.getMessage());
            return EXIT_WRITE_FAILED;
        } finally {
            client.close(); // after writing: the files of large bodies live until then
            server.stop();
            out.flush();
            err.flush();
        }
        return mismatches == 0 ? 0 : EXIT_MISMATCH;
    }

    private static int play(
            ScenarioCatalog scenarios,
            SimulatorServer server,
            WireClient client,
            List<Exchange> played,
            PrintWriter out)
            throws InterruptedException {
        int mismatches = 0;
        // A cookie jar, as in the window: the CSRF scenario's last request sends {{cookie.csrftoken}}.
        CookieJar jar = new CookieJar();
        VariableContext variables = VariableContext.of(null, List.of(), new SimulatorAddress(server.baseUri()), jar);
        for (Scenario scenario : scenarios.all()) {
            for (ReadyRequest ready : scenario.requests()) {
                RequestBuilder.Built built = RequestBuilder.build(RequestDraft.of(ready), variables);
                Exchange exchange = built.ok() ? send(client, built.request()) : null;
                if (exchange != null) {
                    jar.receive(exchange);
                    exchange = exchange.answeredByDjango(server.django().number());
                }
                boolean expected = exchange != null && !exchange.failed() && ready.expects(exchange.code());
                String got = !built.ok()
                        ? built.problems().get(0).message()
                        : exchange == null
                                ? "timed out"
                                : exchange.failed() ? exchange.failure() : String.valueOf(exchange.code());
                out.printf(
                        "%s %-4s %-7s %-28s %s: %s%s%n",
                        expected ? "ok  " : "FAIL",
                        got,
                        ready.method(),
                        ready.path(),
                        scenario.title(),
                        ready.label(),
                        expected ? "" : " (expected " + ready.expectedStatuses() + ")");
                if (exchange != null) {
                    played.add(exchange);
                }
                if (!expected) {
                    mismatches++;
                }
            }
        }
        return mismatches;
    }

    private static Exchange send(WireClient client, HttpRequest request) throws InterruptedException {
        try {
            return client.send(request).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private static boolean write(
            List<Exchange> played,
            StatusCatalog statuses,
            Path target,
            TranscriptFiles.Format format,
            PrintWriter out,
            PrintWriter err) {
        try {
            TranscriptFiles.export(played, statuses, target, format);
            out.println("Wrote " + format.title() + " to " + target);
            return true;
        } catch (IOException e) {
            err.println("statuslab: cannot write " + target + ": " + e.getMessage());
            return false;
        }
    }
}
