package dev.statuslab.ui.mainwindow;

import dev.statuslab.core.django.DjangoVersion;
import dev.statuslab.core.transcript.Exchange;
import java.net.URI;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Which Django release line the simulator answers as (Simulator → Django version): the choice,
 * the command that makes it, and the tag each exchange with the simulator gets, so that a
 * transcript says which Django answered.
 */
public final class DjangoChoice {

    private final ReadOnlyObjectWrapper<DjangoVersion> version = new ReadOnlyObjectWrapper<>(DjangoVersion.DEFAULT);
    private Consumer<DjangoVersion> apply = v -> {};

    public ReadOnlyObjectProperty<DjangoVersion> versionProperty() {
        return version.getReadOnlyProperty();
    }

    public DjangoVersion current() {
        return version.get();
    }

    /**
     * Wiring by the composition root: the remembered version, and what makes the simulator (and
     * the preferences) follow a choice.
     */
    public void connect(DjangoVersion initial, Consumer<DjangoVersion> onChoice) {
        version.set(Objects.requireNonNull(initial, "initial"));
        this.apply = Objects.requireNonNull(onChoice, "onChoice");
    }

    /** The simulator answers as {@code chosen} from the next request on; the message table stays. */
    public void choose(DjangoVersion chosen) {
        Objects.requireNonNull(chosen, "chosen");
        if (chosen != version.get()) {
            version.set(chosen);
            apply.accept(chosen);
        }
    }

    /** The exchange, tagged with the version chosen when it was sent if the simulator at {@code base} answered it. */
    static Exchange tag(Exchange exchange, URI base, DjangoVersion sentAs) {
        if (base == null || sentAs == null || exchange.djangoIfAny().isPresent()) {
            return exchange;
        }
        URI target;
        try {
            target = URI.create(exchange.request().url());
        } catch (IllegalArgumentException e) {
            return exchange;
        }
        boolean simulator = base.getHost() != null
                && base.getHost().equalsIgnoreCase(target.getHost())
                && base.getPort() == target.getPort()
                && "http".equalsIgnoreCase(target.getScheme());
        return simulator ? exchange.answeredByDjango(sentAs.number()) : exchange;
    }
}
