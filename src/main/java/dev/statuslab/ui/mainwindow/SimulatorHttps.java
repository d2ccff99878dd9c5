package dev.statuslab.ui.mainwindow;

import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Simulator → Serve HTTPS: the switch that makes the simulator also listen with TLS (HTTP/2 and
 * HTTP/1.1 by ALPN) on a port of its own, the address it got, and what the status bar says. The
 * opening and closing run elsewhere (the {@link Switch} the composition root gives, off the FX
 * thread); results are applied through {@code fx}. A switch flipped again before the last flip
 * finished is applied after it, so the port ends as the switch shows.
 */
public final class SimulatorHttps {

    /** Opens and closes the simulator's TLS port; both off the FX thread. */
    public interface Switch {
        /** Opens it; completes with its base URL, or null when the simulator is not running yet. */
        CompletableFuture<URI> on();

        CompletableFuture<Void> off();

        /** A switch of these two operations. */
        static Switch of(Supplier<CompletableFuture<URI>> on, Supplier<CompletableFuture<Void>> off) {
            return new Switch() {
                @Override
                public CompletableFuture<URI> on() {
                    return on.get();
                }

                @Override
                public CompletableFuture<Void> off() {
                    return off.get();
                }
            };
        }
    }

    /** What the status bar says while the switch is off (and then it shows nothing). */
    public static final String OFF = "HTTPS off";

    private final Executor fx;
    private final BooleanProperty on = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<URI> address = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(OFF);
    private Switch wiring;
    private CompletableFuture<?> last = CompletableFuture.completedFuture(null);
    private int flips;
    private boolean applying;

    SimulatorHttps(Executor fx) {
        this.fx = Objects.requireNonNull(fx, "fx");
        on.addListener((obs, was, now) -> {
            if (!applying) {
                flip(now);
            }
        });
    }

    /** Wiring by the composition root: whether HTTPS is on at launch (the simulator opens it as it starts), and how to switch it. */
    public void connect(boolean initiallyOn, Switch aSwitch) {
        this.wiring = Objects.requireNonNull(aSwitch, "aSwitch");
        set(initiallyOn);
        status.set(initiallyOn ? "HTTPS starting…" : OFF);
    }

    /**
     * The simulator started, serving TLS at {@code https} (null: not serving TLS, as {@code reason}
     * says, and the switch goes off). Ignored while a flip of the switch is under way: its own
     * outcome is shown.
     */
    public void started(URI https, String reason) {
        if (!last.isDone() || (https != null && !on.get())) {
            return; // a flip made since decides what is shown
        }
        address.set(https);
        if (https != null) {
            status.set("HTTPS on " + https);
        } else {
            set(false);
            status.set(reason == null ? OFF : OFF + ": " + reason);
        }
    }

    private void flip(boolean wanted) {
        if (wiring == null) {
            set(false);
            status.set("HTTPS is not available here");
            return;
        }
        int flip = ++flips;
        status.set(wanted ? "HTTPS starting…" : "HTTPS stopping…");
        last = last.handle((ok, error) -> null)
                .thenCompose(previous -> wanted ? wiring.on() : wiring.off().thenApply(done -> (URI) null))
                .whenCompleteAsync(
                        (uri, error) -> {
                            if (flip != flips) {
                                return; // a later flip decides what is shown
                            }
                            if (error != null) {
                                address.set(null);
                                set(false);
                                Throwable cause = error.getCause() != null ? error.getCause() : error;
                                status.set("HTTPS " + (wanted ? "could not start: " : "could not stop: ")
                                        + cause.getMessage());
                            } else if (wanted) {
                                address.set(uri);
                                status.set(uri == null ? "HTTPS starting with the simulator…" : "HTTPS on " + uri);
                            } else {
                                address.set(null);
                                status.set(OFF);
                            }
                        },
                        fx);
    }

    private void set(boolean value) {
        applying = true;
        try {
            on.set(value);
        } finally {
            applying = false;
        }
    }

    /** The switch, as the menu shows it: on when the simulator should serve HTTPS. */
    public BooleanProperty onProperty() {
        return on;
    }

    /** The simulator's HTTPS base URL ({@code https://127.0.0.1:40123}) while it serves TLS, else null. */
    public ReadOnlyObjectProperty<URI> addressProperty() {
        return address.getReadOnlyProperty();
    }

    /** "HTTPS on https://127.0.0.1:40123", "HTTPS off", "HTTPS starting…", or why it could not start. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
