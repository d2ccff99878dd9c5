package dev.statuslab.core.workbench;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.scenario.BodyKind;
import dev.statuslab.core.scenario.ReadyRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A request as the user writes it, before variables are resolved: what a tab, a saved request and
 * an imported one hold. The URL carries the query (the composer keeps its table in sync with it);
 * any text may hold {@code {{variables}}}; a URL on the simulator is written {@code {{simulator}}/…}.
 *
 * @param useCookies whether the cookie jar adds its Cookie field (the per-request switch)
 * @param omitted    the client's own fields (User-Agent, Accept) switched off for this request
 */
public record RequestDraft(
        String method,
        String url,
        List<Row> headers,
        BodyKind bodyKind,
        String body,
        Auth auth,
        boolean useCookies,
        List<String> omitted) {

    /** A header row, switched on or off. */
    public record Row(String name, String value, boolean enabled) {
        public Row {
            Objects.requireNonNull(name, "name");
            value = value == null ? "" : value;
        }

        public static Row of(String name, String value) {
            return new Row(name, value, true);
        }
    }

    public RequestDraft {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        headers = List.copyOf(headers == null ? List.of() : headers);
        bodyKind = bodyKind == null ? BodyKind.NONE : bodyKind;
        body = body == null ? "" : body;
        auth = auth == null ? Auth.NONE : auth;
        omitted = List.copyOf(omitted == null ? List.of() : omitted);
    }

    public RequestDraft(
            String method,
            String url,
            List<Row> headers,
            BodyKind bodyKind,
            String body,
            Auth auth,
            boolean useCookies) {
        this(method, url, headers, bodyKind, body, auth, useCookies, List.of());
    }

    /** An empty GET, what a new tab starts with. */
    public static RequestDraft blank() {
        return new RequestDraft("GET", "", List.of(), BodyKind.NONE, "", Auth.NONE, true);
    }

    public static RequestDraft get(String url) {
        return new RequestDraft("GET", url, List.of(), BodyKind.NONE, "", Auth.NONE, true);
    }

    /** A ready request of the catalogue, aimed at {@code {{simulator}}}. */
    public static RequestDraft of(ReadyRequest ready) {
        List<Row> rows = new ArrayList<>();
        for (Header h : ready.headers()) {
            rows.add(Row.of(h.name(), h.value()));
        }
        return new RequestDraft(
                ready.method(),
                SimulatorAddress.VARIABLE + ready.path(),
                rows,
                ready.bodyKind(),
                ready.body(),
                Auth.NONE,
                true);
    }

    /**
     * A request the composer built, or one from the history: its URL relative to {@code simulator}
     * when it names it, without the Host and Content-Length the client adds itself. A body that is
     * not text is not a draft's business: it is kept as UTF-8 text.
     */
    public static RequestDraft of(HttpRequest request, BodyKind kind, SimulatorAddress simulator) {
        HttpRequest editable = SimulatorAddress.editable(request);
        List<Row> rows = new ArrayList<>();
        for (Header h : editable.headers()) {
            rows.add(Row.of(h.name(), h.value()));
        }
        String url = simulator == null ? editable.url() : simulator.relativize(editable.url());
        String body = editable.body().isEmpty() ? "" : editable.body().text();
        BodyKind k = kind != null ? kind : body.isEmpty() ? BodyKind.NONE : BodyKind.TEXT;
        return new RequestDraft(editable.method().name(), url, rows, k, body, Auth.NONE, true);
    }

    public RequestDraft withUrl(String newUrl) {
        return new RequestDraft(method, newUrl, headers, bodyKind, body, auth, useCookies, omitted);
    }

    public RequestDraft withMethod(String newMethod) {
        return new RequestDraft(newMethod, url, headers, bodyKind, body, auth, useCookies, omitted);
    }

    public RequestDraft withHeaders(List<Row> rows) {
        return new RequestDraft(method, url, rows, bodyKind, body, auth, useCookies, omitted);
    }

    public RequestDraft withBody(BodyKind kind, String text) {
        return new RequestDraft(method, url, headers, kind, text, auth, useCookies, omitted);
    }

    public RequestDraft withAuth(Auth newAuth) {
        return new RequestDraft(method, url, headers, bodyKind, body, newAuth, useCookies, omitted);
    }

    public RequestDraft withCookies(boolean on) {
        return new RequestDraft(method, url, headers, bodyKind, body, auth, on, omitted);
    }

    /** The same draft with the client's own fields {@code names} switched off. */
    public RequestDraft withOmitted(List<String> names) {
        return new RequestDraft(method, url, headers, bodyKind, body, auth, useCookies, names);
    }
}
