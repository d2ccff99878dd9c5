package dev.statuslab.ui.history;

import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.HistoryStore;
import dev.statuslab.ui.common.Formats;
import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every exchange kept, newest first: those of this session, those restored from earlier ones and
 * those imported; the one selected (shown in the panes) and the rows chosen (for export). Each
 * new exchange is handed to the {@link HistoryStore}, when there is one, to survive the session.
 */
public final class HistoryViewModel {

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final HistoryStore store;
    private final ObservableList<Exchange> exchanges = FXCollections.observableArrayList();
    private final ObservableList<Exchange> exchangesView = FXCollections.unmodifiableObservableList(exchanges);
    private final ObservableList<Exchange> chosen = FXCollections.observableArrayList();
    private final ObservableList<Exchange> chosenView = FXCollections.unmodifiableObservableList(chosen);
    private final ReadOnlyObjectWrapper<Exchange> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper selectedIsRedirect = new ReadOnlyBooleanWrapper();

    /** A history kept in memory only. */
    /** The secret values each exchange sent this session used, by exchange id (not saved). */
    private final Map<String, Map<String, String>> secretsById = new HashMap<>();

    private Supplier<Map<String, String>> knownSecrets = Map::of;

    public HistoryViewModel() {
        this(null);
    }

    /**
     * Where the secret values known now come from (the environments' and collections' secret
     * variables, by name), for exchanges from an earlier launch; none by default.
     */
    public void setKnownSecrets(Supplier<Map<String, String>> known) {
        this.knownSecrets = Objects.requireNonNull(known, "known");
    }

    /**
     * The secret values to keep out of an exchange when it is shown in the list or exported, by
     * name: those known now, and those it was sent with this session (also when they changed since).
     */
    public Map<String, String> secretsOf(Exchange exchange) {
        Map<String, String> sent = secretsById.getOrDefault(exchange.id(), Map.of());
        Map<String, String> known = knownSecrets.get();
        if (known.isEmpty()) {
            return sent;
        }
        Map<String, String> out = new LinkedHashMap<>(known);
        out.putAll(sent);
        return out;
    }

    /** A history that also saves each new exchange to {@code store} (null: memory only). */
    public HistoryViewModel(HistoryStore store) {
        this.store = store;
    }

    /** The session's exchanges, newest first (read-only). */
    public ObservableList<Exchange> exchanges() {
        return exchangesView;
    }

    /** Puts a new exchange at the top and saves it. */
    public void add(Exchange exchange) {
        add(exchange, Map.of());
    }

    /**
     * Puts a new exchange at the top and saves it, with the values of the secret variables its
     * request used (name to value), which exports write as {@code {{name}}}.
     */
    public void add(Exchange exchange, Map<String, String> secrets) {
        if (!secrets.isEmpty()) { // before the row is shown, which masks them
            secretsById.put(Objects.requireNonNull(exchange, "exchange").id(), Map.copyOf(secrets));
        }
        exchanges.add(0, Objects.requireNonNull(exchange, "exchange"));
        if (store != null) {
            store.save(exchange);
        }
    }

    /**
     * Puts imported exchanges at the top, newest first, saves them, and selects the newest. An
     * exchange already in the history (the same id: a HAR imported twice) is skipped.
     *
     * @return the exchanges that were new
     */
    public List<Exchange> addImported(List<Exchange> imported) {
        Set<String> known = new HashSet<>();
        exchanges.forEach(e -> known.add(e.id()));
        List<Exchange> fresh = imported.stream()
                .filter(e -> known.add(e.id()))
                .sorted(Comparator.comparing(Exchange::startedAt).reversed())
                .toList();
        exchanges.addAll(0, fresh);
        if (store != null) {
            fresh.forEach(store::save);
        }
        if (!fresh.isEmpty()) {
            select(exchanges.get(0));
        }
        return fresh;
    }

    /** Adds exchanges restored from earlier sessions (already saved), keeping the list newest first. */
    public void restore(List<Exchange> restored) {
        if (restored.isEmpty()) {
            return;
        }
        exchanges.addAll(restored);
        FXCollections.sort(exchanges, Comparator.comparing(Exchange::startedAt).reversed());
    }

    /** The rows the user has chosen (several may be), for exporting a part of the history. */
    public ObservableList<Exchange> chosen() {
        return chosenView;
    }

    /** The chosen rows, or the selected one when none is chosen (what "Export chosen rows" writes). */
    public List<Exchange> chosenOrSelected() {
        Exchange one = selected.get();
        return chosen.isEmpty() && one != null ? List.of(one) : List.copyOf(chosen);
    }

    /** Sets the chosen rows; those not in the history are ignored. */
    public void choose(List<Exchange> rows) {
        chosen.setAll(rows.stream().filter(this::holds).toList());
    }

    /** Selects an exchange of the history, or nothing for null or one not in it. */
    public void select(Exchange exchange) {
        Exchange now = exchange != null && holds(exchange) ? exchange : null;
        selected.set(now);
        selectedIsRedirect.set(isRedirect(now));
    }

    /**
     * Whether this very exchange is in the history. By identity, not {@code equals}: comparing
     * records compares bodies, and two large bodies on disk would be read to compare them.
     */
    private boolean holds(Exchange exchange) {
        for (Exchange e : exchanges) {
            if (e == exchange) {
                return true;
            }
        }
        return false;
    }

    /** Forgets every exchange and the selection, and deletes the saved history. */
    public void clear() {
        select(null);
        chosen.clear();
        exchanges.clear();
        if (store != null) {
            store.clear();
        }
    }

    public ReadOnlyObjectProperty<Exchange> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** True when the selection is a 3xx response with a Location to follow. */
    public ReadOnlyBooleanProperty selectedIsRedirectProperty() {
        return selectedIsRedirect.getReadOnlyProperty();
    }

    /** A 3xx response that says where to go. */
    public static boolean isRedirect(Exchange exchange) {
        return exchange != null
                && !exchange.failed()
                && exchange.code() / 100 == 3
                && exchange.response()
                        .headers()
                        .first("Location")
                        .filter(l -> !l.isBlank())
                        .isPresent();
    }

    /** The request's path and query, e.g. "/messages/1/?x=1"; the URL as given when it is not a URI. */
    public static String pathAndQuery(Exchange exchange) {
        String url = exchange.request().url();
        try {
            URI uri = URI.create(url);
            if (uri.getRawPath() == null || uri.getHost() == null) {
                return url;
            }
            String path = uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** When the exchange started, as "HH:mm:ss" in the given zone. */
    public static String sentAt(Exchange exchange, ZoneId zone) {
        return TIME_OF_DAY.format(exchange.startedAt().atZone(zone));
    }

    /** The body size ("1.4 KB"), or empty for an exchange without a response. */
    public static String size(Exchange exchange) {
        return exchange.failed() ? "" : Formats.size(exchange.response().body().size());
    }

    /** The whole exchange's time, "12 ms". */
    public static String duration(Exchange exchange) {
        return Formats.millis(exchange.timings().total());
    }

    /** The Location of a redirect resolved against its request's URL, when it can be. */
    public static Optional<String> redirectTarget(Exchange exchange) {
        if (!isRedirect(exchange)) {
            return Optional.empty();
        }
        String location =
                exchange.response().headers().first("Location").orElseThrow().trim();
        try {
            return Optional.of(
                    URI.create(exchange.request().url()).resolve(location).toString());
        } catch (IllegalArgumentException e) {
            return Optional.of(location);
        }
    }
}
