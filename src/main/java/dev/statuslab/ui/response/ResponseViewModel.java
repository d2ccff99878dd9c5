package dev.statuslab.ui.response;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.TimingPhase;
import dev.statuslab.ui.common.Formats;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the response pane: what it shows (nothing, "Sending…", a response, a failure) and
 * the summary and headers of the response, assigned at once by {@link #show(Exchange)}, which
 * hands the body to the {@link BodyViewModel} of the Body and Raw tabs.
 *
 * <p>Properties: {@code placeholder} ("Send a request…", "Sending… GET url", empty otherwise);
 * {@code statusLine} exactly as received ("HTTP/1.1 201 Created"); {@code code} (0 without a
 * response); {@code failure}; {@code timeMs} ("12 ms"); {@code size} ("2 B", "1.4 KB");
 * {@code headers()} in received order and case; {@code interim()} status lines of 1xx responses.
 */
public final class ResponseViewModel {

    /** What the pane is showing. */
    public enum Phase {
        EMPTY,
        SENDING,
        RESPONSE,
        FAILED
    }

    static final String EMPTY_TEXT = "Send a request to see the response";

    private final BodyViewModel body;

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.EMPTY);
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(EMPTY_TEXT);
    private final ReadOnlyObjectWrapper<Exchange> exchange = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper statusLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper code = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timeMs = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper size = new ReadOnlyStringWrapper("");
    private final ObservableList<Header> headers = FXCollections.observableArrayList();
    private final ObservableList<Header> headersView = FXCollections.unmodifiableObservableList(headers);
    private final ObservableList<String> interim = FXCollections.observableArrayList();
    private final ObservableList<String> interimView = FXCollections.unmodifiableObservableList(interim);
    private final ObservableList<TimingPhase> timings = FXCollections.observableArrayList();
    private final ObservableList<TimingPhase> timingsView = FXCollections.unmodifiableObservableList(timings);

    /** @param body the Body and Raw tabs' state, which this pane tells what to show */
    public ResponseViewModel(BodyViewModel body) {
        this.body = Objects.requireNonNull(body, "body");
    }

    /** The Body and Raw tabs. */
    public BodyViewModel body() {
        return body;
    }

    /** Shows an exchange: its response, or why there was none. Showing the one already shown does nothing. */
    public void show(Exchange e) {
        if (e == null) {
            clear();
            return;
        }
        if (e == exchange.get() && phase.get() != Phase.SENDING) {
            return;
        }
        reset(e);
        timeMs.set(Formats.millis(e.timings().total()));
        timings.setAll(TimingPhase.of(e.timings()));
        if (e.failed()) {
            phase.set(Phase.FAILED);
            failure.set(e.failure());
            placeholder.set("");
            return;
        }
        HttpResponse response = e.response();
        phase.set(Phase.RESPONSE);
        placeholder.set("");
        code.set(response.code());
        statusLine.set(WireText.statusLine(e));
        size.set(Formats.size(response.body().size()));
        headers.setAll(response.headers().asList());
        interim.setAll(response.interim().stream()
                .map(i -> WireText.rebuilt(i.statusLine()))
                .toList());
        body.show(e);
    }

    /** A request is on its way: the pane says so, with its URL. */
    public void showSending(HttpRequest request) {
        reset(null);
        phase.set(Phase.SENDING);
        placeholder.set("Sending… " + request.method() + " " + request.url());
    }

    /** Back to the empty state. */
    public void clear() {
        reset(null);
        phase.set(Phase.EMPTY);
        placeholder.set(EMPTY_TEXT);
    }

    private void reset(Exchange e) {
        body.clear();
        exchange.set(e);
        for (ReadOnlyStringWrapper text : List.of(statusLine, failure, timeMs, size)) {
            text.set("");
        }
        code.set(0);
        headers.clear();
        interim.clear();
        timings.clear();
    }

    /** Where the time of the shown exchange went, phase by phase, for the waterfall. */
    public ObservableList<TimingPhase> timings() {
        return timingsView;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Exchange> exchangeProperty() {
        return exchange.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusLineProperty() {
        return statusLine.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty codeProperty() {
        return code.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeMsProperty() {
        return timeMs.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    public ObservableList<Header> headers() {
        return headersView;
    }

    public ObservableList<String> interim() {
        return interimView;
    }
}
