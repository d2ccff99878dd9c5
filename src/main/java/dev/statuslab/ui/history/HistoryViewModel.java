package dev.statuslab.ui.history;

import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.ui.response.Formats;
import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Every exchange of the session, newest first, and the one selected. */
public final class HistoryViewModel {

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ObservableList<Exchange> exchanges = FXCollections.observableArrayList();
    private final ObservableList<Exchange> exchangesView = FXCollections.unmodifiableObservableList(exchanges);
    private final ReadOnlyObjectWrapper<Exchange> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper selectedIsRedirect = new ReadOnlyBooleanWrapper();

    /** The session's exchanges, newest first (read-only). */
    public ObservableList<Exchange> exchanges() {
        return exchangesView;
    }

    /** Puts an exchange at the top. */
    public void add(Exchange exchange) {
        exchanges.add(0, Objects.requireNonNull(exchange, "exchange"));
    }

    /** Selects an exchange of the history, or nothing for null or one not in it. */
    public void select(Exchange exchange) {
        Exchange now = exchange != null && exchanges.contains(exchange) ? exchange : null;
        selected.set(now);
        selectedIsRedirect.set(isRedirect(now));
    }

    /** Forgets every exchange and the selection. */
    public void clear() {
        select(null);
        exchanges.clear();
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
        return exchange != null && !exchange.failed() && exchange.code() / 100 == 3
                && exchange.response().headers().first("Location").filter(l -> !l.isBlank()).isPresent();
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
        String location = exchange.response().headers().first("Location").orElseThrow().trim();
        try {
            return Optional.of(URI.create(exchange.request().url()).resolve(location).toString());
        } catch (IllegalArgumentException e) {
            return Optional.of(location);
        }
    }
}
