package dev.statuslab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.TlsSettings;
import dev.statuslab.client.WireClient;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.SendOptions;
import dev.statuslab.core.tls.TrustedCertificates;
import dev.statuslab.core.transcript.Exchange;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve --https}, {@code serve --h2c} and {@code cert --export}: both addresses, the certificate kept owner-only. */
class ServeHttpsTest {

    private static final Pattern HTTP = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)/");
    private static final Pattern HTTPS = Pattern.compile("listening on (https://127\\.0\\.0\\.1:\\d+)/");
    private static final Pattern FINGERPRINT = Pattern.compile("SHA-256 ([0-9A-F:]{95})");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private CommandLine cli(Object command) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli;
    }

    @Test
    void httpsPrintsBothAddressesAndTheFingerprintAndServesHttp2WithTheExportedCertificate() throws Exception {
        ServeCommand serve = new ServeCommand();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli(serve)
                .execute("--port", "0", "--https", "--https-port", "0", "--h2c", "--data-dir", dir.toString()));
        try {
            String https = await(HTTPS);
            String http = await(HTTP);
            await(Pattern.compile("(export) statuslab.pem"));
            Matcher fingerprint = FINGERPRINT.matcher(out.toString());
            assertTrue(fingerprint.find(), out.toString());
            assertTrue(out.toString().contains("(made now)"), out.toString());
            Path key = dir.resolve("tls/simulator.p12");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));

            StringWriter certOut = new StringWriter();
            CommandLine cert = new CommandLine(new CertCommand());
            cert.setOut(new PrintWriter(certOut, true));
            Path pem = dir.resolve("export/statuslab.pem");
            assertEquals(0, cert.execute("--export", pem.toString(), "--data-dir", dir.toString()));
            assertTrue(certOut.toString().contains("SHA-256: " + fingerprint.group(1)), "the same certificate");
            assertTrue(Files.readString(pem).startsWith("-----BEGIN CERTIFICATE-----\n"));
            assertFalse(Files.readString(pem).contains("PRIVATE KEY"));

            TlsSettings trustPem = new TlsSettings(TrustedCertificates.inMemory(), TlsSettings.readCertificates(pem));
            try (WireClient client = new WireClient(WireClient.Options.defaults(), trustPem)) {
                Exchange h2 = client.send(HttpRequest.get(https + "/status/201"), SendOptions.defaults())
                        .get(20, TimeUnit.SECONDS);
                assertEquals("HTTP/2 201", h2.response().statusLine().toString(), h2.failure());
                Exchange h2c = client.send(
                                HttpRequest.get(http + "/simple/"),
                                SendOptions.defaults().withVersion(SendOptions.Version.HTTP_2))
                        .get(20, TimeUnit.SECONDS);
                assertEquals("HTTP/2 200", h2c.response().statusLine().toString(), h2c.failure());
                Exchange h1 = client.send(HttpRequest.get(http + "/simple/")).get(20, TimeUnit.SECONDS);
                assertEquals("HTTP/1.1 200 OK", h1.response().statusLine().toString(), h1.failure());
            }
        } finally {
            serve.stop.countDown();
        }
        assertEquals(0, exit.get(10, TimeUnit.SECONDS), err.toString());
    }

    @Test
    void theCertificateIsMadeOnceAndKept() {
        CommandLine first = cli(new CertCommand());
        assertEquals(0, first.execute("--data-dir", dir.toString()));
        String once = out.toString();
        out.getBuffer().setLength(0);

        assertEquals(0, cli(new CertCommand()).execute("--data-dir", dir.toString()));

        assertEquals(once, out.toString());
    }

    @Test
    void aCertificateFileThatCannotBeReadStopsServeWithExitCode5() throws Exception {
        Files.createDirectories(dir.resolve("tls"));
        Files.writeString(dir.resolve("tls/simulator.p12"), "not a key store");

        int exit = cli(new ServeCommand()).execute("--port", "0", "--https", "--data-dir", dir.toString());

        assertEquals(ServeCommand.EXIT_BAD_CERTIFICATE, exit);
        assertTrue(err.toString().contains("simulator.p12 cannot be read"), err.toString());
        assertEquals("not a key store", Files.readString(dir.resolve("tls/simulator.p12")), "left as it is");
    }

    private String await(Pattern pattern) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Matcher m = pattern.matcher(out.toString());
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server did not start: " + out + err);
    }
}
