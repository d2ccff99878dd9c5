package dev.statuslab.ui.proxy;

import dev.statuslab.core.http.BackendUrl;
import dev.statuslab.core.scenario.MockSets;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Simulator → Proxy to a backend…: the dialog's fields (the backend's URL, whether to record its
 * answers and into which mock set), each checked as it is typed, and the proxy as the simulator
 * runs it, for the status bar. Switching runs elsewhere (the {@link Switch} the composition root
 * gives, off the FX thread); its outcome is applied through {@code fx}, one switch after another.
 */
public final class ProxyViewModel {

    /** What the simulator should do with the requests no mock answers. */
    public record Setting(URI backend, String recordInto) {
        public static final Setting OFF = new Setting(null, null);

        public Setting {
            if (backend == null && recordInto != null) {
                throw new IllegalArgumentException("only a proxy's answers can be recorded");
            }
        }

        public boolean on() {
            return backend != null;
        }

        /** "Proxy → https://api.example.com, recording into 'recorded'", or "" when off. */
        public String describe() {
            if (!on()) {
                return "";
            }
            return "Proxy → " + backend + (recordInto == null ? "" : ", recording into '" + recordInto + "'");
        }
    }

    /** Applies a setting to the running simulator (and remembers it); off the FX thread. */
    public interface Switch {
        CompletableFuture<Void> apply(Setting setting);
    }

    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final BooleanProperty record = new SimpleBooleanProperty(this, "record", true);
    private final StringProperty setName = new SimpleStringProperty(this, "setName", MockSets.RECORDED);
    private final StringBinding urlProblem;
    private final StringBinding setNameProblem;
    private final BooleanBinding canApply;
    private final ReadOnlyObjectWrapper<Setting> applied = new ReadOnlyObjectWrapper<>(this, "applied", Setting.OFF);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final Executor fx;
    private final Consumer<String> messages;
    private Switch wiring;
    private CompletableFuture<?> last = CompletableFuture.completedFuture(null);
    private int switches;

    /** @param messages the status bar's message line */
    public ProxyViewModel(Executor fx, Consumer<String> messages) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.messages = Objects.requireNonNull(messages, "messages");
        urlProblem = Bindings.createStringBinding(() -> orEmpty(BackendUrl.problem(url.get())), url);
        setNameProblem = Bindings.createStringBinding(
                () -> record.get() ? orEmpty(MockSets.recordingProblem(setName.get())) : "", record, setName);
        canApply = urlProblem.isEmpty().and(setNameProblem.isEmpty());
    }

    /**
     * Wiring by the composition root: the fields as remembered, whether the proxy was on at the
     * last launch (then it is switched on again), and how to switch it.
     */
    public void connect(String rememberedUrl, boolean recording, String rememberedSet, boolean on, Switch aSwitch) {
        this.wiring = Objects.requireNonNull(aSwitch, "aSwitch");
        url.set(rememberedUrl == null ? "" : rememberedUrl);
        record.set(recording);
        setName.set(rememberedSet == null || rememberedSet.isBlank() ? MockSets.RECORDED : rememberedSet);
        if (on && canApply.get()) {
            apply();
        }
    }

    /** Proxies (and records) as the fields say; false, with nothing switched, while a field has a problem. */
    public boolean apply() {
        if (!canApply.get()) {
            return false;
        }
        switchTo(new Setting(BackendUrl.parse(url.get()), record.get() ? setName.get() : null));
        return true;
    }

    /** Back to the simulated site for what no mock answers; a recording ends (its set then answers). */
    public void stop() {
        if (applied.get().on() || !last.isDone()) {
            switchTo(Setting.OFF);
        }
    }

    private void switchTo(Setting setting) {
        if (wiring == null) {
            status.set("");
            messages.accept("The proxy is not available here");
            return;
        }
        int mine = ++switches;
        status.set(setting.on() ? "Proxy starting…" : "Proxy stopping…");
        last = last.handle((ok, error) -> null)
                .thenCompose(previous -> wiring.apply(setting))
                .whenCompleteAsync(
                        (done, error) -> {
                            if (mine != switches) {
                                return; // a later switch decides what is shown
                            }
                            if (error != null) {
                                Throwable cause = error.getCause() != null ? error.getCause() : error;
                                applied.set(Setting.OFF);
                                status.set("");
                                messages.accept("The proxy could not be switched: " + cause.getMessage());
                                return;
                            }
                            applied.set(setting);
                            status.set(setting.describe());
                            messages.accept(
                                    setting.on()
                                            ? "Requests no mock answers go to " + setting.backend()
                                                    + (setting.recordInto() == null
                                                            ? ""
                                                            : "; their answers are recorded into the mock set "
                                                                    + setting.recordInto())
                                            : "Requests no mock answers go to the simulated site again");
                        },
                        fx);
    }

    private static String orEmpty(String problem) {
        return problem == null ? "" : problem;
    }

    /** The backend's URL as typed in the dialog. */
    public StringProperty urlProperty() {
        return url;
    }

    /** Whether the backend's answers are recorded. */
    public BooleanProperty recordProperty() {
        return record;
    }

    /** The mock set the answers are recorded into. */
    public StringProperty setNameProperty() {
        return setName;
    }

    /** Why the URL cannot be used, or "". */
    public StringBinding urlProblemProperty() {
        return urlProblem;
    }

    /** Why answers cannot be recorded into that set, or "" (also while recording is off). */
    public StringBinding setNameProblemProperty() {
        return setNameProblem;
    }

    public BooleanBinding canApplyProperty() {
        return canApply;
    }

    /** What the simulator does now. */
    public ReadOnlyObjectProperty<Setting> appliedProperty() {
        return applied.getReadOnlyProperty();
    }

    /** "Proxy → https://…, recording into 'recorded'", "Proxy starting…", or "" while off. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
