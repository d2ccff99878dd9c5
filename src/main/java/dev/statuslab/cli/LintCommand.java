package dev.statuslab.cli;

import dev.statuslab.client.RawCapture;
import dev.statuslab.client.WireClient;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.lint.Finding;
import dev.statuslab.core.lint.Linter;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.ExchangeFindings;
import dev.statuslab.core.transcript.TranscriptFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lint URL} and {@code lint --har FILE}: judges a response against the RFCs and prints the findings,
 * as text or JSON; exits 1 when one is an error, so it can gate a CI pipeline.
 */
@Command(
        name = "lint",
        mixinStandardHelpOptions = true,
        description = "Send a request (or read a HAR) and judge each response against the HTTP specifications.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no error-level finding",
            "1:an error-level finding",
            "2:nothing to judge: a bad option, " + "no response, or a HAR file that cannot be read"
        })
public final class LintCommand implements Callable<Integer> {

    static final int EXIT_ERRORS = 1;
    static final int EXIT_CANNOT = 2;
    private static final int MAX_BYTES = 16 * 1024 * 1024;

    /** Exactly one of a URL or a HAR file. */
    static final class Target {
        @Parameters(paramLabel = "URL", description = "The http:// URL to send the request to.")
        String url;

        @Option(names = "--har", paramLabel = "FILE", description = "Judge every response of this HAR file instead.")
        Path har;
    }

    @ArgGroup(multiplicity = "1")
    Target target;

    @Mixin
    RequestOptions request;

    @Option(
            names = "--json",
            description = "Print {\"findings\": [{\"id\", \"level\", \"rfc\", \"message\", \"fix\"}, …]}.")
    boolean json;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description = "How long to wait for the next byte of the answer (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Linter linter = new Linter(StatusCatalog.load());
            List<LintReport.Entry> entries = target.har != null ? har(linter, err) : url(linter, err);
            if (entries == null) {
                return EXIT_CANNOT;
            }
            if (json) {
                LintReport.json(entries, target.har != null, out);
            } else {
                LintReport.text(entries, out);
            }
            return entries.stream().anyMatch(e -> Linter.hasErrors(e.findings())) ? EXIT_ERRORS : 0;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private List<LintReport.Entry> url(Linter linter, PrintWriter err) {
        HttpRequest req;
        try {
            req = request.toRequest(target.url);
        } catch (IllegalArgumentException e) {
            err.println("statuslab: " + e.getMessage());
            return null;
        }
        if (timeoutSeconds <= 0) {
            err.println("statuslab: --timeout must be a positive number of seconds");
            return null;
        }
        WireClient.Options options = new WireClient.Options(
                Duration.ofSeconds(5),
                Duration.ofSeconds(timeoutSeconds),
                0,
                Path.of(System.getProperty("java.io.tmpdir")));
        RawCapture.Result result = RawCapture.capture(req, options, MAX_BYTES);
        if (result.bytes().length == 0 && result.failure() != null) {
            err.println("statuslab: " + result.failure());
            return null;
        }
        String method = result.request().method().name();
        String scheme = target.url.regionMatches(true, 0, "https:", 0, 6) ? "https" : "http";
        List<Finding> findings = new ArrayList<>();
        if (result.failure() != null) {
            findings.add(linter.incomplete(result.failure()));
        }
        findings.addAll(
                linter.lintRaw(result.bytes(), method, scheme, result.request().headers()));
        findings.sort(Comparator.comparing(Finding::level));
        return List.of(new LintReport.Entry(
                method + " " + target.url + " → " + LintReport.statusLine(result.bytes()), findings));
    }

    private List<LintReport.Entry> har(Linter linter, PrintWriter err) {
        List<Exchange> exchanges;
        Path spool = Path.of(System.getProperty("java.io.tmpdir"));
        try {
            exchanges = TranscriptFiles.importHar(target.har, spool);
        } catch (NoSuchFileException e) {
            err.println("statuslab: there is no HAR file at " + target.har);
            return null;
        } catch (IOException e) {
            err.println("statuslab: " + target.har + " cannot be read: " + e.getMessage());
            return null;
        }
        List<LintReport.Entry> entries = new ArrayList<>();
        for (Exchange e : exchanges) {
            String line = e.request().method().name() + " " + e.request().url() + " → "
                    + (e.failed()
                            ? "no response (" + e.failure() + ")"
                            : e.response().statusLine().toString());
            entries.add(new LintReport.Entry(line, ExchangeFindings.of(e, linter)));
        }
        return entries;
    }
}
