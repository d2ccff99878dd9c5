package dev.statuslab.ui.tls;

import dev.statuslab.core.io.IoMessages;
import dev.statuslab.core.tls.TrustedCertificates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The list of certificates the user trusted, one per host and port, each with its subject, issuer,
 * expiry and SHA-256 fingerprint, and "Revoke". The file is read and written on the background
 * executor; a revoked certificate is refused again from the next request on (the client asks the
 * store at every handshake).
 */
public final class TrustedCertificatesViewModel {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** One row of the list, as shown. */
    public record Row(String hostPort, String subject, String issuer, String expires, boolean expired, String sha256) {}

    private final TrustedCertificates trusted;
    private final Executor background;
    private final Executor fx;
    private final Clock clock;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /**
     * @param trusted    the decisions, kept in the data folder
     * @param background reads and writes the file
     * @param fx         applies results on the FX thread
     * @param clock      tells which certificates have expired
     */
    public TrustedCertificatesViewModel(TrustedCertificates trusted, Executor background, Executor fx, Clock clock) {
        this.trusted = Objects.requireNonNull(trusted, "trusted");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Reads the decisions again (off the FX thread) and shows them. */
    public CompletableFuture<Void> refresh() {
        return CompletableFuture.supplyAsync(() -> new Read(trusted.all(), trusted.problem()), background)
                .thenAcceptAsync(
                        read -> {
                            rows.setAll(read.entries().stream().map(this::row).toList());
                            if (read.problem() != null) {
                                message.set(read.problem());
                            } else if (rows.isEmpty()) {
                                message.set("No certificate is trusted. When a request is refused over a certificate, "
                                        + "\"Trust this certificate\" in the response adds it here.");
                            } else {
                                message.set(
                                        rows.size() == 1
                                                ? "1 certificate trusted"
                                                : rows.size() + " certificates trusted");
                            }
                        },
                        fx);
    }

    /** Forgets the decision for {@code row}'s host and port; the next request there gets the warning again. */
    public CompletableFuture<Void> revoke(Row row) {
        Objects.requireNonNull(row, "row");
        return CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                return trusted.revoke(row.hostPort());
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        },
                        background)
                .handleAsync(
                        (revoked, error) -> {
                            if (error != null) {
                                message.set("The certificate for " + row.hostPort() + " is still trusted: "
                                        + IoMessages.reason(error));
                                return null;
                            }
                            rows.removeIf(r -> r.hostPort().equals(row.hostPort()));
                            message.set(
                                    "Revoked: the next request to " + row.hostPort() + " checks its certificate again");
                            return null;
                        },
                        fx);
    }

    private Row row(TrustedCertificates.Entry e) {
        Instant expiry = e.notAfter();
        boolean expired = e.expiredAt(clock.instant());
        String expires = expiry == null ? "unknown" : DAY.format(expiry) + (expired ? " (expired)" : "");
        return new Row(
                e.hostPort(), e.subject(), e.issuer().isEmpty() ? "unknown" : e.issuer(), expires, expired, e.sha256());
    }

    /** The trusted certificates, in the order they were trusted. */
    public ObservableList<Row> rows() {
        return rows;
    }

    /** What the list says: how many, why the file could not be read, or what revoking did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private record Read(List<TrustedCertificates.Entry> entries, String problem) {}
}
