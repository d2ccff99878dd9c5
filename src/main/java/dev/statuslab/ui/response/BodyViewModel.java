package dev.statuslab.ui.response;

import dev.statuslab.core.http.EmptyBodies;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.io.IoMessages;
import dev.statuslab.core.json.JsonTree;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.ui.common.Formats;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The state of the response's Body and Raw tabs: the body decoded (on {@code background} when it
 * is large, applied on {@code fx} unless another response has replaced it), pretty or raw, a
 * capped preview with "show all", and saving it to a file.
 *
 * <p>Properties: {@code bodyText} (JSON indented) and {@code rawBodyText} (decoded as received);
 * {@code rawMessage} (the request head as sent, the response head as read, then the body preview); {@code bodyLanguage};
 * {@code capped} (only the first 2 MiB shown); {@code bodyNotice} ("Showing the first 2 MB of
 * 52.4 MB", or a note on binary content); {@code shownBody} (what the Body tab shows, pretty or
 * raw, with its colouring); {@code loading}, {@code saving}, {@code canSave}; {@code message}
 * (the outcome of the last command: "Saved 52.4 MB to …", "Could not write …: reason").
 */
public final class BodyViewModel {

    /** Bodies up to this size are decoded at once; larger ones in the background. */
    static final long INLINE_DECODE_LIMIT = 64 * 1024;

    private final Executor background;
    private final Executor fx;
    private long generation;
    private Exchange exchange;
    private BodyDecoder.Decoded decoded;

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
    private final ReadOnlyStringWrapper noBody = new ReadOnlyStringWrapper("");

    public BodyViewModel(Executor background, Executor fx) {
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    /** Shows the body of an exchange that has a response: the head at once, the body once decoded. */
    void show(Exchange e) {
        long gen = reset(e);
        HttpResponse response = e.response();
        rawMessage.set(WireText.heads(e));
        canSave.set(!response.body().isEmpty());
        noBody.set(EmptyBodies.reason(e.request().method().name(), response));
        decode(gen, e, () -> BodyDecoder.preview(response.body(), response.headers()));
    }

    /** Nothing to show; a decoding still under way is dropped when it ends. */
    void clear() {
        reset(null);
    }

    /** "No body: 204 No Content never has one …" when the shown response has no body, else "". */
    public ReadOnlyStringProperty noBodyProperty() {
        return noBody.getReadOnlyProperty();
    }

    /** Loads the whole body when only a preview is shown (in the background). */
    public void showAll() {
        Exchange e = exchange;
        if (e == null || e.failed() || !capped.get() || loading.get()) {
            return;
        }
        HttpResponse response = e.response();
        long gen = ++generation;
        message.set("Loading all " + size(e) + "…");
        decode(gen, e, () -> BodyDecoder.whole(response.body(), response.headers()));
    }

    /** Copies the body to {@code target} in the background; the outcome arrives in {@link #messageProperty()}. */
    public void saveBody(Path target) {
        Exchange e = exchange;
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
                if (exchange == e) {
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
        return WireText.fileName(exchange == null ? "" : exchange.request().url(), bodyLanguage.get());
    }

    private static String size(Exchange e) {
        return Formats.size(e.response().body().size());
    }

    /** Clears everything and starts a new generation; returns it. */
    private long reset(Exchange e) {
        long gen = ++generation;
        decoded = null;
        exchange = e;
        for (ReadOnlyStringWrapper text : List.of(bodyText, rawBodyText, rawMessage, bodyNotice, message, noBody)) {
            text.set("");
        }
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
                message.set("Could not read the body: " + IoMessages.reason(ex));
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
                String problem = "Could not read the body: " + IoMessages.reason(ex);
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
        String bodyPart = d.language() == BodyLanguage.BINARY ? "[" + size(e) + " of binary content]" : d.text();
        rawMessage.set(WireText.heads(e) + bodyPart);
        updateShownBody();
        message.set(wasCapped && !d.capped() ? "Showing all " + size(e) : "");
    }

    private void updateShownBody() {
        shownBody.set(decoded == null ? StyledText.EMPTY : pretty.get() ? decoded.pretty() : decoded.raw());
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

    /** The body's JSON tree, read on the background executor and handed to {@code then} on the FX one. */
    public void jsonTree(Consumer<Optional<JsonTree>> then) {
        String text = rawBodyText.get();
        CompletableFuture.supplyAsync(() -> JsonTree.parse(text), background).thenAcceptAsync(then, fx);
    }
}
