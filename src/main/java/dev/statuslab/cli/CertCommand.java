package dev.statuslab.cli;

import dev.statuslab.core.io.AtomicFiles;
import dev.statuslab.server.tls.SimulatorCertificate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cert}: the simulator's TLS certificate: its fingerprint, and {@code --export FILE} as PEM. */
@Command(
        name = "cert",
        mixinStandardHelpOptions = true,
        description = "Show the simulator's TLS certificate (made on first use), or export it as PEM for a browser,"
                + " Node (NODE_EXTRA_CA_CERTS) or Python (verify=) to trust.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "5:the certificate cannot be read, made or written"})
public final class CertCommand implements Callable<Integer> {

    @Option(names = "--export", paramLabel = "FILE", description = "Write the certificate (not its key) as PEM.")
    Path export;

    @Option(names = "--data-dir", paramLabel = "DIR", hidden = true, description = "The data folder.")
    Path dataDirectory;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            SimulatorCertificate certificate =
                    SimulatorCertificate.inDataDirectory(ServeCommand.dataDirectory(dataDirectory));
            out.println("Subject: "
                    + certificate.certificate().getSubjectX500Principal().getName());
            out.println("Names: " + String.join(", ", SimulatorCertificate.NAMES));
            out.println(
                    "Valid until: " + certificate.certificate().getNotAfter().toInstant());
            out.println("SHA-256: " + certificate.fingerprint());
            if (export != null) {
                byte[] pem = certificate.pem().getBytes(StandardCharsets.US_ASCII);
                AtomicFiles.writeOwnerOnly(export, o -> o.write(pem));
                out.println("Written to " + export.toAbsolutePath());
            }
            out.flush();
            return 0;
        } catch (IOException e) {
            err.println("statuslab: " + (export == null ? "" : "cannot export the certificate to " + export + ": ")
                    + e.getMessage());
            err.flush();
            return ServeCommand.EXIT_BAD_CERTIFICATE;
        }
    }
}
