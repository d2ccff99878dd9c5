package dev.statuslab.ui.composer;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.FormEncoding;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.UrlEncoding;
import dev.statuslab.core.scenario.BodyKind;
import dev.statuslab.ui.common.HeaderRow;
import dev.statuslab.ui.common.Limits;
import dev.statuslab.ui.common.NameValueRow;
import dev.statuslab.ui.common.ParamRow;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The request being composed: method, URL with its query table, header table and body, checked
 * live. The fields are read-write properties the view binds to; everything derived (the messages,
 * the counts, {@link #canSend()}) is read-only. The URL and the query table stay in step both ways:
 * the URL holds the active rows (on and not blank), rows that are off or blank live only in the
 * table. Messages are "" when all is well.
 */
public final class ComposerViewModel {

    /** The methods offered in the method box; any other token may be typed. */
    public static final List<String> COMMON_METHODS =
            List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE");

    private final StringProperty method = new SimpleStringProperty(this, "method", "GET");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final ObservableList<ParamRow> queryParams = FXCollections.observableArrayList(ParamRow::observables);
    private final ObservableList<HeaderRow> headers = FXCollections.observableArrayList(HeaderRow::observables);
    private final ObjectProperty<BodyKind> bodyKind = new SimpleObjectProperty<>(this, "bodyKind", BodyKind.NONE);
    private final StringProperty bodyText = new SimpleStringProperty(this, "bodyText", "");
    /** A loaded body too large for the editor, sent as it is; null when the editor holds the body. */
    private final ReadOnlyObjectWrapper<Body> keptBody = new ReadOnlyObjectWrapper<>(this, "keptBody");

    private final ReadOnlyStringWrapper methodError = new ReadOnlyStringWrapper(this, "methodError", "");
    private final ReadOnlyStringWrapper urlError = new ReadOnlyStringWrapper(this, "urlError", "");
    private final ReadOnlyStringWrapper urlNote = new ReadOnlyStringWrapper(this, "urlNote", "");
    private final ReadOnlyStringWrapper headerError = new ReadOnlyStringWrapper(this, "headerError", "");
    private final ReadOnlyObjectWrapper<HeaderRow> invalidHeaderRow =
            new ReadOnlyObjectWrapper<>(this, "invalidHeaderRow");
    private final ReadOnlyStringWrapper bodyWarning = new ReadOnlyStringWrapper(this, "bodyWarning", "");
    private final ReadOnlyIntegerWrapper paramCount = new ReadOnlyIntegerWrapper(this, "paramCount");
    private final ReadOnlyIntegerWrapper headerCount = new ReadOnlyIntegerWrapper(this, "headerCount");
    private final BooleanBinding canSend;
    private final QuerySync query;
    private final RequestExtras extras = new RequestExtras();

    public ComposerViewModel() {
        query = QuerySync.bind(url, queryParams);
        for (Observable input : new Observable[] {method, url, queryParams, headers, bodyKind, bodyText, keptBody}) {
            input.addListener(o -> recheck());
        }
        canSend = Bindings.createBooleanBinding(
                () -> methodError.get().isEmpty()
                        && urlError.get().isEmpty()
                        && headerError.get().isEmpty(),
                methodError,
                urlError,
                headerError);
        recheck();
    }

    // ---- the draft, read-write ----

    public StringProperty methodProperty() {
        return method;
    }

    public StringProperty urlProperty() {
        return url;
    }

    /** The query table; edits here rewrite the URL's query. */
    public ObservableList<ParamRow> queryParams() {
        return queryParams;
    }

    public ObservableList<HeaderRow> headers() {
        return headers;
    }

    public ObjectProperty<BodyKind> bodyKindProperty() {
        return bodyKind;
    }

    public StringProperty bodyTextProperty() {
        return bodyText;
    }

    /** The auth helper and the "Send cookies" switch. */
    public RequestExtras extras() {
        return extras;
    }

    // ---- derived, read-only ----

    /** Blocking: the method is not a token. */
    public ReadOnlyStringProperty methodErrorProperty() {
        return methodError.getReadOnlyProperty();
    }

    /** Blocking: the URL is not an absolute http(s) URL. */
    public ReadOnlyStringProperty urlErrorProperty() {
        return urlError.getReadOnlyProperty();
    }

    /** "Sent as …" with the encoded URL, when what was typed is sent percent-encoded; else "". */
    public ReadOnlyStringProperty urlNoteProperty() {
        return urlNote.getReadOnlyProperty();
    }

    /** Blocking: the first active header row that cannot be sent, named by its place. */
    public ReadOnlyStringProperty headerErrorProperty() {
        return headerError.getReadOnlyProperty();
    }

    /** The row {@link #headerErrorProperty()} speaks of, or null. */
    public ReadOnlyObjectProperty<HeaderRow> invalidHeaderRowProperty() {
        return invalidHeaderRow.getReadOnlyProperty();
    }

    /** A body loaded or pasted that is too large to edit here; it is sent unchanged. */
    public ReadOnlyObjectProperty<Body> keptBodyProperty() {
        return keptBody.getReadOnlyProperty();
    }

    /** Puts the kept body into the editor after all (the user asked for it). */
    public void editKeptBody() {
        Body kept = keptBody.get();
        if (kept != null) {
            keptBody.set(null);
            bodyText.set(kept.text());
        }
    }

    /** Keeps {@code body} aside, sent as it is (too large to edit); null drops it and empties the editor. */
    public void keepBody(Body body) {
        bodyKind.set(BodyKinds.forKept(kind(), body));
        keptBody.set(body);
        bodyText.set("");
    }

    /** Not blocking: invalid JSON, a body on GET or HEAD, text with body type none. Lines joined by "\n". */
    public ReadOnlyStringProperty bodyWarningProperty() {
        return bodyWarning.getReadOnlyProperty();
    }

    /** How many query rows are sent (on and not blank). */
    public ReadOnlyIntegerProperty paramCountProperty() {
        return paramCount.getReadOnlyProperty();
    }

    /** How many header rows are sent (on and not blank); Content-Type added from the body type not counted. */
    public ReadOnlyIntegerProperty headerCountProperty() {
        return headerCount.getReadOnlyProperty();
    }

    /** True when no blocking error is shown. */
    public BooleanBinding canSend() {
        return canSend;
    }

    // ---- commands ----

    public void addHeader() {
        headers.add(new HeaderRow());
    }

    public void removeHeader(HeaderRow row) {
        headers.remove(row);
    }

    public void addParam() {
        queryParams.add(new ParamRow());
    }

    public void removeParam(ParamRow row) {
        queryParams.remove(row);
    }

    /**
     * The request to send, or empty while a blocking error is shown. Active header rows go in order;
     * a Content-Type from the body type is added at the end when no active row names one; the body
     * is UTF-8, none for {@link BodyKind#NONE}; a {@code #fragment} is not sent. The draft is kept.
     */
    public Optional<HttpRequest> buildRequest() {
        recheck();
        if (!canSend.get()) {
            return Optional.empty();
        }
        List<Header> lines = new ArrayList<>();
        for (HeaderRow row : headers) {
            if (row.isActive()) {
                lines.add(new Header(row.getName(), row.getValue()));
            }
        }
        Headers fields = Headers.of(lines);
        BodyKind kind = kind();
        if (kind != BodyKind.NONE && !fields.has("Content-Type")) {
            fields = fields.with("Content-Type", kind.contentType());
        }
        Body body = kind == BodyKind.NONE
                ? Body.empty()
                : keptBody.get() != null ? keptBody.get() : Body.of(text(bodyText));
        String sent = UrlEncoding.encodeTyped(url.get());
        int hash = sent.indexOf('#');
        String target = hash < 0 ? sent : sent.substring(0, hash);
        return Optional.of(new HttpRequest(HttpMethod.of(method.get()), target, fields, body));
    }

    /**
     * Replaces the whole draft with {@code request}: method, URL and its query rows, header rows (all
     * on; Content-Length dropped, as it is computed on send; Content-Type dropped when the body type
     * adds the same), body text and type. With a null hint (or NONE for a request that has a body)
     * the type is inferred from Content-Type: JSON, form, else text; none for an empty body.
     */
    public void load(HttpRequest request, BodyKind kindHint) {
        Objects.requireNonNull(request, "request");
        boolean keep = request.body().size() > Limits.EDITOR_CAP;
        String text = request.body().isEmpty()
                ? ""
                : keep
                        ? new String(request.body().preview(4096), StandardCharsets.UTF_8)
                        : request.body().text();
        BodyKind kind = kindHint == null || kindHint == BodyKind.NONE && !text.isEmpty()
                ? BodyKinds.infer(request.headers().first("Content-Type").orElse(null), text)
                : kindHint;
        List<HeaderRow> rows = new ArrayList<>();
        boolean typeDropped = false;
        for (Header h : request.headers()) {
            if (h.is("Content-Length")) {
                continue;
            }
            if (!typeDropped && h.is("Content-Type") && BodyKinds.sameMediaType(h.value(), kind.contentType())) {
                typeDropped = true;
                continue;
            }
            rows.add(new HeaderRow(true, h.name(), h.value()));
        }
        List<ParamRow> params = new ArrayList<>();
        for (FormEncoding.Pair p :
                FormEncoding.parse(QueryString.split(request.url()).query())) {
            params.add(new ParamRow(true, p.name(), p.value()));
        }
        query.quietly(() -> {
            method.set(request.method().name());
            url.set(request.url());
            queryParams.setAll(params);
        });
        headers.setAll(rows);
        bodyKind.set(kind);
        keptBody.set(keep ? request.body() : null);
        bodyText.set(keep ? "" : text);
    }

    private void recheck() {
        methodError.set(RequestChecks.methodProblem(method.get()));
        urlError.set(RequestChecks.urlProblem(url.get()));
        String sent = UrlEncoding.encodeTyped(url.get());
        urlNote.set(urlError.get().isEmpty() && !sent.equals(text(url)) ? "Sent as " + sent : "");
        RequestChecks.HeaderProblem problem = RequestChecks.headerProblem(headers);
        headerError.set(problem == null ? "" : problem.message());
        invalidHeaderRow.set(problem == null ? null : problem.row());
        bodyWarning.set(keptBody.get() != null ? "" : RequestChecks.bodyWarning(method.get(), kind(), bodyText.get()));
        paramCount.set((int) queryParams.stream().filter(NameValueRow::isActive).count());
        headerCount.set((int) headers.stream().filter(NameValueRow::isActive).count());
    }

    private BodyKind kind() {
        return bodyKind.get() == null ? BodyKind.NONE : bodyKind.get();
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get();
    }
}
