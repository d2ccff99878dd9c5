package dev.statuslab.cli;

import dev.statuslab.client.TlsSettings;
import dev.statuslab.client.WireClient;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.SendOptions;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.tls.TlsInfo;
import dev.statuslab.core.tls.TrustedCertificates;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.TranscriptFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code send URL}: the window's client on the command line, with curl's options. Prints the
 * status line on a line of its own, the fields as received, then the body.
 */
@Command(
        name = "send",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Send one request with StatusLab's client and print the response exactly as received.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:a response arrived (any status, unless --fail)",
            "2:an option or a file is not valid",
            "7:no response: the host could not be reached or the connection failed",
            "22:--fail and the status was 4xx or 5xx",
            "28:--max-time passed",
            "35:the TLS handshake failed (the reason and how to fix it are printed)",
            "5:a file (--har, -c) could not be written"
        })
public final class SendCommand implements Callable<Integer> {

    static final int EXIT_BAD_INPUT = 2;
    static final int EXIT_WRITE_FAILED = 5;
    static final int EXIT_NO_RESPONSE = 7;
    static final int EXIT_HTTP_ERROR = 22;
    static final int EXIT_TIMEOUT = 28;
    static final int EXIT_TLS = 35;

    @Parameters(index = "0", paramLabel = "URL", description = "http:// or https:// (http:// when no scheme is given).")
    String url;

    @Option(
            names = {"-X", "--request"},
            paramLabel = "METHOD",
            description = "Method (default GET, POST with data).")
    String method;

    @Option(
            names = {"-H", "--header"},
            paramLabel = "'Name: value'",
            description = "A request field, repeatable.")
    List<String> headers = new ArrayList<>();

    static final class Data {
        @Option(
                names = {"-d", "--data"},
                paramLabel = "DATA",
                description = "Form data (@FILE reads a file; repeated: joined with &).")
        List<String> form;

        @Option(
                names = "--json",
                paramLabel = "DATA",
                description = "JSON body (@FILE reads a file), with its Content-Type and Accept.")
        String json;

        @Option(names = "--data-binary", paramLabel = "DATA", description = "Body sent exactly (@FILE reads a file).")
        String binary;
    }

    @ArgGroup(exclusive = true)
    Data data;

    static final class Version {
        @Option(names = "--http1.1", description = "Speak HTTP/1.1 only.")
        boolean http11;

        @Option(
                names = "--http2",
                description = "Speak HTTP/2: by ALPN over TLS, by prior knowledge (h2c) over http://.")
        boolean http2;
    }

    @ArgGroup(exclusive = true)
    Version version;

    @Option(names = "--cacert", paramLabel = "FILE", description = "Also trust the authorities of this PEM file.")
    Path cacert;

    @Option(
            names = {"-k", "--insecure"},
            description = "Accept any certificate (said on the output).")
    boolean insecure;

    @Option(
            names = {"-b", "--cookie"},
            paramLabel = "JAR|PAIRS",
            description = "Send cookies from a jar file, or 'name=value; …'.")
    String cookies;

    @Option(
            names = {"-c", "--cookie-jar"},
            paramLabel = "FILE",
            description = "Write the cookies to this jar file after the exchange.")
    Path cookieJar;

    @Option(names = "--har", paramLabel = "FILE", description = "Write the exchange as HAR 1.2.")
    Path har;

    @Option(names = "--explain", description = "Add the explanation of the status code and the required-header checks.")
    boolean explain;

    @Option(
            names = {"-f", "--fail"},
            description = "Exit 22 on a 4xx or 5xx status.")
    boolean fail;

    @Option(
            names = {"-m", "--max-time"},
            paramLabel = "SECONDS",
            defaultValue = "60",
            description = "Give up after this long (default: ${DEFAULT-VALUE}).")
    double maxTime;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            hidden = true,
            description = "The data folder (trusted certificates).")
    Path dataDirectory;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SendRequest built;
        CookieJarFile jar;
        List<X509Certificate> authorities;
        try {
            if (!(maxTime > 0)) {
                throw new IOException("--max-time must be more than 0 seconds");
            }
            jar = cookies == null ? CookieJarFile.empty() : CookieJarFile.read(cookies);
            built = SendRequest.build(
                    absolute(url),
                    method,
                    headers,
                    data == null ? null : data.form,
                    data == null ? null : data.json,
                    data == null ? null : data.binary);
            authorities = cacert == null ? List.of() : TlsSettings.readCertificates(cacert);
        } catch (IOException | IllegalArgumentException e) {
            err.println("statuslab: " + e.getMessage());
            err.flush();
            return EXIT_BAD_INPUT;
        }
        URI uri = URI.create(built.request().url());
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        String cookieField = jar.cookieField(
                uri.getHost(), uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath(), https);
        HttpRequest request = cookieField == null
                ? built.request()
                : built.request()
                        .withHeaders(Headers.of(
                                append(built.request().headers().asList(), new Header("Cookie", cookieField))));
        TrustedCertificates trusted = TrustedCertificates.inDataDirectory(ServeCommand.dataDirectory(dataDirectory));
        Duration deadline = Duration.ofMillis((long) (maxTime * 1000));
        WireClient.Options options = WireClient.Options.defaults().withReadTimeout(deadline);
        SendOptions sendOptions = new SendOptions(
                version == null
                        ? SendOptions.Version.AUTO
                        : version.http2 ? SendOptions.Version.HTTP_2 : SendOptions.Version.HTTP_1_1,
                insecure);
        try (WireClient client = new WireClient(options, new TlsSettings(trusted, authorities))) {
            CompletableFuture<Exchange> future = client.send(request, sendOptions);
            Exchange exchange;
            try {
                exchange = future.get(deadline.toMillis() + 1000, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                err.println("statuslab: no complete response within " + maxTime + " s (--max-time)");
                err.flush();
                return EXIT_TIMEOUT;
            } catch (ExecutionException e) {
                err.println("statuslab: " + e.getCause());
                err.flush();
                return EXIT_NO_RESPONSE;
            }
            return report(exchange, jar, uri.getHost(), out, err);
        }
    }

    private int report(Exchange exchange, CookieJarFile jar, String host, PrintWriter out, PrintWriter err) {
        StatusCatalog statuses = StatusCatalog.load();
        SendOutput output = new SendOutput(out, err, statuses);
        int exit;
        if (exchange.failed()) {
            exit = output.failure(exchange) ? EXIT_TLS : EXIT_NO_RESPONSE;
        } else {
            if (exchange.tls() != null && exchange.tls().trust() == TlsInfo.Trust.INSECURE) {
                err.println("statuslab: warning: --insecure: the server's certificate was not checked");
            }
            output.response(exchange, explain);
            jar.receive(exchange.response().headers().asList(), host);
            exit = fail && exchange.code() >= 400 ? EXIT_HTTP_ERROR : 0;
        }
        try {
            if (har != null) {
                TranscriptFiles.export(List.of(exchange), statuses, har, TranscriptFiles.Format.HAR);
            }
            if (cookieJar != null) {
                jar.write(cookieJar);
            }
        } catch (IOException e) {
            err.println("statuslab: cannot write " + (har != null ? har : cookieJar) + ": " + e.getMessage());
            exit = exit == 0 ? EXIT_WRITE_FAILED : exit;
        }
        out.flush();
        err.flush();
        return exit;
    }

    private static String absolute(String url) {
        return url.contains("://") ? url : "http://" + url;
    }

    private static List<Header> append(List<Header> headers, Header more) {
        List<Header> out = new ArrayList<>(headers);
        out.add(more);
        return out;
    }
}
