package dev.statuslab.ui.response;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.ui.common.Formats;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the response pane. {@link #show(Exchange)} assigns what is known at once (status
 * line, headers, size, time) and decodes the body on {@code background}; the result is applied
 * on {@code fx} unless a later command has replaced the exchange in the meantime.
 *
 * <p>Properties: {@code placeholder} ("Send a request…", "Sending… GET url", empty otherwise);
 * {@code statusLine} exactly as received ("HTTP/1.1 201 Created"); {@code code} (0 without a
 * response); {@code failure}; {@code timeMs} ("12 ms"); {@code size} ("2 B", "1.4 KB");
 * {@code headers()} in received order and case; {@code interim()} status lines of 1xx responses;
 * {@code bodyText} (JSON indented) and {@code rawBodyText} (decoded as received);
 * {@code rawMessage} (the head as read, then the body preview); {@code bodyLanguage};
 * {@code capped} (only the first 2 MiB shown); {@code bodyNotice} ("Showing the first 2 MB of
 * 52.4 MB", or a note on binary content); {@code shownBody} (what the Body tab shows, pretty or
 * raw, with its colouring); {@code loading}, {@code saving}, {@code canSave}; {@code message}
 * (the outcome of the last command: "Saved 52.4 MB to …", "Could not write …: reason").
 */
public final class ResponseViewModel {

    /** What the pane is showing. */
    public enum Phase { EMPTY, SENDING, RESPONSE, FAILED }

    static final String EMPTY_TEXT = "Send a request to see the response";

    private final Executor background;
    private final Executor fx;
    private long generation;
    /** Bodies up to this size are decoded at once; larger ones in the background. */
    static final long INLINE_DECODE_LIMIT = 64 * 1024;
    private BodyDecoder.Decoded decoded;

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
    private final ReadOnlyStringWrapper bodyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rawBodyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rawMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<BodyLanguage> bodyLanguage = new ReadOnlyObjectWrapper<>(BodyLanguage.TEXT);
    private final ReadOnlyBooleanWrapper capped = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper bodyNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper pretty = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<StyledText> shownBody = new ReadOnlyObjectWrapper<>(StyledText.EMPTY);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ResponseViewModel(Executor background, Executor fx) {
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
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
        long gen = reset(e);
        timeMs.set(Formats.millis(e.timings().total()));
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
        interim.setAll(response.interim().stream().map(i -> WireText.rebuilt(i.statusLine())).toList());
        rawMessage.set(WireText.head(e));
        canSave.set(!response.body().isEmpty());
        decode(gen, e, () -> BodyDecoder.preview(response.body(), response.headers()));
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

    /** Loads the whole body when only a preview is shown (in the background). */
    public void showAll() {
        Exchange e = exchange.get();
        if (e == null || e.failed() || !capped.get() || loading.get()) {
            return;
        }
        HttpResponse response = e.response();
        long gen = ++generation;
        message.set("Loading all " + size.get() + "…");
        decode(gen, e, () -> BodyDecoder.whole(response.body(), response.headers()));
    }

    /** Copies the body to {@code target} in the background; the outcome arrives in {@link #messageProperty()}. */
    public void saveBody(Path target) {
        Exchange e = exchange.get();
        if (e == null || e.failed() || target == null) {
            message.set("There is no response body to save");
            return;
        }
        saving.set(true);
        message.set("Saving to " + target.toAbsolutePath() + "…");
        background.execute(() -> {
            String outcome = BodySaver.save(e.response().body(), target);
            fx.execute(() -> {
                saving.set(false);
                if (exchange.get() == e) {
                    message.set(outcome);
                }
            });
        });
    }

    /** Shows the body pretty-printed (true) or as received (false). */
    public void showPretty(boolean value) {
        pretty.set(value);
        updateShownBody();
    }

    /** A file name for "Save to file…": the URL's last segment, or "response", with an extension. */
    public String suggestedFileName() {
        Exchange e = exchange.get();
        return WireText.fileName(e == null ? "" : e.request().url(), bodyLanguage.get());
    }

    /** Clears everything and starts a new generation; returns it. */
    private long reset(Exchange e) {
        long gen = ++generation;
        decoded = null;
        exchange.set(e);
        for (ReadOnlyStringWrapper text : List.of(statusLine, failure, timeMs, size, bodyText, rawBodyText,
                rawMessage, bodyNotice, message)) {
            text.set("");
        }
        code.set(0);
        headers.clear();
        interim.clear();
        bodyLanguage.set(BodyLanguage.TEXT);
        shownBody.set(StyledText.EMPTY);
        for (ReadOnlyBooleanWrapper flag : List.of(capped, loading, canSave)) {
            flag.set(false);
        }
        return gen;
    }

    private void decode(long gen, Exchange e, Supplier<BodyDecoder.Decoded> work) {
        if (e.response().body().inMemory() && e.response().body().size() <= INLINE_DECODE_LIMIT) {
            // A small body decodes in microseconds; a trip through the background would cost a frame.
            try {
                apply(e, work.get());
            } catch (RuntimeException ex) {
                message.set("Could not read the body: " + BodySaver.reason(ex));
            }
            return;
        }
        loading.set(true);
        background.execute(() -> {
            Runnable outcome;
            try {
                BodyDecoder.Decoded done = work.get();
                outcome = () -> apply(e, done);
            } catch (RuntimeException ex) {
                String problem = "Could not read the body: " + BodySaver.reason(ex);
                outcome = () -> message.set(problem);
            }
            Runnable result = outcome;
            fx.execute(() -> {
                if (gen == generation) {
                    loading.set(false);
                    result.run();
                }
            });
        });
    }

    private void apply(Exchange e, BodyDecoder.Decoded d) {
        boolean wasCapped = capped.get();
        decoded = d;
        bodyLanguage.set(d.language());
        capped.set(d.capped());
        bodyNotice.set(d.notice());
        rawBodyText.set(d.text());
        bodyText.set(d.pretty().text());
        String bodyPart = d.language() == BodyLanguage.BINARY
                ? "[" + Formats.size(e.response().body().size()) + " of binary content]"
                : d.text();
        rawMessage.set(WireText.head(e) + bodyPart);
        updateShownBody();
        message.set(wasCapped && !d.capped() ? "Showing all " + size.get() : "");
    }

    private void updateShownBody() {
        shownBody.set(decoded == null ? StyledText.EMPTY : pretty.get() ? decoded.pretty() : decoded.raw());
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

    public ReadOnlyStringProperty bodyTextProperty() {
        return bodyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rawBodyTextProperty() {
        return rawBodyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rawMessageProperty() {
        return rawMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BodyLanguage> bodyLanguageProperty() {
        return bodyLanguage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cappedProperty() {
        return capped.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bodyNoticeProperty() {
        return bodyNotice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty prettyProperty() {
        return pretty.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StyledText> shownBodyProperty() {
        return shownBody.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
