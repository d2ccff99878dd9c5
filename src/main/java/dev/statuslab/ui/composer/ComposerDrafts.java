package dev.statuslab.ui.composer;

import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.scenario.BodyKind;
import dev.statuslab.core.workbench.Auth;
import dev.statuslab.core.workbench.RequestDraft;
import dev.statuslab.core.workbench.SimulatorAddress;
import dev.statuslab.ui.common.HeaderRow;
import dev.statuslab.ui.common.Limits;
import java.util.ArrayList;
import java.util.List;

/**
 * The composer's fields as a {@link RequestDraft} (what a tab, a saved request and tabs.json hold)
 * and back. A URL on the running simulator is kept as {@code {{simulator}}/…} in the draft and
 * shown absolute in the composer; every other {@code {{variable}}} stays as typed.
 */
public final class ComposerDrafts {

    private ComposerDrafts() {}

    /** The draft the composer holds now; {@code simulator} may be null (not started yet). */
    public static RequestDraft read(ComposerViewModel composer, SimulatorAddress simulator) {
        List<RequestDraft.Row> rows = new ArrayList<>();
        for (HeaderRow row : composer.headers()) {
            rows.add(new RequestDraft.Row(text(row.getName()), text(row.getValue()), row.isEnabled()));
        }
        String url = text(composer.urlProperty().get());
        BodyKind kind = composer.bodyKindProperty().get();
        Auth auth = composer.extras().authProperty().get();
        return new RequestDraft(
                text(composer.methodProperty().get()),
                simulator == null ? url : simulator.relativize(url),
                rows,
                kind,
                text(composer.bodyTextProperty().get()),
                auth,
                composer.extras().sendCookiesProperty().get(),
                composer.extras().omitted());
    }

    /** Replaces the composer's fields with {@code draft}, its {@code {{simulator}}} made absolute. */
    public static void load(ComposerViewModel composer, RequestDraft draft, SimulatorAddress simulator) {
        List<HeaderRow> rows = new ArrayList<>();
        for (RequestDraft.Row row : draft.headers()) {
            rows.add(new HeaderRow(row.enabled(), row.name(), row.value()));
        }
        composer.keepBody(null);
        composer.methodProperty().set(draft.method());
        composer.urlProperty().set(simulator == null ? draft.url() : simulator.resolve(draft.url()));
        composer.headers().setAll(rows);
        composer.bodyKindProperty().set(draft.bodyKind());
        composer.bodyTextProperty().set(draft.body());
        composer.extras().authProperty().set(draft.auth());
        composer.extras().sendCookiesProperty().set(draft.useCookies());
        composer.extras().omit(draft.omitted());
    }

    /**
     * An exchange's request (from the history) as a draft: its body type from {@code hint}, or
     * inferred from Content-Type; without the Host and Content-Length the client adds, and without
     * a Content-Type the body type adds anyway.
     */
    public static RequestDraft of(HttpRequest request, BodyKind hint, SimulatorAddress simulator) {
        String text = request.body().isEmpty() || request.body().size() > Limits.EDITOR_CAP
                ? ""
                : request.body().text();
        BodyKind kind = hint == null || hint == BodyKind.NONE && !text.isEmpty()
                ? BodyKinds.infer(request.headers().first("Content-Type").orElse(null), text)
                : hint;
        RequestDraft draft = RequestDraft.of(request, kind, simulator);
        List<RequestDraft.Row> rows = new ArrayList<>();
        boolean typeDropped = false;
        for (RequestDraft.Row row : draft.headers()) {
            if (!typeDropped
                    && kind != BodyKind.NONE
                    && row.name().equalsIgnoreCase("Content-Type")
                    && BodyKinds.sameMediaType(row.value(), kind.contentType())) {
                typeDropped = true;
            } else if (!row.name().equalsIgnoreCase("Content-Length")) {
                rows.add(row);
            }
        }
        return draft.withHeaders(rows).withBody(kind, text);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
