package dev.statuslab.ui.tls;

import dev.statuslab.core.http.HttpVersionNotes;
import dev.statuslab.core.http.SendOptions;
import dev.statuslab.core.tls.CertificateInfo;
import dev.statuslab.core.tls.TlsInfo;
import dev.statuslab.core.tls.TlsKnowledge;
import dev.statuslab.core.tls.TrustedCertificates;
import dev.statuslab.core.transcript.Exchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The TLS side of the shown exchange and the connection choices of the next request: the
 * negotiated protocol, cipher suite and ALPN, the certificate chain, the certificate warning of a
 * refused handshake (explained from the TLS knowledge base) with "Trust this certificate for
 * host:port", the note on HTTP/2's missing reason phrase; the HTTP version and "insecure" switch.
 */
public final class TlsViewModel {

    private final TrustedCertificates trusted;
    private final Executor background;
    private final Executor fx;
    private final Consumer<String> messages;
    private TlsKnowledge knowledge;
    private Runnable afterTrust = () -> {};
    private TlsInfo shown;

    private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper insecureShown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper warning = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper warningTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warningText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canTrust = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper trustLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper chain = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper versionNote = new ReadOnlyStringWrapper("");
    private final ObjectProperty<SendOptions.Version> version = new SimpleObjectProperty<>(SendOptions.Version.AUTO);
    private final BooleanProperty insecure = new SimpleBooleanProperty();

    /**
     * @param trusted    where "Trust this certificate" is remembered
     * @param background runs the saving of a trust decision
     * @param fx         applies results on the FX thread
     * @param messages   tells the user what happened (the status bar)
     */
    public TlsViewModel(TrustedCertificates trusted, Executor background, Executor fx, Consumer<String> messages) {
        this.trusted = Objects.requireNonNull(trusted, "trusted");
        this.background = background;
        this.fx = fx;
        this.messages = messages;
    }

    /** What to do once a certificate is trusted (the window resends the request). */
    public void setAfterTrust(Runnable action) {
        this.afterTrust = Objects.requireNonNull(action, "action");
    }

    /** The choices the next request is sent with. */
    public SendOptions sendOptions() {
        return new SendOptions(version.get() == null ? SendOptions.Version.AUTO : version.get(), insecure.get());
    }

    public void show(Exchange exchange) {
        shown = exchange == null ? null : exchange.tls();
        versionNote.set(
                exchange == null || exchange.failed()
                        ? ""
                        : HttpVersionNotes.note(exchange.response().statusLine())
                                .orElse(""));
        TlsInfo tls = shown;
        visible.set(tls != null || !versionNote.get().isEmpty());
        if (tls == null) {
            summary.set("");
            warning.set(false);
            canTrust.set(false);
            chain.set("");
            insecureShown.set(false);
            return;
        }
        insecureShown.set(tls.trust() == TlsInfo.Trust.INSECURE);
        summary.set(
                tls.failed()
                        ? "TLS handshake with " + tls.hostPort() + " refused"
                        : tls.protocol() + " · " + tls.cipherSuite() + " · ALPN "
                                + (tls.alpn().isEmpty() ? "none" : tls.alpn()) + " · " + trust(tls.trust()));
        warning.set(tls.failed());
        if (tls.failed()) {
            TlsKnowledge.Entry entry = knowledge().explain(tls.problem());
            warningTitle.set(entry.title());
            warningText.set(entry.meaning() + "\n\nFix on the server: " + entry.serverFix()
                    + "\n\nIn Django deployments: " + entry.django() + "\n\nIn StatusLab: " + entry.inStatusLab());
        } else {
            warningTitle.set("");
            warningText.set("");
        }
        boolean trustable = tls.failed()
                && tls.problem().certificateCanBeTrusted()
                && tls.leaf().isPresent();
        canTrust.set(trustable);
        trustLabel.set(trustable ? "Trust this certificate for " + tls.hostPort() : "");
        chain.set(describe(tls.chain()));
    }

    /** Remembers the refused certificate for its host and port, then calls the after-trust action. */
    public CompletableFuture<Void> trust() {
        TlsInfo tls = shown;
        if (tls == null || !canTrust.get()) {
            return CompletableFuture.completedFuture(null);
        }
        CertificateInfo leaf = tls.leaf().orElseThrow();
        canTrust.set(false);
        return CompletableFuture.runAsync(
                        () -> {
                            try {
                                trusted.trust(tls.hostPort(), leaf);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        },
                        background)
                .handleAsync(
                        (ok, error) -> {
                            if (error != null) {
                                canTrust.set(true);
                                messages.accept("The certificate could not be trusted: "
                                        + error.getCause().getMessage());
                            } else {
                                messages.accept("Trusted the certificate " + leaf.sha256() + " for " + tls.hostPort());
                                afterTrust.run();
                            }
                            return null;
                        },
                        fx);
    }

    /** The list of trusted certificates with "Revoke", on the same store and executors as this pane. */
    public TrustedCertificatesViewModel trustedCertificates() {
        return new TrustedCertificatesViewModel(trusted, background, fx, Clock.systemUTC());
    }

    private TlsKnowledge knowledge() {
        if (knowledge == null) {
            knowledge = TlsKnowledge.load();
        }
        return knowledge;
    }

    private static String trust(TlsInfo.Trust trust) {
        return switch (trust) {
            case VERIFIED -> "certificate verified";
            case TRUSTED_FINGERPRINT -> "trusted by fingerprint";
            case INSECURE -> "INSECURE: certificate not checked";
            case REFUSED -> "refused";
        };
    }

    private static String describe(List<CertificateInfo> certificates) {
        List<String> lines = new ArrayList<>();
        for (CertificateInfo c : certificates) {
            lines.add(
                    c.subject() + "\n  issued by " + c.issuer() + "\n  names " + String.join(", ", c.subjectAltNames())
                            + "\n  valid " + c.notBefore() + " to " + c.notAfter() + "\n  SHA-256 " + c.sha256());
        }
        return String.join("\n", lines);
    }

    public ReadOnlyBooleanProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty insecureShownProperty() {
        return insecureShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty warningTitleProperty() {
        return warningTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty warningTextProperty() {
        return warningText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canTrustProperty() {
        return canTrust.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty trustLabelProperty() {
        return trustLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty chainProperty() {
        return chain.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty versionNoteProperty() {
        return versionNote.getReadOnlyProperty();
    }

    /** The HTTP version of the next request. */
    public ObjectProperty<SendOptions.Version> versionProperty() {
        return version;
    }

    /** The "insecure" switch of the next request. */
    public BooleanProperty insecureProperty() {
        return insecure;
    }
}
